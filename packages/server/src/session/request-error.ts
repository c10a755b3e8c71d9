/**
 * The error value a request handler raises when a request cannot be served. The session turns
 * it into an Error message for that request; the connection stays open.
 * @module
 */
import type { ErrorCode } from '@realmforge/protocol';

/** A request failed for a reason the client can act on. */
export class RequestError extends Error {
  /** The wire code the client receives. */
  readonly code: ErrorCode;

  /**
   * @param code - the wire error code
   * @param message - a human-readable explanation, safe to show a player
   */
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'RequestError';
    this.code = code;
  }
}
