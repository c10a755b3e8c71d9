/**
 * What changed of each entity at each of the last {@link CHANGE_HISTORY_TICKS} ticks: its dirty
 * bits (entity.ts's DIRTY_*) per tick, in a ring per handle. A frame carries the changes since
 * its player's last frame, and players are not all served at the same ticks (replication
 * cohorts, world.ts): one built at tick t for a player served last at tick s takes the union of
 * the bits of the ticks (s, t]. Keeping bits per tick, instead of one mask cleared at each build,
 * lets two players with different last frames be served from the same history.
 *
 * The zone records every entity's bits at every tick, replicated or not (Zone.step), so a slot
 * holds what its tick recorded, or zero for an entity that did not exist then (slots are cleared
 * when a handle is taken by a new entity).
 * @module
 */

/** How many ticks back the history reaches; a window longer than this cannot be read (a power of two). */
export const CHANGE_HISTORY_TICKS = 32;

const MASK = CHANGE_HISTORY_TICKS - 1;

/** Per handle, the dirty bits of each of the last {@link CHANGE_HISTORY_TICKS} ticks. */
export class ChangeHistory {
  #bits = new Int32Array(0);

  /** Records the bits that changed in tick `tick` of the entity with this handle. */
  record(handle: number, tick: number, dirty: number): void {
    const at = handle * CHANGE_HISTORY_TICKS;
    if (at >= this.#bits.length) this.#grow(handle);
    this.#bits[at + (tick & MASK)] = dirty;
  }

  /** Forgets what the handle's slots hold: a new entity took the handle. */
  clear(handle: number): void {
    const at = handle * CHANGE_HISTORY_TICKS;
    if (at < this.#bits.length) this.#bits.fill(0, at, at + CHANGE_HISTORY_TICKS);
  }

  /**
   * The union of the handle's bits over the ticks after `since` up to `tick`.
   * @throws RangeError when the window reaches back past the history (`tick - since` above {@link CHANGE_HISTORY_TICKS})
   */
  since(handle: number, since: number, tick: number): number {
    if (tick - since > CHANGE_HISTORY_TICKS) throw new RangeError(`a change window of ${tick - since} ticks reaches past the ${CHANGE_HISTORY_TICKS} kept`);
    const at = handle * CHANGE_HISTORY_TICKS;
    if (at >= this.#bits.length) return 0;
    const bits = this.#bits;
    let dirty = 0;
    for (let t = since + 1; t <= tick; t++) dirty |= bits[at + (t & MASK)] ?? 0;
    return dirty;
  }

  #grow(handle: number): void {
    const handles = Math.max(handle + 1, (this.#bits.length / CHANGE_HISTORY_TICKS) * 2, 64);
    const bits = new Int32Array(handles * CHANGE_HISTORY_TICKS);
    bits.set(this.#bits);
    this.#bits = bits;
  }
}
