/**
 * The rules for the text of a chat message. Text is never interpreted (no markup, no
 * commands): what passes these rules is delivered exactly as accepted.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { RequestError } from '../session/request-error.ts';

/** The longest chat text, in UTF-16 code units after trimming (what a client's string length reports). */
export const MAX_CHAT_TEXT_LENGTH = 255;

/**
 * True for characters a chat line may not contain: the C0 controls (U+0000-U+001F, so also
 * tab and newline), DEL, the C1 controls (U+0080-U+009F), and the Unicode line and paragraph
 * separators. A chat message is one line; a client that wants paragraphs sends several.
 */
function isForbidden(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/**
 * The text as it will be delivered: trimmed of white space at both ends (so a trailing
 * newline is dropped), then checked.
 * @throws RequestError CHAT_TEXT_INVALID when the trimmed text is empty, longer than
 *   {@link MAX_CHAT_TEXT_LENGTH}, holds a control character, or is not well-formed UTF-16
 */
export function acceptChatText(raw: string): string {
  const text = raw.trim();
  if (text.length === 0) throw new RequestError(ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID, 'the message is empty');
  if (text.length > MAX_CHAT_TEXT_LENGTH) {
    throw new RequestError(ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID, `the message is ${text.length} characters long; at most ${MAX_CHAT_TEXT_LENGTH} are allowed`);
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isForbidden(code)) {
      throw new RequestError(ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID, `the message contains a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}) at position ${i}`);
    }
  }
  if (!text.isWellFormed()) throw new RequestError(ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID, 'the message is not well-formed Unicode');
  return text;
}
