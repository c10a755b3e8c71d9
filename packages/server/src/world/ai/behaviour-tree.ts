/**
 * Behaviour trees: the composites and decorators every tree is built from, and the leaf
 * contract that game code fills with conditions and actions. A tree is compiled once from
 * content (see behaviour-compiler.ts) and shared by every agent that runs it; what an agent
 * remembers between ticks lives in its own `memory` array, so running a tree allocates nothing.
 *
 * A tree is ticked from its root once per zone tick and answers SUCCESS, FAILURE or RUNNING.
 * Selectors re-evaluate their children from the first one every tick (priorities): a
 * higher-priority branch that becomes true interrupts a running lower one. Sequences resume at
 * their running child, so the steps of a plan run one after another. A node that needs to
 * know whether it was interrupted compares the tick it was last ticked with the current one
 * ({@link freshStart}). Randomness comes only from the context's `random` (the zone's seeded
 * generator), time only from its tick, so trees are deterministic.
 * @module
 */

/** The node finished and did what it is for. */
export const SUCCESS = 0;
/** The node finished without doing it (a condition that does not hold, an action that cannot act). */
export const FAILURE = 1;
/** The node is still at work and wants to be ticked again. */
export const RUNNING = 2;

/** One of {@link SUCCESS}, {@link FAILURE}, {@link RUNNING}. */
export type Status = typeof SUCCESS | typeof FAILURE | typeof RUNNING;

/** What every node sees when it is ticked: the agent's clock, memory and random generator. */
export interface TreeContext {
  /** The zone tick being run. */
  readonly tick: number;
  /** Ticks per second, to turn content seconds into ticks. */
  readonly ticksPerSecond: number;
  /** The agent's memory: {@link CompiledTree.slots} numbers, NaN when never written. */
  readonly memory: Float64Array;
  /** A float in [0, 1) from the zone's seeded generator. */
  random(): number;
}

/** A compiled node: ticks itself for one agent. */
export type BehaviourNode<C extends TreeContext> = (context: C) => Status;

/**
 * Whether a node that keeps state in `memory[slot]` starts afresh this tick: true when it was
 * not ticked in the previous tick (first run, or it was interrupted). Records this tick.
 */
export function freshStart(context: TreeContext, slot: number): boolean {
  const memory = context.memory;
  const fresh = memory[slot] !== context.tick - 1 && memory[slot] !== context.tick;
  memory[slot] = context.tick;
  return fresh;
}

/** Selector: the first child that does not fail decides; FAILURE when every child fails. */
export function selector<C extends TreeContext>(children: readonly BehaviourNode<C>[]): BehaviourNode<C> {
  return (context) => {
    for (const child of children) {
      const status = child(context);
      if (status !== FAILURE) return status;
    }
    return FAILURE;
  };
}

/**
 * Sequence: runs its children in order; the first child that does not succeed decides, and
 * SUCCESS when every child succeeds. It remembers a RUNNING child and resumes there on the next
 * tick (so `[walk somewhere, wait]` walks, then waits, instead of starting the walk again),
 * unless it was interrupted (not ticked in the previous tick), when it starts from the first
 * child. Conditions that must hold throughout belong in the actions themselves or in a
 * selector above. Slots: `slot` holds the running child, `slot + 1` detects interruption.
 */
export function sequence<C extends TreeContext>(children: readonly BehaviourNode<C>[], slot: number): BehaviourNode<C> {
  return (context) => {
    const memory = context.memory;
    const resume = freshStart(context, slot + 1) ? 0 : (memory[slot] ?? 0) || 0;
    for (let i = resume; i < children.length; i++) {
      const child = children[i];
      if (child === undefined) break;
      const status = child(context);
      if (status === RUNNING) {
        memory[slot] = i;
        return RUNNING;
      }
      if (status === FAILURE) {
        memory[slot + 1] = Number.NaN;
        return FAILURE;
      }
    }
    memory[slot + 1] = Number.NaN;
    return SUCCESS;
  };
}

/**
 * Parallel: ticks every child each tick. With policy "one" it succeeds as soon as one child
 * succeeds and fails when all fail; with "all" it succeeds when all succeed and fails as soon
 * as one fails. Otherwise RUNNING.
 */
