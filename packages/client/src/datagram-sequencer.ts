/**
 * Which world-frame datagrams a client takes, which it drops, and when it asks the server for a
 * reset frame (docs/protocol.md, "Datagrams").
 *
 * The server numbers its `frames` datagrams 1, 2, 3 … for the life of a channel. A world frame
 * is a delta against the frames before it, so a datagram can be taken only when every one before
 * it was: the next number, or one flagged {@link DATAGRAM_FLAG_RESET}, whose first frame replaces
 * the whole view (what came before it no longer matters, so a reset after a gap is taken without
 * asking for another). A gap (a number above the next), a `bound` answer naming a datagram above
 * the last taken (a loss at the end of a burst), or a datagram whose frames cannot be read, means
 * frames were lost: from then on every datagram is dropped until a reset arrives, and a resync
 * is asked for at once and again every {@link RESYNC_RETRY_MS} ms while none does. Datagrams at
 * or below the last taken (duplicates, late ones) are dropped.
 *
 * There is no reorder buffer: a datagram overtaken by a later one counts as lost. Reordering is
 * rare on the paths a game client takes, and a buffer would hold every frame back for as long
 * as it waits; a reset costs one larger frame.
 *
 * Pure: no I/O and no timers. The caller asks {@link DatagramSequencer.resyncDue} with the time
 * whenever a datagram arrives and on a timer.
 * @module
 */
import { DATAGRAM_FLAG_RESET } from '@realmforge/protocol';

/** How long a client waits for a reset datagram before it asks again, ms. */
export const RESYNC_RETRY_MS = 1000;

/** The order of one channel's world-frame datagrams, and its losses. */
export class DatagramSequencer {
  readonly #resyncRetryMs: number;
  #lastTaken = 0;
  #awaitingReset = false;
  /** When a resync was last asked for in the current loss; undefined: not yet. */
  #askedAt: number | undefined;
  #taken = 0;
  #dropped = 0;
  #lost = 0;
  #resyncs = 0;

  /** @param resyncRetryMs - how long to wait for a reset before asking again, ms */
  constructor(resyncRetryMs = RESYNC_RETRY_MS) {
    this.#resyncRetryMs = resyncRetryMs;
  }

  /** The sequence of the last datagram taken; 0 before the first. */
  get lastTaken(): number {
    return this.#lastTaken;
  }

  /** True while frames are lost and only a reset datagram is taken. */
  get awaitingReset(): boolean {
    return this.#awaitingReset;
  }

  /** Datagrams taken. */
  get taken(): number {
    return this.#taken;
  }

  /** Readable datagrams dropped: at or below the last taken, or while waiting for a reset. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Losses found (each one a wait for a reset). */
  get lost(): number {
    return this.#lost;
  }

  /** Resyncs asked for: each loss's first ask and its retries. */
  get resyncs(): number {
    return this.#resyncs;
  }

  /**
   * A readable `frames` datagram arrived; true when its frames are to be applied, false when it
   * is dropped.
   * @param flags - its header's flags ({@link DATAGRAM_FLAG_RESET})
   */
  frames(sequence: number, flags: number): boolean {
    if (sequence <= this.#lastTaken) {
      this.#dropped++;
      return false;
    }
    if ((flags & DATAGRAM_FLAG_RESET) === 0 && (this.#awaitingReset || sequence !== this.#lastTaken + 1)) {
      this.#loss();
      this.#dropped++;
      return false;
    }
    this.#lastTaken = sequence;
    this.#awaitingReset = false;
    this.#askedAt = undefined;
    this.#taken++;
    return true;
  }

  /**
   * A `frames` datagram arrived whose frames cannot be read: above the last taken, it is a
   * loss; at or below, a damaged copy of one already taken.
   */
  unreadable(sequence: number): void {
    if (sequence > this.#lastTaken) this.#loss();
  }

  /** A `bound` answer arrived, naming the last `frames` datagram the server sent. */
  bound(lastSent: number): void {
    if (lastSent > this.#lastTaken) this.#loss();
  }

  /**
   * True when a resync is to be asked for now: frames are lost, and it was not asked for yet in
   * this loss or was asked at least the retry interval ago. True counts as asked.
   * @param now - the time, ms (any monotonic clock, the same on every call)
   */
  resyncDue(now: number): boolean {
    if (!this.#awaitingReset) return false;
    if (this.#askedAt !== undefined && now - this.#askedAt < this.#resyncRetryMs) return false;
    this.#askedAt = now;
    this.#resyncs++;
    return true;
  }

  #loss(): void {
    if (this.#awaitingReset) return;
    this.#awaitingReset = true;
    this.#askedAt = undefined;
    this.#lost++;
  }
}
