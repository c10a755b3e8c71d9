/**
 * What changed of each entity at each of the last {@link CHANGE_HISTORY_TICKS} ticks: its dirty
 * bits (entity.ts's DIRTY_*) per tick. A frame carries the changes since its player's last frame,
 * and players are not all served at the same ticks (replication cohorts, world.ts): one built at
 * tick t for a player served last at tick s takes the union of the bits of the ticks (s, t].
 * Keeping bits per tick, instead of one mask cleared at each build, lets two players with
 * different last frames be served from the same history.
 *
 * Laid out tick by tick (a row of bits by handle per tick, a ring of rows), because the zone
 * writes a whole tick at once: it starts the tick's row empty ({@link ChangeHistory.beginTick}, a
 * memset) and writes the bits of the entities that changed, in handle order, so the writes are
 * sequential. Handle-major slots (a handle's ticks side by side) cost a cache miss per entity per
 * tick: 4-8% on a 5,000- or 15,000-entity tick in bench/world.bench.ts.
 * @module
 */

/** How many ticks back the history reaches; a window longer than this cannot be read (a power of two). */
export const CHANGE_HISTORY_TICKS = 32;

const MASK = CHANGE_HISTORY_TICKS - 1;

/** Per tick of the last {@link CHANGE_HISTORY_TICKS}, the dirty bits of each handle. */
export class ChangeHistory {
  /** Handles per row. */
  #capacity = 0;
  #bits = new Int32Array(0);

  /**
   * Starts tick `tick`'s row empty (it held the bits of the tick {@link CHANGE_HISTORY_TICKS}
   * earlier); `handles` bounds the handles recorded in it.
   */
  beginTick(tick: number, handles: number): void {
    if (handles > this.#capacity) this.#grow(handles);
    const at = (tick & MASK) * this.#capacity;
    this.#bits.fill(0, at, at + this.#capacity);
  }

  /** Records the bits that changed in tick `tick` (begun, and below its `handles`) of the entity with this handle. */
  record(handle: number, tick: number, dirty: number): void {
    this.#bits[(tick & MASK) * this.#capacity + handle] = dirty;
  }

  /** Forgets what the handle's slots hold: a new entity took the handle. */
  clear(handle: number): void {
    if (handle >= this.#capacity) return;
    for (let row = 0; row < CHANGE_HISTORY_TICKS; row++) this.#bits[row * this.#capacity + handle] = 0;
  }

  /**
   * The union of the handle's bits over the ticks after `since` up to `tick`.
   * @throws RangeError when the window reaches back past the history (`tick - since` above {@link CHANGE_HISTORY_TICKS})
   */
  since(handle: number, since: number, tick: number): number {
    if (tick - since > CHANGE_HISTORY_TICKS) throw new RangeError(`a change window of ${tick - since} ticks reaches past the ${CHANGE_HISTORY_TICKS} kept`);
    const capacity = this.#capacity;
    if (handle >= capacity) return 0;
    const bits = this.#bits;
    let dirty = 0;
    for (let t = since + 1; t <= tick; t++) dirty |= bits[(t & MASK) * capacity + handle] ?? 0;
    return dirty;
  }

  #grow(handles: number): void {
    const capacity = Math.max(handles, this.#capacity * 2, 64);
    const bits = new Int32Array(capacity * CHANGE_HISTORY_TICKS);
    for (let row = 0; row < CHANGE_HISTORY_TICKS; row++) bits.set(this.#bits.subarray(row * this.#capacity, (row + 1) * this.#capacity), row * capacity);
    this.#capacity = capacity;
    this.#bits = bits;
  }
}
