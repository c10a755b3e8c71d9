/**
 * Behaviour-tree semantics, each node type in isolation with scripted leaves, and the compiler's
 * errors for bad trees.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { BehaviourError, compileTree, defineLeaf } from '../../../src/world/ai/behaviour-compiler.ts';
import type { LeafRegistry } from '../../../src/world/ai/behaviour-compiler.ts';
import { FAILURE, RUNNING, SUCCESS } from '../../../src/world/ai/behaviour-tree.ts';
import type { Status, TreeContext } from '../../../src/world/ai/behaviour-tree.ts';
import { SeededRandom } from '../../../src/world/random.ts';

/** A context whose leaves answer from scripts and log their ticks. */
interface TestContext extends TreeContext {
  tick: number;
  readonly log: string[];
  readonly scripts: Map<string, Status[]>;
}

const statusOf = { success: SUCCESS, failure: FAILURE, running: RUNNING } as const;

/** Leaf `say {name}`: logs its name, answers the next status of its script (the last one repeats). */
const leaves: LeafRegistry<TestContext> = new Map([
  ['say', defineLeaf(z.strictObject({ name: z.string() }), 0, ({ name }) => (context: TestContext) => {
    context.log.push(name);
    const script = context.scripts.get(name) ?? [SUCCESS];
    return (script.length > 1 ? script.shift() : script[0]) ?? SUCCESS;
  })],
]);

function harness(tree: unknown, scripts: Record<string, (keyof typeof statusOf)[]> = {}, seed = 1): { tick: () => Status; context: TestContext } {
  const compiled = compileTree('test', tree, leaves);
  const random = new SeededRandom(seed);
  const context: TestContext = {
    tick: 0,
    ticksPerSecond: 10,
    memory: new Float64Array(compiled.slots).fill(Number.NaN),
    random: () => random.next(),
    log: [],
    scripts: new Map(Object.entries(scripts).map(([name, list]) => [name, list.map((s) => statusOf[s])])),
  };
  return {
    context,
    tick: () => {
      context.tick++;
      context.log.length = 0;
      return compiled.root(context);
    },
  };
}

const say = (name: string): object => ({ type: 'say', name });

