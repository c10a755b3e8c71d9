/**
 * The anti-cheat: turns detections into suspicion and suspicion into sanctions. Every
 * detection is an audit entry with its evidence (written in batches by {@link AuditWriter}, so a
 * flood of detections costs one commit per batch); when a detection carries an account's score
 * across a threshold, the matching sanction (warn, mute, kick, ban) goes through
 * {@link Moderation}, which records it too. Nothing here throws into a session: storage
 * failures are logged.
 * @module
 */
import { newId } from '../ids.ts';
import type { Logger } from '../ops/logger.ts';
import type { AnticheatSettings } from './anticheat-settings.ts';
import type { AuditWriter } from './audit-writer.ts';
import type { Detection } from './detections.ts';
import type { Moderation } from './moderation.ts';
import { PlayerWatch } from './player-watch.ts';
import type { WatchedSession } from './player-watch.ts';
import { SanctionLadder } from './sanction-ladder.ts';
import type { SanctionLevel } from './sanction-ladder.ts';
import type { SuspicionScores } from './suspicion-scores.ts';

/** Who a detection is about. */
export interface Suspect {
  /** The account. */
  readonly accountId: string;
  /** The character in the world, if any. */
  readonly characterId: string | undefined;
}

/** The anti-cheat of one server. */
export class Anticheat {
  /** The settings it runs with. */
  readonly settings: AnticheatSettings;
  readonly #scores: SuspicionScores;
  readonly #ladder: SanctionLadder;
  readonly #moderation: Moderation;
  readonly #audit: AuditWriter;
  readonly #log: Logger;
  readonly #now: () => number;
  /** Sanctions are applied one after another, in the order their detections came. */
  #sanctions = Promise.resolve();

  /**
   * @param settings - weights, thresholds, tolerances
   * @param scores - the suspicion table (shared with moderation, which clears it on bans)
   * @param moderation - carries out and records sanctions
   * @param audit - writes the detections' audit entries
   * @param log - where storage failures go
   * @param now - wall clock, ms since the epoch
   */
  constructor(settings: AnticheatSettings, scores: SuspicionScores, moderation: Moderation, audit: AuditWriter, log: Logger, now: () => number = Date.now) {
    this.settings = settings;
    this.#scores = scores;
    this.#ladder = new SanctionLadder(settings.thresholds);
    this.#moderation = moderation;
    this.#audit = audit;
    this.#log = log;
    this.#now = now;
  }

  /** A watch for one session: its movement checks and its report throttle. */
  watch(session: WatchedSession): PlayerWatch {
    return new PlayerWatch(session, this, this.settings);
  }

  /**
   * Counts a detection: adds its weight, queues the audit entry and applies a sanction whose
   * threshold the score crossed.
   * @param suspect - the account (and character)
   * @param detection - what was seen
   * @param occurrences - how many times it was seen since the last counted report (all but one folded in)
   * @returns when the entry and any sanction are done; never rejects
   */
  record(suspect: Suspect, detection: Detection, occurrences: number): Promise<void> {
    const now = this.#now();
    const weight = this.settings.weights[detection.name];
    const { before, after } = this.#scores.add(suspect.accountId, weight, now);
    const sanction = this.#ladder.crossed(before, after);
    const entry = {
      id: newId(),
      at: now,
      accountId: suspect.accountId,
      characterId: suspect.characterId,
      kind: 'detection' as const,
      name: detection.name,
      suspicion: after,
      sent: detection.sent,
      expected: detection.expected,
      occurrences,
      actor: 'anticheat',
    };
    this.#log.info({ accountId: suspect.accountId, detection: detection.name, suspicion: after, sanction }, 'cheat detection');
    const written = this.#audit.add(entry);
    if (sanction === undefined) return written;
    // The sanction does not wait for the batch: its own entry is stamped later than the
    // detection's, so the audit log lists them in order either way.
    this.#sanctions = this.#sanctions.then(async () => {
      try {
        await this.#sanction(suspect, sanction, after, detection);
      } catch (error) {
        this.#log.error({ err: error, accountId: suspect.accountId, sanction }, 'applying a sanction failed');
      }
    });
    return Promise.all([written, this.#sanctions]).then(() => undefined);
  }

  async #sanction(suspect: Suspect, level: SanctionLevel, score: number, detection: Detection): Promise<void> {
    const reason = `suspicion ${score.toFixed(1)} reached ${this.#ladder.threshold(level)} (last detection: ${detection.name})`;
    const context = { characterId: suspect.characterId, cause: `${detection.name}: ${detection.sent}` };
    switch (level) {
      case 'warn':
        await this.#moderation.warn(suspect.accountId, reason, 'anticheat', context);
        return;
      case 'mute':
        await this.#moderation.mute(suspect.accountId, this.settings.muteMs, reason, 'anticheat', context);
        return;
      case 'kick':
        await this.#moderation.kick(suspect.accountId, reason, 'anticheat', context);
        return;
      case 'ban':
        await this.#moderation.ban(suspect.accountId, this.settings.banMs, reason, 'anticheat', context);
        return;
    }
  }
}
