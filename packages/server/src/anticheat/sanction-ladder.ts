/**
 * The thresholds that turn suspicion into sanctions: warn, then mute, kick and ban. A sanction
 * fires when a detection carries the score across its threshold, so a player is not kicked
 * again by every detection while the score stays above the line; crossing several thresholds
 * at once applies the heaviest.
 * @module
 */

/** What can be done about a suspicious account, mildest first. */
export type SanctionLevel = 'warn' | 'mute' | 'kick' | 'ban';

/** Suspicion at which each sanction fires; strictly increasing from warn to ban. */
export type SanctionThresholds = Readonly<Record<SanctionLevel, number>>;

const HEAVIEST_FIRST: readonly SanctionLevel[] = ['ban', 'kick', 'mute', 'warn'];

/** Where the score crossed thresholds. */
export class SanctionLadder {
  readonly #thresholds: SanctionThresholds;

  /**
   * @param thresholds - suspicion per sanction
   * @throws RangeError unless warn < mute < kick < ban, all positive
   */
  constructor(thresholds: SanctionThresholds) {
    const { warn, mute, kick, ban } = thresholds;
    if (!(warn > 0 && warn < mute && mute < kick && kick < ban)) {
      throw new RangeError(`sanction thresholds must increase: warn ${warn} < mute ${mute} < kick ${kick} < ban ${ban}`);
    }
    this.#thresholds = thresholds;
  }

  /** The threshold of a sanction. */
  threshold(level: SanctionLevel): number {
    return this.#thresholds[level];
  }

  /** The heaviest sanction whose threshold lies in (before, after], if any. */
  crossed(before: number, after: number): SanctionLevel | undefined {
    return HEAVIEST_FIRST.find((level) => before < this.#thresholds[level] && after >= this.#thresholds[level]);
  }
}
