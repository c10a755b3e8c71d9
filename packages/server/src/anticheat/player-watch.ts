/**
 * One session's anti-cheat state: its movement checks and its report throttle. The session
 * and its handlers report what they see here; the same detection is counted at most once per
 * `reportIntervalMs` (repeats in between are folded into the next counted entry), so a flood
 * cannot turn into a flood of audit writes.
 * @module
 */
import type { ClientPayload } from '@realmforge/protocol';
import type { Presence } from '../session/realm.ts';
import type { AnticheatSettings } from './anticheat-settings.ts';
import type { Detection, DetectionName } from './detections.ts';
import type { InspectedInput } from './movement-inspector.ts';
import { MovementInspector } from './movement-inspector.ts';

/** What the watch needs of its session. */
export interface WatchedSession {
  /** The account's presence while logged in; detections before a login are not counted. */
  readonly presence: Presence | undefined;
}

/** Where counted detections go (the {@link Anticheat} service). */
export interface DetectionRecorder {
  /** Counts one detection. */
  record(suspect: { readonly accountId: string; readonly characterId: string | undefined }, detection: Detection, occurrences: number): Promise<void>;
}

/** The longest request text kept as evidence. */
const MAX_EVIDENCE_LENGTH = 300;

/** A request as evidence: its case and fields, cut to a bounded length. */
export function describeRequest(payload: ClientPayload): string {
  const text = `${payload.kind} ${JSON.stringify(payload.value)}`;
  return text.length > MAX_EVIDENCE_LENGTH ? `${text.slice(0, MAX_EVIDENCE_LENGTH)}…` : text;
}

interface Throttle {
  countedAt: number;
  folded: number;
}

/** The anti-cheat's view of one session. */
export class PlayerWatch {
  readonly #session: WatchedSession;
  readonly #recorder: DetectionRecorder;
  readonly #intervalMs: number;
  readonly #movement: MovementInspector;
  readonly #throttles = new Map<DetectionName, Throttle>();

  /**
   * @param session - the watched session
   * @param recorder - where counted detections go
   * @param settings - tolerances and the report interval
   */
  constructor(session: WatchedSession, recorder: DetectionRecorder, settings: AnticheatSettings) {
    this.#session = session;
    this.#recorder = recorder;
    this.#intervalMs = settings.reportIntervalMs;
    this.#movement = new MovementInspector(settings.movement);
  }

  /**
   * Checks a MoveInput before it is queued and reports what it raises.
   * @param input - the input as received
   * @param newestSequence - the newest sequence the server holds for the character
   * @param now - server time, ms
   */
  moveInput(input: InspectedInput, newestSequence: number, now: number): void {
    for (const detection of this.#movement.inspect(input, newestSequence, now)) void this.report(detection, now);
  }

  /**
   * Reports a detection; counted unless the same one was counted less than the report
   * interval ago. Ignored before a login (there is no account to hold it against).
   * @returns when it is recorded (at once when it was folded or ignored); never rejects
   */
  report(detection: Detection, now = Date.now()): Promise<void> {
    const presence = this.#session.presence;
    if (presence === undefined) return Promise.resolve();
    const throttle = this.#throttles.get(detection.name);
    if (throttle !== undefined && now - throttle.countedAt < this.#intervalMs) {
      throttle.folded++;
      return Promise.resolve();
    }
    const occurrences = 1 + (throttle?.folded ?? 0);
    this.#throttles.set(detection.name, { countedAt: now, folded: 0 });
    return this.#recorder.record({ accountId: presence.accountId, characterId: presence.characterId }, detection, occurrences);
  }
}
