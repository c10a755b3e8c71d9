/**
 * Hands each tick's world frames to the players' sinks, letting a frame that nothing waits on
 * wait one tick so that it shares the next frame's socket write.
 *
 * Why: a socket write costs about 7 µs of server CPU (nearly all of it in the kernel) whatever
 * its size, so one write per player per tick is most of a busy server's send cost (5,000
 * players at 20 Hz: 100,000 writes a second). A frame that carries no new input
 * acknowledgement, is not a reset and holds nothing but positions and view changes can reach
 * the player 50 ms later without harm: clients draw other entities about two ticks in the past
 * anyway. Such a frame waits for the player's next frame, and both go out in one write; a player
 * who sends an input every other tick then gets one write per input (half the writes), and an
 * idle observer gets its frames in pairs.
 *
 * What never waits: a frame with a new input acknowledgement (input-to-acknowledgement latency
 * is the movement target), a reset, or any change other than a position (hit points, casts,
 * combat events, deaths: what a player reacts to). A frame waits at most one replicated tick
 * (catch-up ticks deliver nothing, so the wait is longer only when the clock caught ticks up in
 * between): a waiting frame is handed over just before the player's next frame, which then goes
 * at once (the two share a write even when the world hands its frames over in batches, each
 * flushed: World's `frameBatches`), or at the end of the next replicated tick's delivery when
 * that tick has no frame for the player. Frames of one player are always delivered in tick order.
 *
 * A waiting frame is not copied: the frame builder reuses a slab no earlier than two builds after
 * it was written, so a frame of one replicated tick is intact while the next one's frames are
 * delivered, and the sink receives it then with the usual loan (valid until the next tick
 * starts).
 * @module
 */
import type { PlayerEntity } from '../player-entity.ts';
import type { OutgoingFrame } from '../zone.ts';

/** Per-tick delivery of world frames, with one tick of waiting for frames nothing waits on. */
export class FramePacer {
  /** Whether frames may wait; false delivers every frame in its own tick. */
  readonly enabled: boolean;
  /** Frames that waited a tick to share a write with the player's next frame. */
  waited = 0;
  /**
   * Players whose frame started waiting in this tick's delivery: the first #waitingCount entries
   * (the arrays are rewritten in place, not re-grown every tick).
   */
  #waiting: PlayerEntity[] = [];
  #waitingCount = 0;
  /** Players whose frame has waited since the previous tick: the first #dueCount entries. */
  #due: PlayerEntity[] = [];
  #dueCount = 0;

  /** @param enabled - whether frames nothing waits on may wait one tick */
  constructor(enabled: boolean) {
    this.enabled = enabled;
  }

  /**
   * Starts a tick's delivery: the frames that started waiting in the previous one are now due,
   * with the player's next frame or at {@link FramePacer.end}.
   */
  begin(): void {
    const due = this.#due;
    // Entries beyond the count would keep departed players alive: let them go.
    if (due.length > this.#dueCount) due.length = this.#dueCount;
    this.#due = this.#waiting;
    this.#dueCount = this.#waitingCount;
    this.#waiting = due;
    this.#waitingCount = 0;
  }

  /** Ends a tick's delivery: the due frames of players who got no frame this tick go now. */
  end(tick: number): void {
    const due = this.#due;
    for (let i = 0; i < this.#dueCount; i++) this.#handOverWaiting(due[i] as PlayerEntity, tick);
    this.#dueCount = 0;
  }

  /**
   * Delivers one of this tick's frames now, or keeps it for the next tick.
   * @param mayWait - false when the frame must go now whatever it holds (the player's next frame
   *   is not the next tick's: replication cohorts)
   */
  offer(frame: OutgoingFrame, tick: number, mayWait = true): void {
    const player = frame.player;
    const sink = player.sink;
    if (sink === undefined) return;
    // Its waiting frame first, in the same write; then this one goes at once.
    this.#handOverWaiting(player, tick);
    if (mayWait && this.enabled && !frame.urgent && player.frameWrittenTick !== tick) {
      player.waitingFrame = frame.bytes;
      player.waitingAck = player.ackSequence;
      this.#waiting[this.#waitingCount++] = player;
      this.waited++;
      return;
    }
    player.frameWrittenTick = tick;
    sink.deliverFrame(frame.bytes, player.ackSequence, frame.reset);
  }

  /** Hands the player's waiting frame to its sink, if it holds one. */
  #handOverWaiting(player: PlayerEntity, tick: number): void {
    const bytes = player.waitingFrame;
    if (bytes === undefined) return;
    player.waitingFrame = undefined;
    player.frameWrittenTick = tick;
    // Only frames nothing waits on wait, and a reset never does.
    player.sink?.deliverFrame(bytes, player.waitingAck, false);
  }
}
