/**
 * Compiles behaviour trees from content JSON into {@link BehaviourNode} functions, checking every
 * node as it goes: an unknown node type, a missing child or a bad parameter is a
 * {@link BehaviourError} that names the tree and the path of the node, e.g.
 * `tree "wolf" at root.children[2].child: cooldown "seconds": Too small: expected number to be >0`.
 *
 * A node is a JSON object with a `type`. Composites and decorators are built in (see
 * docs/content.md for the list); every other type is a leaf looked up in the registry the
 * caller gives, with its parameters validated by the leaf's own zod schema.
 * @module
 */
import { z } from 'zod';
import { chance, cooldown, inverter, parallel, repeat, selector, sequence, succeeder, until, wait, FAILURE, SUCCESS } from './behaviour-tree.ts';
import type { BehaviourNode, TreeContext } from './behaviour-tree.ts';

/** A content mistake in a behaviour tree; the message names the tree and the node's path. */
export class BehaviourError extends Error {
  /** @param message - what is wrong and where */
  constructor(message: string) {
    super(message);
    this.name = 'BehaviourError';
  }
}

/** A leaf type (condition or action) that trees may use by name. */
export interface LeafDefinition<C extends TreeContext> {
  /** Memory slots each use of the leaf needs. */
  readonly slots: number;
  /**
   * Builds one use of the leaf from its parameters (the node's fields other than `type`).
   * @returns the node, or the first problem with the parameters
   */
  compile(params: Record<string, unknown>, slot: number): BehaviourNode<C> | string;
}

/** Leaf types by name. */
export type LeafRegistry<C extends TreeContext> = ReadonlyMap<string, LeafDefinition<C>>;

/**
 * Defines a leaf whose parameters are checked by `params` (use a strict object so that a
 * misspelt parameter is an error) and that uses `slots` memory slots from `slot` on.
 */
export function defineLeaf<C extends TreeContext, S extends z.ZodType<Record<string, unknown>>>(
  params: S,
  slots: number,
  build: (params: z.infer<S>, slot: number) => BehaviourNode<C>,
): LeafDefinition<C> {
  return {
    slots,
    compile(raw, slot) {
      const parsed = params.safeParse(raw);
      return parsed.success ? build(parsed.data, slot) : describeIssue(parsed.error);
    },
  };
}

/** A compiled tree: its root, and how many memory slots an agent running it needs. */
export interface CompiledTree<C extends TreeContext> {
  /** The tree's id in content. */
  readonly id: string;
  /** Tick this once per zone tick. */
  readonly root: BehaviourNode<C>;
  /** Length of the memory array each agent needs. */
  readonly slots: number;
}

/** `seconds: Too small…` from zod's first issue. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `"${String(key)}"`)).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

const children = z.array(z.unknown()).min(1, 'needs at least one child');
const composite = z.strictObject({ type: z.string(), children });
const schemas = {
  selector: composite,
  sequence: composite,
  parallel: z.strictObject({ type: z.string(), children, policy: z.enum(['one', 'all']).default('all') }),
  inverter: z.strictObject({ type: z.string(), child: z.unknown() }),
  succeeder: z.strictObject({ type: z.string(), child: z.unknown() }),
  cooldown: z.strictObject({ type: z.string(), child: z.unknown(), seconds: z.number().positive().max(86_400) }),
  repeat: z.strictObject({ type: z.string(), child: z.unknown(), times: z.number().int().min(1).max(1_000_000) }),
  until: z.strictObject({ type: z.string(), child: z.unknown(), status: z.enum(['success', 'failure']) }),
  chance: z.strictObject({ type: z.string(), child: z.unknown(), probability: z.number().gt(0).max(1) }),
  wait: z.strictObject({ type: z.string(), seconds: z.number().min(0).max(86_400) }),
} as const;

/** Names of the node types built into every tree (composites, decorators and `wait`). */
export const BUILT_IN_NODE_TYPES: readonly string[] = Object.keys(schemas);

const MAX_DEPTH = 32;

/**
 * Compiles one tree.
 * @param id - the tree's id, named in errors
 * @param json - the root node
 * @param leaves - the leaf types the tree may use
 * @throws BehaviourError naming the tree and node at fault
 */
export function compileTree<C extends TreeContext>(id: string, json: unknown, leaves: LeafRegistry<C>): CompiledTree<C> {
  let slots = 0;
  const allocate = (count: number): number => {
    const first = slots;
    slots += count;
    return first;
  };
  const fail = (path: string, message: string): never => {
    throw new BehaviourError(`tree "${id}" at ${path}: ${message}`);
  };
  const check = <S extends z.ZodType>(schema: S, node: unknown, path: string, type: string): z.infer<S> => {
    const parsed = schema.safeParse(node);
    if (!parsed.success) fail(path, `${type} ${describeIssue(parsed.error)}`);
    return parsed.data as z.infer<S>;
  };
  const build = (node: unknown, path: string, depth: number): BehaviourNode<C> => {
    if (depth > MAX_DEPTH) fail(path, `nested deeper than ${MAX_DEPTH} levels`);
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return fail(path, 'a node must be a JSON object with a "type"');
    const type = (node as { type?: unknown }).type;
    if (typeof type !== 'string') return fail(path, 'a node needs a string "type"');
    const kids = (list: readonly unknown[]): BehaviourNode<C>[] => list.map((child, i) => build(child, `${path}.children[${i}]`, depth + 1));
    const inner = (child: unknown): BehaviourNode<C> => build(child, `${path}.child`, depth + 1);
    switch (type) {
      case 'selector':
        return selector(kids(check(schemas.selector, node, path, type).children));
      case 'sequence':
        return sequence(kids(check(schemas.sequence, node, path, type).children), allocate(2));
      case 'parallel': {
        const spec = check(schemas.parallel, node, path, type);
        return parallel(kids(spec.children), spec.policy);
      }
      case 'inverter':
        return inverter(inner(check(schemas.inverter, node, path, type).child));
      case 'succeeder':
        return succeeder(inner(check(schemas.succeeder, node, path, type).child));
      case 'cooldown': {
        const spec = check(schemas.cooldown, node, path, type);
        return cooldown(inner(spec.child), spec.seconds, allocate(1));
      }
      case 'repeat': {
        const spec = check(schemas.repeat, node, path, type);
        return repeat(inner(spec.child), spec.times, allocate(2));
      }
      case 'until': {
        const spec = check(schemas.until, node, path, type);
        return until(inner(spec.child), spec.status === 'success' ? SUCCESS : FAILURE);
      }
      case 'chance': {
        const spec = check(schemas.chance, node, path, type);
        return chance(inner(spec.child), spec.probability, allocate(1));
      }
      case 'wait':
        return wait(check(schemas.wait, node, path, type).seconds, allocate(2));
      default: {
        const leaf = leaves.get(type);
        if (leaf === undefined) {
          const known = [...BUILT_IN_NODE_TYPES, ...leaves.keys()].sort().join(', ');
          return fail(path, `unknown node type "${type}" (known: ${known})`);
        }
        const params: Record<string, unknown> = { ...(node as Record<string, unknown>) };
        delete params.type;
        const compiled = leaf.compile(params, slots);
        if (typeof compiled === 'string') return fail(path, `${type} ${compiled}`);
        allocate(leaf.slots);
        return compiled;
      }
    }
  };
  const root = build(json, 'root', 0);
  return { id, root, slots };
}
