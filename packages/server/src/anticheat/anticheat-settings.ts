/**
 * The anti-cheat's settings, read from the configuration once at start and checked: unknown
 * detection names in `anticheatWeights` and thresholds out of order fail the start with a
 * message that names the key.
 * @module
 */
import { ConfigError } from '../config/config.ts';
import type { ServerConfig } from '../config/config.ts';
import { DEFAULT_DETECTION_WEIGHTS, DETECTION_NAMES } from './detections.ts';
import type { DetectionName } from './detections.ts';
import type { MovementTolerances } from './movement-inspector.ts';
import type { SanctionThresholds } from './sanction-ladder.ts';

/** Everything the anti-cheat is tuned by. */
export interface AnticheatSettings {
  /** Suspicion each detection adds. */
  readonly weights: Readonly<Record<DetectionName, number>>;
  /** Suspicion halves every this many ms. */
  readonly halfLifeMs: number;
  /** Suspicion at which each sanction fires. */
  readonly thresholds: SanctionThresholds;
  /** Length of an automatic mute, ms. */
  readonly muteMs: number;
  /** Length of an automatic ban, ms. */
  readonly banMs: number;
  /** One session's same detection counts at most once per this many ms. */
  readonly reportIntervalMs: number;
  /** Limits of the movement checks. */
  readonly movement: MovementTolerances;
}

/**
 * The settings from a validated configuration.
 * @throws ConfigError naming `anticheatWeights.<name>` for an unknown detection, or the thresholds when they do not increase
 */
export function anticheatSettings(config: ServerConfig): AnticheatSettings {
  for (const name of Object.keys(config.anticheatWeights)) {
    if (!(DETECTION_NAMES as string[]).includes(name)) {
      throw new ConfigError(`config key "anticheatWeights.${name}": no detection is called "${name}"; known: ${DETECTION_NAMES.join(', ')}`);
    }
  }
  const thresholds = { warn: config.anticheatWarnAt, mute: config.anticheatMuteAt, kick: config.anticheatKickAt, ban: config.anticheatBanAt };
  if (!(thresholds.warn < thresholds.mute && thresholds.mute < thresholds.kick && thresholds.kick < thresholds.ban)) {
    throw new ConfigError(
      `config keys "anticheatWarnAt" < "anticheatMuteAt" < "anticheatKickAt" < "anticheatBanAt" must increase; got ${thresholds.warn}, ${thresholds.mute}, ${thresholds.kick}, ${thresholds.ban}`,
    );
  }
  return {
    weights: { ...DEFAULT_DETECTION_WEIGHTS, ...config.anticheatWeights },
    halfLifeMs: config.anticheatHalfLifeMs,
    thresholds,
    muteMs: config.anticheatMuteMs,
    banMs: config.anticheatBanMs,
    reportIntervalMs: config.anticheatReportIntervalMs,
    movement: {
      tickMs: 1000 / config.tickRateHz,
      maxInputsPerTick: config.anticheatMaxInputsPerTick,
      clockDriftMs: config.anticheatClockDriftMs,
      maxSequenceJump: config.anticheatMaxSequenceJump,
    },
  };
}
