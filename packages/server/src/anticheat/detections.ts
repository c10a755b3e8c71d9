/**
 * The named detections: things a client sent that an honest client does not send. Each adds
 * its weight to the account's suspicion; the names are what the audit log and the
 * `anticheatWeights` configuration use.
 * @module
 */

/** Every detection, with the suspicion it adds unless configured otherwise. */
export const DEFAULT_DETECTION_WEIGHTS = {
  /** MoveInputs beyond `anticheatMaxInputsPerTick` per tick on average, bursts of one second's worth allowed (a speed hack's input spam). */
  input_flood: 4,
  /** The client's clock ran faster or slower than the server's by more than `anticheatClockDriftMs`. */
  clock_drift: 6,
  /** A MoveInput sequence far ahead of the last one. */
  sequence_jump: 8,
  /** A MoveInput sequence already used: a replayed or duplicated packet (it is not applied). */
  sequence_replay: 4,
  /** A request the server refused for a state reason a client that follows the game cannot hit (impossible-actions.ts). */
  impossible_action: 3,
  /** Messages over their rate limit (session/message-limiter.ts, chat). */
  message_flood: 3,
} as const;

/** A detection's name. */
export type DetectionName = keyof typeof DEFAULT_DETECTION_WEIGHTS;

/** The detection names, for validation and docs. */
export const DETECTION_NAMES = Object.keys(DEFAULT_DETECTION_WEIGHTS) as DetectionName[];

/** One detection with its evidence, as the audit log keeps it. */
export interface Detection {
  /** Which detection. */
  readonly name: DetectionName;
  /** What the client sent. */
  readonly sent: string;
  /** What the server expected instead. */
  readonly expected: string;
}
