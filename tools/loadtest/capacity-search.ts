/**
 * The search of `npm run loadtest:capacity` (capacity.ts): the largest player count on a ladder
 * (`from`, `from + step`, …, and `to`) whose load run met every bound, found by bisection on the
 * assumption that a count that fails makes every larger one fail too. The ladder's first count is
 * run first: when even it fails there is nothing below it to look for. Pure: it names the next
 * count to run and is told each verdict.
 * @module
 */

/** Most counts a ladder may hold (a search runs about log2 of them). */
export const MAX_LADDER = 400;

/** One count run, and whether it met every bound. */
export interface CapacityProbe {
  /** Players in the run. */
  readonly players: number;
  /** True when the run met every bound. */
  readonly met: boolean;
}

/** What a finished search found. */
export interface CapacityFinding {
  /** The largest count run that met every bound; undefined when the ladder's first failed. */
  readonly capacity: number | undefined;
  /**
   * The smallest count run that failed; undefined when the ladder's last met every bound (the
   * machine may hold more than the ladder reaches).
   */
  readonly firstFailure: number | undefined;
  /** The counts run, in the order they ran, with their verdicts. */
  readonly probes: readonly CapacityProbe[];
}

/** A ladder that cannot be searched; the message says why. */
export class CapacityLadderError extends Error {
  /** @param message - what is wrong */
  constructor(message: string) {
    super(message);
    this.name = 'CapacityLadderError';
  }
}

/**
 * The counts from `from` to `to`, `step` apart, `to` included even when off the step.
 * @throws CapacityLadderError when a bound is not a positive whole number, `to` is below `from`
 *   or the ladder would hold more than {@link MAX_LADDER} counts
 */
export function capacityLadder(from: number, to: number, step: number): number[] {
  for (const [name, value] of [['from', from], ['to', to], ['step', step]] as const) {
    if (!Number.isSafeInteger(value) || value < 1) throw new CapacityLadderError(`--${name} must be a whole number of at least 1; got ${value}`);
  }
  if (to < from) throw new CapacityLadderError(`--to (${to}) must not be below --from (${from})`);
  const counts = Math.floor((to - from) / step) + 1 + ((to - from) % step === 0 ? 0 : 1);
  if (counts > MAX_LADDER) throw new CapacityLadderError(`from ${from} to ${to} in steps of ${step} is more than ${MAX_LADDER} counts; take a larger step`);
  const ladder: number[] = [];
  for (let players = from; players <= to; players += step) ladder.push(players);
  if (ladder[ladder.length - 1] !== to) ladder.push(to);
  return ladder;
}

/** A bisection over a ladder of player counts. */
export class CapacitySearch {
  readonly #ladder: readonly number[];
  /** Index of the largest count known to meet the bounds; -1 while none is. */
  #met = -1;
  /** Index of the smallest count known to fail; the ladder's length while none is. */
  #failed: number;
  readonly #probes: CapacityProbe[] = [];
  /** Index of the count handed out by next() and not yet recorded. */
  #running: number | undefined;

  /** @param ladder - the counts, ascending (capacityLadder) */
  constructor(ladder: readonly number[]) {
    if (ladder.length === 0) throw new CapacityLadderError('the ladder holds no count');
    for (let i = 1; i < ladder.length; i++) {
      if ((ladder[i] ?? 0) <= (ladder[i - 1] ?? 0)) throw new CapacityLadderError('the ladder\'s counts must rise');
    }
    this.#ladder = ladder;
    this.#failed = ladder.length;
  }

  /**
   * The next count to run, or undefined when the search is over.
   * @throws Error when the count handed out last has no verdict yet
   */
  next(): number | undefined {
    if (this.#running !== undefined) throw new Error(`${this.#ladder[this.#running] ?? 0} players have no verdict yet`);
    if (this.#failed - this.#met <= 1) return undefined;
    const index = this.#met < 0 ? 0 : Math.floor((this.#met + this.#failed) / 2);
    this.#running = index;
    return this.#ladder[index];
  }

  /**
   * The verdict of the count next() handed out.
   * @throws Error when `players` is not that count
   */
  record(players: number, met: boolean): void {
    const index = this.#running;
    if (index === undefined || this.#ladder[index] !== players) throw new Error(`${players} players were not the count to run`);
    this.#running = undefined;
    this.#probes.push({ players, met });
    if (met) this.#met = index;
    else this.#failed = index;
  }

  /** What the search has found so far (all of it once next() says it is over). */
  finding(): CapacityFinding {
    return {
      capacity: this.#met < 0 ? undefined : this.#ladder[this.#met],
      firstFailure: this.#failed >= this.#ladder.length ? undefined : this.#ladder[this.#failed],
      probes: [...this.#probes],
    };
  }
}
