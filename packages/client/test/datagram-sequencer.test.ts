import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DatagramSequencer, RESYNC_RETRY_MS } from '@realmforge/client/node';
import { DATAGRAM_FLAG_RESET } from '@realmforge/protocol';

const RESET = DATAGRAM_FLAG_RESET;

describe('DatagramSequencer', () => {
  it('takes datagrams that come in order and asks for nothing', () => {
    const s = new DatagramSequencer();
    assert.deepEqual([s.frames(1, RESET), s.frames(2, 0), s.frames(3, 0)], [true, true, true]);
    assert.equal(s.resyncDue(0), false);
    assert.deepEqual([s.taken, s.dropped, s.lost, s.resyncs, s.lastTaken], [3, 0, 0, 0, 3]);
  });

  it('drops duplicates and datagrams at or below the last taken, resets included', () => {
    const s = new DatagramSequencer();
    s.frames(1, RESET);
    s.frames(2, 0);
    assert.deepEqual([s.frames(2, 0), s.frames(1, RESET), s.frames(2, RESET)], [false, false, false]);
    assert.equal(s.awaitingReset, false);
    assert.deepEqual([s.taken, s.dropped, s.lost], [2, 3, 0]);
  });

  it('after a gap asks once, drops everything until a reset, asks again only after the retry interval', () => {
    const s = new DatagramSequencer();
    s.frames(1, RESET);
    assert.equal(s.frames(3, 0), false, 'the gap: 2 is missing');
    assert.equal(s.awaitingReset, true);
    assert.equal(s.resyncDue(100), true);
    assert.equal(s.resyncDue(100), false, 'asked already');
    assert.equal(s.frames(2, 0), false, 'the missing one, late: reordering counts as loss');
    assert.equal(s.frames(4, 0), false);
    assert.equal(s.resyncDue(100 + RESYNC_RETRY_MS - 1), false);
    assert.equal(s.resyncDue(100 + RESYNC_RETRY_MS), true, 'no reset within the retry interval: ask again');
    assert.equal(s.frames(5, RESET), true);
    assert.equal(s.awaitingReset, false);
    assert.equal(s.resyncDue(5000), false);
    assert.equal(s.frames(6, 0), true);
    assert.deepEqual([s.taken, s.dropped, s.lost, s.resyncs], [3, 3, 1, 2]);
  });

  it('takes a reset that comes after a gap without asking: it replaces what was lost', () => {
    const s = new DatagramSequencer();
    s.frames(1, RESET);
    assert.equal(s.frames(4, RESET), true);
    assert.equal(s.resyncDue(0), false);
    assert.deepEqual([s.taken, s.lost], [2, 0]);
  });

  it('treats a bound answer naming a datagram above the last taken as a loss', () => {
    const s = new DatagramSequencer();
    s.bound(0);
    s.frames(1, RESET);
    s.frames(2, 0);
    s.bound(2);
    assert.equal(s.awaitingReset, false, 'the server sent nothing more');
    s.bound(3);
    assert.equal(s.awaitingReset, true, 'datagram 3 was sent and never came');
    assert.equal(s.resyncDue(0), true);
    assert.equal(s.frames(3, 0), false, 'overtaken by the bound answer: lost');
    assert.equal(s.frames(4, RESET), true);
  });

  it('treats an unreadable datagram above the last taken as a loss, and a damaged old copy as nothing', () => {
    const s = new DatagramSequencer();
    s.frames(1, RESET);
    s.unreadable(1);
    assert.equal(s.awaitingReset, false);
    s.unreadable(2);
    assert.equal(s.awaitingReset, true);
    assert.equal(s.lost, 1);
    s.unreadable(3);
    s.frames(4, 0);
    assert.equal(s.lost, 1, 'one loss until a reset is taken');
  });

  it('uses the retry interval it is given', () => {
    const s = new DatagramSequencer(50);
    s.frames(2, 0);
    assert.equal(s.resyncDue(0), true);
    assert.equal(s.resyncDue(49), false);
    assert.equal(s.resyncDue(50), true);
  });
});

/** What the server sent, whether each is a reset: datagram `i` is sequence i + 1; the first is a reset (as on binding), about one in ten of the rest. */
const sent = fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 60 }).map((rolls) => rolls.map((roll, i) => i === 0 || roll === 0));

/** One datagram's fate on the network: copies delivered (0: lost), how far it may be overtaken, and the time before each copy arrives. */
const fate = fc.record({
  copies: fc.constantFrom(0, 1, 1, 1, 1, 1, 2),
  jitter: fc.nat({ max: 3 }),
  delayMs: fc.nat({ max: 800 }),
});

interface Arrival { readonly sequence: number; readonly reset: boolean; readonly delayMs: number }

function network(resets: readonly boolean[], fates: readonly { copies: number; jitter: number; delayMs: number }[]): Arrival[] {
  const copies: { at: number; arrival: Arrival }[] = [];
  resets.forEach((reset, i) => {
    const f = fates[i % fates.length] ?? { copies: 1, jitter: 0, delayMs: 0 };
    for (let c = 0; c < f.copies; c++) copies.push({ at: i + f.jitter + c, arrival: { sequence: i + 1, reset, delayMs: f.delayMs } });
  });
  return copies.sort((a, b) => a.at - b.at).map((c) => c.arrival);
}

describe('DatagramSequencer under loss, duplication and reordering', () => {
  it('takes only the next datagram or a reset, nothing but a reset after a loss, and asks once per loss plus retries after 1,000 ms', () => {
    fc.assert(fc.property(
      sent,
      fc.array(fate, { minLength: 1, maxLength: 60 }),
      (resets, fates) => {
        const s = new DatagramSequencer();
        let now = 0;
        let lastTaken = 0;
        /** Frames lost and no reset taken since: the model's own view. */
        let broken = false;
        let lastAsk: number | undefined;
        let asks = 0;
        for (const a of network(resets, fates)) {
          now += a.delayMs;
          const wasBroken = broken;
          const gap = a.sequence > lastTaken + 1 || (broken && a.sequence > lastTaken);
          const took = s.frames(a.sequence, a.reset ? RESET : 0);
          if (took) {
            assert.ok(a.sequence > lastTaken, 'every datagram taken is above the one before');
            assert.ok(a.reset || (!broken && a.sequence === lastTaken + 1), 'the next one, or a reset');
            lastTaken = a.sequence;
            broken = false;
          } else {
            assert.ok(a.sequence <= lastTaken || (!a.reset && gap), 'a datagram is dropped only when old or past a loss');
            if (a.sequence > lastTaken) broken = true;
          }
          if (broken && !wasBroken) lastAsk = undefined;
          const due: boolean = broken && (lastAsk === undefined || now - lastAsk >= RESYNC_RETRY_MS);
          assert.equal(s.resyncDue(now), due, 'asked at once on a loss, again only after the retry interval, never without a loss');
          if (due) {
            lastAsk = now;
            asks++;
          }
        }
        assert.equal(s.resyncs, asks);
        assert.equal(s.awaitingReset, broken);
      },
    ), { numRuns: 500 });
  });

  it('takes every datagram in order when nothing is lost, duplicated or reordered', () => {
    fc.assert(fc.property(sent, (resets) => {
      const s = new DatagramSequencer();
      resets.forEach((reset, i) => {
        assert.equal(s.frames(i + 1, reset ? RESET : 0), true);
        assert.equal(s.resyncDue(i * 50), false);
      });
      assert.deepEqual([s.taken, s.dropped, s.lost, s.resyncs], [resets.length, 0, 0, 0]);
    }));
  });
});
