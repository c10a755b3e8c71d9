/**
 * The admin port's one secret: a bearer token, checked in constant time. Both sides are hashed
 * with SHA-256 first, so the comparison takes the same time whatever the lengths, and only the
 * digest is kept.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** A token that requests must present as `Authorization: Bearer <token>`. */
export class BearerToken {
  readonly #digest: Buffer;

  /** @param token - the secret */
  constructor(token: string) {
    this.#digest = digest(token);
  }

  /** True when the request's Authorization header carries the token. */
  admits(request: IncomingMessage): boolean {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match?.[1] === undefined) return false;
    return timingSafeEqual(digest(match[1]), this.#digest);
  }
}
