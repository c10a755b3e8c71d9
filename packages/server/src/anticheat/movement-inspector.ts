/**
 * Checks one session's MoveInputs for what an honest client does not send: inputs at a higher
 * rate than the ticks can use, sustained (a token bucket holding one second of the allowance, so
 * a network stall that delivers a second of queued inputs at once is not mistaken for a hack), a client clock that runs at another speed than the server's, and
 * sequence numbers that repeat or jump far ahead. Movement itself is server-authoritative, so
 * none of this can move a character faster; it is evidence of a tampered client. Pure: the
 * caller passes the server time.
 * @module
 */
import { TokenBucket } from '../limits/token-bucket.ts';
import type { Detection } from './detections.ts';

/** Tolerances of the movement checks. */
export interface MovementTolerances {
  /** Length of a tick, ms. */
  readonly tickMs: number;
  /** Inputs allowed per tick on average; the bucket holds one second's worth. */
  readonly maxInputsPerTick: number;
  /** How far the client clock may drift from the server's, ms. */
  readonly clockDriftMs: number;
  /** How far a sequence may jump ahead of the newest one. */
  readonly maxSequenceJump: number;
}

/** What the checks read of a MoveInput. */
export interface InspectedInput {
  /** The input's sequence number. */
  readonly sequence: number;
  /** The client's clock when it sent the input, ms; 0 when the client did not say. */
  readonly clientTimeMs: number;
}

/** One session's movement checks. */
export class MovementInspector {
  readonly #tolerances: MovementTolerances;
  /** Created at the first input, so its clock starts with the session's. */
  #inputs: TokenBucket | undefined;
  /** Server and client time of the least-delayed input, the drift's reference; NaN until the first. */
  #anchorServerMs = Number.NaN;
  #anchorClientMs = Number.NaN;

  /** @param tolerances - limits of the checks */
  constructor(tolerances: MovementTolerances) {
    this.#tolerances = tolerances;
  }

  /**
   * Checks one input.
   * @param input - the input as received
   * @param newestSequence - the newest sequence the server holds for the character (0 for none)
   * @param now - server time of arrival, ms
   * @returns the detections it raised (most inputs raise none)
   */
  inspect(input: InspectedInput, newestSequence: number, now: number): Detection[] {
    const found: Detection[] = [];
    const flood = this.#countInput(now);
    if (flood !== undefined) found.push(flood);
    const sequence = this.#checkSequence(input.sequence, newestSequence);
    if (sequence !== undefined) found.push(sequence);
    const drift = this.#checkClock(input.clientTimeMs, now);
    if (drift !== undefined) found.push(drift);
    return found;
  }

  #countInput(now: number): Detection | undefined {
    const { tickMs, maxInputsPerTick } = this.#tolerances;
    const perSecond = (maxInputsPerTick * 1000) / tickMs;
    const burst = Math.max(1, Math.round(perSecond));
    this.#inputs ??= new TokenBucket({ burst, perSecond }, now);
    if (this.#inputs.take(now)) return undefined;
    return {
      name: 'input_flood',
      sent: `MoveInputs beyond the allowance: more than ${burst} at once or over ${perSecond}/s sustained`,
      expected: `at most ${maxInputsPerTick} per tick on average (${perSecond}/s, bursts of one second's worth)`,
    };
  }

  #checkSequence(sequence: number, newest: number): Detection | undefined {
    if (sequence <= newest) {
      return { name: 'sequence_replay', sent: `MoveInput sequence ${sequence}`, expected: `a sequence above ${newest}, the newest already received (the input was ignored)` };
    }
    // The first input of a character may start anywhere: a client's counter outlives a logout.
    if (newest > 0 && sequence - newest > this.#tolerances.maxSequenceJump) {
      return { name: 'sequence_jump', sent: `MoveInput sequence ${sequence} after ${newest}`, expected: `at most ${newest + this.#tolerances.maxSequenceJump}` };
    }
    return undefined;
  }

  #checkClock(clientTimeMs: number, now: number): Detection | undefined {
    // proto3 cannot tell 0 from unset: a client that does not report its clock is not checked.
    if (clientTimeMs === 0) return undefined;
    if (!Number.isFinite(clientTimeMs)) {
      return { name: 'clock_drift', sent: `client_time_ms ${clientTimeMs}`, expected: 'a finite time in ms' };
    }
    // The anchor is the input that arrived with the least delay (the smallest server-minus-client
    // offset), so a late packet never counts: network delay only makes the client look behind.
    // A client clock that runs ahead of the server's, as a speed hack's does, lowers the offset.
    const offset = now - clientTimeMs;
    const anchorOffset = this.#anchorServerMs - this.#anchorClientMs;
    if (Number.isNaN(anchorOffset) || offset >= anchorOffset - this.#tolerances.clockDriftMs) {
      if (Number.isNaN(anchorOffset) || offset < anchorOffset) this.#anchor(clientTimeMs, now);
      return undefined;
    }
    const clientElapsed = clientTimeMs - this.#anchorClientMs;
    const serverElapsed = now - this.#anchorServerMs;
    // Measured afresh from here: a clock that stepped once is reported once, one that keeps
    // running fast is reported each time it gains another tolerance.
    this.#anchor(clientTimeMs, now);
    return {
      name: 'clock_drift',
      sent: `client clock advanced ${clientElapsed} ms`,
      expected: `at most ${serverElapsed} ms (server clock) + ${this.#tolerances.clockDriftMs} ms`,
    };
  }

  #anchor(clientTimeMs: number, now: number): void {
    this.#anchorClientMs = clientTimeMs;
    this.#anchorServerMs = now;
  }
}
