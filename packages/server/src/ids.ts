/**
 * Globally unique ids. ULIDs (128 bits: 48-bit time, 80 random bits) are unique across
 * processes and servers without coordination and sort by creation time.
 * @module
 */
import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

/** A new globally unique id, e.g. `01JD3ZK4M8W1Q9T5Y7C2B6N0PX`. */
export function newId(): string {
  return next();
}
