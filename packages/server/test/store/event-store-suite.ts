/**
 * The event store behaviour every Store backend must show: expected versions, atomic appends to
 * several streams, idempotent operations, reads from a version, snapshots. Called from
 * {@link storeSuite} so it runs on SQLite and PostgreSQL alike.
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ulid } from 'ulid';
import type { EventOperation, NewEvent } from '../../src/store/event-store.ts';
import { StreamVersionConflictError } from '../../src/store/event-store.ts';
import type { Store } from '../../src/store/store.ts';

/** Runs one test body with a fresh store. */
export type WithStore = (work: (store: Store) => Promise<void>) => Promise<void>;

function events(...types: string[]): NewEvent[] {
  return types.map((type, i) => ({ type, data: JSON.stringify({ n: i }) }));
}

function operation(appends: EventOperation['appends'], operationId = ulid()): EventOperation {
  return { operationId, appends, recordedAt: 1_767_225_600_000 };
}

/** Defines the event store tests. */
export function eventStoreSuite(withStore: WithStore): void {
  describe('event store', () => {
    it('appends with versions from 1 and reads from a version', async () => {
      await withStore(async (store) => {
        const stream = `character:${ulid()}`;
        assert.equal(await store.streamVersion(stream), 0);
        assert.equal(await store.appendEvents(operation([{ stream, expectedVersion: 0, events: events('A', 'B') }])), 'appended');
        assert.equal(await store.appendEvents(operation([{ stream, expectedVersion: 2, events: events('C') }])), 'appended');
        assert.equal(await store.streamVersion(stream), 3);
        const all = await store.readEvents(stream, 1);
        assert.deepEqual(all.map((e) => [e.version, e.type]), [[1, 'A'], [2, 'B'], [3, 'C']]);
        assert.deepEqual(JSON.parse(all[1]?.data ?? ''), { n: 1 });
        assert.deepEqual((await store.readEvents(stream, 3)).map((e) => e.type), ['C']);
        assert.deepEqual(await store.readEvents(stream, 4), []);
        assert.deepEqual(await store.listStreams(), [stream]);
      });
    });

    it('rejects a stale or future expected version with a conflict and writes nothing', async () => {
      await withStore(async (store) => {
        const a = `character:${ulid()}`;
        const b = `character:${ulid()}`;
        await store.appendEvents(operation([{ stream: a, expectedVersion: 0, events: events('A') }]));
        for (const expectedVersion of [0, 2]) {
          const opId = ulid();
          await assert.rejects(
            store.appendEvents(operation([
              { stream: b, expectedVersion: 0, events: events('B') },
              { stream: a, expectedVersion, events: events('X') },
            ], opId)),
            (error: unknown) => error instanceof StreamVersionConflictError && error.stream === a,
          );
          // All or nothing: b got no event, and the failed operation is not recorded.
          assert.equal(await store.streamVersion(b), 0);
          assert.equal(await store.hasOperation(opId), false);
        }
        assert.equal(await store.streamVersion(a), 1);
      });
    });

    it('appends to several streams in one transaction', async () => {
      await withStore(async (store) => {
        const a = `character:${ulid()}`;
        const b = `character:${ulid()}`;
        const opId = ulid();
        await store.appendEvents(operation([
          { stream: a, expectedVersion: 0, events: events('Out') },
          { stream: b, expectedVersion: 0, events: events('In', 'In') },
        ], opId));
        assert.equal(await store.streamVersion(a), 1);
        assert.equal(await store.streamVersion(b), 2);
        assert.ok((await store.readEvents(b, 1)).every((e) => e.operationId === opId));
      });
    });

    it('never applies a retried operation twice', async () => {
      await withStore(async (store) => {
        const stream = `character:${ulid()}`;
        const op = operation([{ stream, expectedVersion: 0, events: events('A') }]);
        assert.equal(await store.appendEvents(op), 'appended');
        assert.equal(await store.hasOperation(op.operationId), true);
        assert.equal(await store.appendEvents(op), 'duplicate');
        // Even with an expected version that would now fit, the operation id wins.
        assert.equal(await store.appendEvents({ ...op, appends: [{ stream, expectedVersion: 1, events: events('A') }] }), 'duplicate');
        assert.equal(await store.streamVersion(stream), 1);
      });
    });

    it('concurrent appends at the same version: exactly one wins', async () => {
      await withStore(async (store) => {
        const stream = `character:${ulid()}`;
        const other = `character:${ulid()}`;
        const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => store.appendEvents(operation([
          { stream: `${other}${i}`, expectedVersion: 0, events: events('Side') },
          { stream, expectedVersion: 0, events: events('A') },
        ]))));
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
        for (const result of results) {
          if (result.status === 'rejected') assert.ok(result.reason instanceof StreamVersionConflictError);
        }
        assert.equal(await store.streamVersion(stream), 1);
        // The losers' side streams are untouched.
        const written = await store.listStreams();
        assert.equal(written.filter((s) => s.startsWith(other)).length, 1);
      });
    });

    it('keeps the latest snapshot per stream; an older one never replaces it', async () => {
      await withStore(async (store) => {
        const stream = `character:${ulid()}`;
        assert.equal(await store.loadSnapshot(stream), undefined);
        await store.saveSnapshot({ stream, version: 5, state: '{"gold":5}' });
        await store.saveSnapshot({ stream, version: 9, state: '{"gold":9}' });
        await store.saveSnapshot({ stream, version: 7, state: '{"gold":7}' });
        assert.deepEqual(await store.loadSnapshot(stream), { stream, version: 9, state: '{"gold":9}' });
      });
    });

    it('refuses malformed operations before writing', async () => {
      await withStore(async (store) => {
        const stream = `character:${ulid()}`;
        await assert.rejects(store.appendEvents(operation([])), /at least one stream/);
        await assert.rejects(store.appendEvents(operation([{ stream, expectedVersion: 0, events: [] }])), /no events/);
        await assert.rejects(store.appendEvents(operation([
          { stream, expectedVersion: 0, events: events('A') },
          { stream, expectedVersion: 0, events: events('B') },
        ])), /twice/);
        await assert.rejects(store.appendEvents(operation([{ stream, expectedVersion: -1, events: events('A') }])), /non-negative/);
        await assert.rejects(store.appendEvents(operation([{ stream, expectedVersion: 0, events: events('A') }], '')), /operation id/);
        assert.equal(await store.streamVersion(stream), 0);
      });
    });

    it('property: any interleaving of appends leaves gapless streams holding exactly the accepted events', async () => {
      await withStore(async (store) => {
        const prefix = ulid();
        await fc.assert(fc.asyncProperty(
          fc.array(fc.record({ stream: fc.integer({ min: 0, max: 2 }), skew: fc.integer({ min: -1, max: 1 }), count: fc.integer({ min: 1, max: 3 }) }), { maxLength: 12 }),
          async (steps) => {
            const run = ulid();
            const accepted = new Map<string, number>();
            for (const step of steps) {
              const stream = `${prefix}:${run}:${step.stream}`;
              const current = accepted.get(stream) ?? 0;
              const expectedVersion = Math.max(0, current + step.skew);
              try {
                await store.appendEvents(operation([{ stream, expectedVersion, events: events(...Array.from({ length: step.count }, () => 'E')) }]));
                assert.equal(expectedVersion, current);
                accepted.set(stream, current + step.count);
              } catch (error) {
                assert.ok(error instanceof StreamVersionConflictError);
                assert.notEqual(expectedVersion, current);
              }
            }
            for (const [stream, version] of accepted) {
              const read = await store.readEvents(stream, 1);
              assert.deepEqual(read.map((e) => e.version), Array.from({ length: version }, (_, i) => i + 1));
            }
          },
        ), { numRuns: 15 });
      });
    });
  });
}
