/**
 * The one place that says which refusals are "impossible actions": error codes a client that
 * follows the game's state (what it was sent) does not provoke, such as acting in the world
 * while not in it, attacking while on cooldown or out of range, or using an item it does not
 * own. The session reports every such RequestError as an `impossible_action` detection, so a
 * feature gets the detection by throwing its code, without anti-cheat code of its own.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';

/** An inclusive range of ErrorCode numbers. */
interface CodeRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The codes, as ranges of the schema's numbering so codes added later inside a range count
 * without an edit here: combat's cooldown, range, line-of-sight and resource codes (800-829)
 * and economy's ownership and trade-state codes (900-949). Extend this list for new features.
 */
export const IMPOSSIBLE_ACTION_CODES: readonly CodeRange[] = [
  { from: ErrorCode.ERROR_CODE_NOT_IN_WORLD, to: ErrorCode.ERROR_CODE_NOT_IN_WORLD },
  { from: 800, to: 829 },
  { from: 900, to: 911 },
  // 912 (ECONOMY_BUSY) is the server's own load, not something the client did.
  { from: 913, to: 949 },
];

/** True when a refusal with this code counts as an impossible action. */
export function isImpossibleAction(code: number): boolean {
  for (const range of IMPOSSIBLE_ACTION_CODES) {
    if (code >= range.from && code <= range.to) return true;
  }
  return false;
}
