/**
 * The error value every protocol layer raises for bad input.
 * @module
 */
import { ErrorCode } from './schema.ts';

/**
 * Bad input from the other side, with the stable code to report on the wire. Framing and
 * decoding raise it; the session turns it into an Error message and closes the connection.
 */
export class ProtocolError extends Error {
  /** The code sent to the peer. */
  readonly code: ErrorCode;

  /**
   * @param code - the wire error code
   * @param message - a human-readable explanation, safe to send to the peer
   */
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ProtocolError';
    this.code = code;
  }
}

/** True when the value is a {@link ProtocolError}. */
export function isProtocolError(value: unknown): value is ProtocolError {
  return value instanceof ProtocolError;
}

export { ErrorCode };
