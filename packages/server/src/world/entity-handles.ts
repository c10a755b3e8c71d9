/**
 * Zone-local entity handles: small integers, so entities can be found by array index and the
 * wire ids stay short. Released handles are reused only after a quiet period, long enough
 * for every connected observer to have been told the old entity left before a new one takes
 * its number (frames arrive in order; a reconnecting client gets a full reset anyway).
 * @module
 */

/** Ticks a released handle waits before it is handed out again. */
export const HANDLE_REUSE_DELAY_TICKS = 40;

/** Hands out and takes back entity handles. */
export class EntityHandles {
  readonly #freed: number[] = [];
  readonly #freedAt: number[] = [];
  #head = 0;
  #next = 1;

  /** The highest handle ever handed out, plus one. */
  get limit(): number {
    return this.#next;
  }

  /** A handle for a new entity at this tick. */
  allocate(tick: number): number {
    const at = this.#freedAt[this.#head];
    if (at !== undefined && tick - at >= HANDLE_REUSE_DELAY_TICKS) {
      const handle = this.#freed[this.#head] ?? 0;
      this.#head++;
      if (this.#head > 1024 && this.#head * 2 > this.#freed.length) {
        this.#freed.splice(0, this.#head);
        this.#freedAt.splice(0, this.#head);
        this.#head = 0;
      }
      return handle;
    }
    return this.#next++;
  }

  /** Takes a handle back at this tick. */
  release(handle: number, tick: number): void {
    this.#freed.push(handle);
    this.#freedAt.push(tick);
  }
}
