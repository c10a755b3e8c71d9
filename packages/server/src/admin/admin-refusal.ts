/**
 * An admin API request that is refused: the HTTP status, a stable code for scripts and a
 * message for people. The routes answer it as `{error: code, message}`.
 * @module
 */

/** A refused admin request. */
export class AdminRefusal extends Error {
  /** HTTP status: 400 bad input, 404 unknown target, 413/415 unusable body. */
  readonly status: number;
  /** Stable code, e.g. `player_not_found`. */
  readonly code: string;

  /**
   * @param status - HTTP status
   * @param code - stable code
   * @param message - what is wrong, for people
   */
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'AdminRefusal';
    this.status = status;
    this.code = code;
  }
}