describe('behaviour trees', () => {
  it('selector: the first child that does not fail decides, re-evaluated from the top every tick', () => {
    const { tick, context } = harness({ type: 'selector', children: [say('a'), say('b'), say('c')] }, { a: ['failure', 'success'], b: ['running'] });
    assert.equal(tick(), RUNNING);
    assert.deepEqual(context.log, ['a', 'b']);
    assert.equal(tick(), SUCCESS);
    assert.deepEqual(context.log, ['a'], 'a higher child that now succeeds interrupts b');
    const none = harness({ type: 'selector', children: [say('a')] }, { a: ['failure'] });
    assert.equal(none.tick(), FAILURE);
  });

  it('sequence: stops at the first child that does not succeed and resumes a running child', () => {
    const { tick, context } = harness({ type: 'sequence', children: [say('a'), say('b'), say('c')] }, { b: ['running', 'running', 'success'], c: ['failure'] });
    assert.equal(tick(), RUNNING);
    assert.deepEqual(context.log, ['a', 'b']);
    assert.equal(tick(), RUNNING);
    assert.deepEqual(context.log, ['b'], 'resumed at b without re-running a');
    assert.equal(tick(), FAILURE);
    assert.deepEqual(context.log, ['b', 'c']);
    assert.equal(tick(), FAILURE);
    assert.deepEqual(context.log, ['a', 'b', 'c'], 'after finishing it starts from the top');
  });

  it('sequence: an interrupted sequence starts over', () => {
    const { tick, context } = harness({ type: 'selector', children: [say('gate'), { type: 'sequence', children: [say('a'), say('b')] }] }, { gate: ['failure', 'success', 'failure'], b: ['running'] });
    tick();
    assert.deepEqual(context.log, ['gate', 'a', 'b']);
    tick();
    assert.deepEqual(context.log, ['gate']);
    tick();
    assert.deepEqual(context.log, ['gate', 'a', 'b'], 'started again at a');
  });

  it('parallel: policies one and all', () => {
    assert.equal(harness({ type: 'parallel', policy: 'one', children: [say('a'), say('b')] }, { a: ['running'], b: ['success'] }).tick(), SUCCESS);
    assert.equal(harness({ type: 'parallel', policy: 'one', children: [say('a'), say('b')] }, { a: ['failure'], b: ['failure'] }).tick(), FAILURE);
    assert.equal(harness({ type: 'parallel', policy: 'one', children: [say('a'), say('b')] }, { a: ['failure'], b: ['running'] }).tick(), RUNNING);
    assert.equal(harness({ type: 'parallel', children: [say('a'), say('b')] }, { a: ['running'], b: ['success'] }).tick(), RUNNING);
    assert.equal(harness({ type: 'parallel', children: [say('a'), say('b')] }, { a: ['success'], b: ['failure'] }).tick(), FAILURE);
    const all = harness({ type: 'parallel', children: [say('a'), say('b')] });
    assert.equal(all.tick(), SUCCESS);
    assert.deepEqual(all.context.log, ['a', 'b']);
  });

  it('inverter and succeeder', () => {
    assert.equal(harness({ type: 'inverter', child: say('a') }, { a: ['success'] }).tick(), FAILURE);
    assert.equal(harness({ type: 'inverter', child: say('a') }, { a: ['failure'] }).tick(), SUCCESS);
    assert.equal(harness({ type: 'inverter', child: say('a') }, { a: ['running'] }).tick(), RUNNING);
    assert.equal(harness({ type: 'succeeder', child: say('a') }, { a: ['failure'] }).tick(), SUCCESS);
    assert.equal(harness({ type: 'succeeder', child: say('a') }, { a: ['running'] }).tick(), RUNNING);
  });

  it('cooldown: fails without ticking the child until the time has passed since it finished', () => {
    const { tick, context } = harness({ type: 'cooldown', seconds: 0.3, child: say('a') });
    assert.equal(tick(), SUCCESS);
    for (let i = 0; i < 2; i++) {
      assert.equal(tick(), FAILURE);
      assert.deepEqual(context.log, []);
    }
    assert.equal(tick(), SUCCESS, '3 ticks at 10 Hz later');
  });

  it('repeat: runs the child to success n times; a failure fails it', () => {
    const three = harness({ type: 'repeat', times: 3, child: say('a') });
    assert.deepEqual([three.tick(), three.tick(), three.tick()], [RUNNING, RUNNING, SUCCESS]);
    assert.equal(harness({ type: 'repeat', times: 3, child: say('a') }, { a: ['failure'] }).tick(), FAILURE);
  });

  it('until: reruns the child until it ends with the wanted status', () => {
    const { tick } = harness({ type: 'until', status: 'failure', child: say('a') }, { a: ['success', 'running', 'failure'] });
    assert.deepEqual([tick(), tick(), tick()], [RUNNING, RUNNING, SUCCESS]);
  });

  it('chance: draws from the seeded generator, about as often as asked, and keeps a running child', () => {
    const { tick } = harness({ type: 'chance', probability: 0.25, child: say('a') }, {}, 42);
    let successes = 0;
    for (let i = 0; i < 4000; i++) if (tick() === SUCCESS) successes++;
    assert.ok(successes > 850 && successes < 1150, `${successes} of 4000`);
    const again = harness({ type: 'chance', probability: 0.25, child: say('a') }, {}, 42);
    let same = 0;
    for (let i = 0; i < 4000; i++) if (again.tick() === SUCCESS) same++;
    assert.equal(same, successes, 'same seed, same draws');
    const running = harness({ type: 'chance', probability: 0.01, child: say('a') }, { a: ['running'] }, 3);
    let status: Status = FAILURE;
    for (let i = 0; i < 2000 && status !== RUNNING; i++) status = running.tick();
    assert.equal(status, RUNNING);
    for (let i = 0; i < 50; i++) assert.equal(running.tick(), RUNNING, 'no new draw while the child runs');
  });

  it('wait: RUNNING for its time, then SUCCESS, then a new wait', () => {
    const { tick } = harness({ type: 'wait', seconds: 0.2 });
    assert.deepEqual([tick(), tick(), tick(), tick()], [RUNNING, RUNNING, SUCCESS, RUNNING]);
  });

  it('rejects bad trees with the tree, the node path and the problem', () => {
    const bad = (tree: unknown, message: RegExp): void => {
      assert.throws(() => compileTree('wolf', tree, leaves), (error: unknown) => error instanceof BehaviourError && message.test(error.message));
    };
    bad({ type: 'selector', children: [say('a'), { type: 'atack' }] }, /^tree "wolf" at root\.children\[1\]: unknown node type "atack" \(known: .*say/);
    bad({ type: 'sequence', children: [] }, /at root: sequence "children": needs at least one child/);
    bad({ type: 'cooldown', seconds: -1, child: say('a') }, /at root: cooldown "seconds": Too small/);
    bad({ type: 'inverter' }, /at root: inverter "child": /);
    bad({ type: 'inverter', child: 7 }, /at root\.child: a node must be a JSON object/);
    bad({ type: 'say', name: 'a', volume: 3 }, /at root: say Unrecognized key: "volume"/);
    bad({ type: 'say' }, /at root: say "name": /);
    bad({ type: 'chance', probability: 0, child: say('a') }, /chance "probability": Too small/);
    bad([], /a node must be a JSON object/);
    bad({ kind: 'selector' }, /needs a string "type"/);
  });
});
