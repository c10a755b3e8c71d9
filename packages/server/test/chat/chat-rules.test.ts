import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ErrorCode } from '@realmforge/protocol';
import { acceptChatText, MAX_CHAT_TEXT_LENGTH } from '../../src/chat/chat-text.ts';
import { TokenBuckets } from '../../src/chat/token-buckets.ts';
import { RequestError } from '../../src/session/request-error.ts';

function textError(raw: string): string {
  try {
    acceptChatText(raw);
  } catch (error) {
    assert.ok(error instanceof RequestError);
    assert.equal(error.code, ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID);
    return error.message;
  }
  throw new Error(`${JSON.stringify(raw)} was accepted`);
}

describe('chat text', () => {
  it('is trimmed at both ends, including a trailing newline, and otherwise delivered as written', () => {
    assert.equal(acceptChatText('  hello there \n'), 'hello there');
    assert.equal(acceptChatText('\t<b>bold?</b> &amp; [link](x) %s {0}'), '<b>bold?</b> &amp; [link](x) %s {0}');
    assert.equal(acceptChatText('Grüße, 你好 🐉'), 'Grüße, 你好 🐉');
  });

  it('must be 1-255 UTF-16 code units after trimming', () => {
    assert.match(textError(''), /empty/);
    assert.match(textError(' \n\t  '), /empty/);
    assert.equal(acceptChatText('x'), 'x');
    assert.equal(acceptChatText('a'.repeat(MAX_CHAT_TEXT_LENGTH)).length, 255);
    assert.equal(acceptChatText(`   ${'a'.repeat(255)}   `).length, 255);
    assert.match(textError('a'.repeat(256)), /256 characters long; at most 255/);
    // An emoji outside the BMP is two code units: 127 of them fit, 128 do not.
    assert.equal(acceptChatText('🐉'.repeat(127)).length, 254);
    assert.match(textError('🐉'.repeat(128)), /256 characters/);
  });

  it('refuses C0 controls (tab and newline inside included), DEL, C1 controls and line separators', () => {
    for (const code of [0x00, 0x07, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0x2028, 0x2029]) {
      const message = textError(`ab${String.fromCharCode(code)}cd`);
      assert.match(message, new RegExp(`U\\+${code.toString(16).toUpperCase().padStart(4, '0')}\\) at position 2`));
    }
    assert.equal(acceptChatText('a\u00a0b'), 'a\u00a0b', 'no-break space is not a control');
  });

  it('refuses lone surrogates', () => {
    assert.match(textError('ab\ud800cd'), /well-formed/);
  });

  it('accepts exactly the strings the rules describe (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const trimmed = raw.trim();
        let control = false;
        for (const code of Array.from(trimmed, (ch) => ch.codePointAt(0) ?? 0)) {
          control ||= code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
        }
        const ok = trimmed.length >= 1 && trimmed.length <= 255 && !control && trimmed.isWellFormed();
        let accepted: string | undefined;
        try {
          accepted = acceptChatText(raw);
        } catch (error) {
          assert.ok(error instanceof RequestError && error.code === ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID);
        }
        assert.equal(accepted !== undefined, ok);
        if (accepted !== undefined) assert.equal(accepted, trimmed);
      }),
      { numRuns: 300 },
    );
  });
});

describe('token buckets', () => {
  it('allow a burst, then one action per refill interval, with the wait reported', () => {
    const buckets = new TokenBuckets(5, 1);
    for (let i = 0; i < 5; i++) assert.equal(buckets.take('a', 1000), 0);
    assert.equal(buckets.take('a', 1000), 1000);
    assert.equal(buckets.take('a', 1400), 600);
    assert.equal(buckets.take('a', 2000), 0);
    assert.equal(buckets.take('a', 2000), 1000);
    // A long pause refills up to the burst, never beyond.
    for (let i = 0; i < 5; i++) assert.equal(buckets.take('a', 100_000), 0);
    assert.ok(buckets.take('a', 100_000) > 0);
  });

  it('keep keys apart', () => {
    const buckets = new TokenBuckets(1, 1);
    assert.equal(buckets.take('a', 0), 0);
    assert.ok(buckets.take('a', 0) > 0);
    assert.equal(buckets.take('b', 0), 0);
  });

  it('refill nothing when the clock goes backwards', () => {
    const buckets = new TokenBuckets(1, 1);
    assert.equal(buckets.take('a', 10_000), 0);
    assert.ok(buckets.take('a', 5_000) > 0);
    assert.ok(buckets.take('a', 10_500) > 0);
    assert.equal(buckets.take('a', 11_000), 0);
  });

  it('support rates below one per second', () => {
    const buckets = new TokenBuckets(1, 0.1);
    assert.equal(buckets.take('a', 0), 0);
    assert.equal(buckets.take('a', 0), 10_000);
    assert.equal(buckets.take('a', 10_000), 0);
  });

  it('forget full buckets, so memory follows recent activity, not every key ever seen', () => {
    const buckets = new TokenBuckets(2, 1);
    for (let i = 0; i < 20_000; i++) {
      assert.equal(buckets.take(`k${i}`, i * 10), 0);
      assert.ok(buckets.size <= 1024 + 1, `size ${buckets.size} at ${i}`);
    }
    // A swept key starts again from a full bucket; one still refilling keeps its state.
    const recent = new TokenBuckets(1, 0.001);
    assert.equal(recent.take('busy', 0), 0);
    for (let i = 0; i < 3000; i++) recent.take(`k${i}`, 1);
    assert.ok(recent.take('busy', 2) > 0, 'a bucket that was not full survived the sweeps');
  });

  it('refuse nonsensical settings', () => {
    assert.throws(() => new TokenBuckets(0, 1), RangeError);
    assert.throws(() => new TokenBuckets(1, 0), RangeError);
    assert.throws(() => new TokenBuckets(1, Number.POSITIVE_INFINITY), RangeError);
    assert.throws(() => new TokenBuckets(Number.NaN, 1), RangeError);
  });
});
