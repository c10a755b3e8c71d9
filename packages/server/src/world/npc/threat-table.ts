/**
 * An NPC's threat table: who it is angry at, and how much. The entity with the highest threat is
 * its target; damage adds threat equal to the damage, being seen or called for help adds a
 * little. Ties go to whoever got on the table first, so the choice is deterministic. Small
 * (a handful of attackers), so plain parallel arrays beat a map.
 * @module
 */

/** Threat by entity handle. */
export class ThreatTable {
  readonly #handles: number[] = [];
  readonly #amounts: number[] = [];

  /** Entities on the table. */
  get size(): number {
    return this.#handles.length;
  }

  /** Adds threat (at least a token amount, so an entity that did 0 damage is still on the table). */
  add(handle: number, amount: number): void {
    const gain = Math.max(amount, Number.MIN_VALUE);
    const i = this.#handles.indexOf(handle);
    if (i >= 0) this.#amounts[i] = (this.#amounts[i] ?? 0) + gain;
    else {
      this.#handles.push(handle);
      this.#amounts.push(gain);
    }
  }

  /** The threat of one entity (0 when not on the table). */
  threatOf(handle: number): number {
    const i = this.#handles.indexOf(handle);
    return i >= 0 ? (this.#amounts[i] ?? 0) : 0;
  }

  /** The entity with the highest threat, or -1 when the table is empty. */
  top(): number {
    let best = -1;
    let bestAmount = -1;
    for (let i = 0; i < this.#handles.length; i++) {
      const amount = this.#amounts[i] ?? 0;
      if (amount > bestAmount) {
        bestAmount = amount;
        best = this.#handles[i] ?? -1;
      }
    }
    return best;
  }

  /** Takes an entity off the table. */
  remove(handle: number): void {
    const i = this.#handles.indexOf(handle);
    if (i < 0) return;
    this.#handles.splice(i, 1);
    this.#amounts.splice(i, 1);
  }

  /** Removes every entity for which `keep` is false. */
  retain(keep: (handle: number) => boolean): void {
    for (let i = this.#handles.length - 1; i >= 0; i--) {
      if (!keep(this.#handles[i] ?? -1)) {
        this.#handles.splice(i, 1);
        this.#amounts.splice(i, 1);
      }
    }
  }

  /** Empties the table (evading, death). */
  clear(): void {
    this.#handles.length = 0;
    this.#amounts.length = 0;
  }
}