export function parallel<C extends TreeContext>(children: readonly BehaviourNode<C>[], policy: 'one' | 'all'): BehaviourNode<C> {
  return (context) => {
    let successes = 0;
    let failures = 0;
    for (const child of children) {
      const status = child(context);
      if (status === SUCCESS) successes++;
      else if (status === FAILURE) failures++;
    }
    if (policy === 'one') {
      if (successes > 0) return SUCCESS;
      return failures === children.length ? FAILURE : RUNNING;
    }
    if (failures > 0) return FAILURE;
    return successes === children.length ? SUCCESS : RUNNING;
  };
}

/** Inverter: SUCCESS and FAILURE swap; RUNNING stays. */
export function inverter<C extends TreeContext>(child: BehaviourNode<C>): BehaviourNode<C> {
  return (context) => {
    const status = child(context);
    if (status === RUNNING) return RUNNING;
    return status === SUCCESS ? FAILURE : SUCCESS;
  };
}

/** Succeeder: a finished child always counts as SUCCESS (for optional steps in a sequence). */
export function succeeder<C extends TreeContext>(child: BehaviourNode<C>): BehaviourNode<C> {
  return (context) => (child(context) === RUNNING ? RUNNING : SUCCESS);
}

/**
 * Cooldown: after the child finishes (either way), it cannot run again for `seconds`; while
 * cooling down the node fails without ticking the child. `memory[slot]` holds the tick it is
 * ready again.
 */
export function cooldown<C extends TreeContext>(child: BehaviourNode<C>, seconds: number, slot: number): BehaviourNode<C> {
  return (context) => {
    const readyAt = context.memory[slot] ?? Number.NaN;
    if (context.tick < readyAt) return FAILURE;
    const status = child(context);
    if (status !== RUNNING) context.memory[slot] = context.tick + Math.ceil(seconds * context.ticksPerSecond);
    return status;
  };
}

/**
 * Repeat: runs the child to success `times` times, one run after another (a run that succeeds
 * in one tick takes one tick); RUNNING until then, then SUCCESS. A failing run fails the node.
 * Slots: `slot` counts runs, `slot + 1` detects interruption (a restart counts from zero).
 */
export function repeat<C extends TreeContext>(child: BehaviourNode<C>, times: number, slot: number): BehaviourNode<C> {
  return (context) => {
    const memory = context.memory;
    if (freshStart(context, slot + 1)) memory[slot] = 0;
    const status = child(context);
    if (status === RUNNING) return RUNNING;
    if (status === FAILURE) {
      memory[slot] = 0;
      return FAILURE;
    }
    const done = (memory[slot] ?? 0) + 1;
    if (done >= times) {
      memory[slot] = 0;
      return SUCCESS;
    }
    memory[slot] = done;
    return RUNNING;
  };
}

/** Until: runs the child again and again (once per tick) until it ends with `status`, then SUCCESS. */
export function until<C extends TreeContext>(child: BehaviourNode<C>, status: typeof SUCCESS | typeof FAILURE): BehaviourNode<C> {
  return (context) => (child(context) === status ? SUCCESS : RUNNING);
}

/**
 * Chance: ticks the child with probability `probability` (drawn from the zone's generator),
 * else FAILURE. A child that is RUNNING keeps running without a new draw until it finishes.
 * Slot: the last tick the child was running.
 */
export function chance<C extends TreeContext>(child: BehaviourNode<C>, probability: number, slot: number): BehaviourNode<C> {
  return (context) => {
    const memory = context.memory;
    if (memory[slot] !== context.tick - 1 && context.random() >= probability) return FAILURE;
    const status = child(context);
    memory[slot] = status === RUNNING ? context.tick : Number.NaN;
    return status;
  };
}

/**
 * Wait: RUNNING for `seconds` from when it starts (or restarts after an interruption), then
 * SUCCESS; ticked again after that it starts a new wait. Slots: `slot` holds the tick it ends,
 * `slot + 1` detects interruption.
 */
export function wait<C extends TreeContext>(seconds: number, slot: number): BehaviourNode<C> {
  return (context) => {
    const memory = context.memory;
    if (freshStart(context, slot + 1)) memory[slot] = context.tick + Math.ceil(seconds * context.ticksPerSecond);
    if (context.tick < (memory[slot] ?? 0)) return RUNNING;
    memory[slot + 1] = Number.NaN;
    return SUCCESS;
  };
}
