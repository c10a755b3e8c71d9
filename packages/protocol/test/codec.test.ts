import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ClientMessage,
  clientPayload,
  decodeClientMessage,
  decodeServerMessage,
  encodeClientMessage,
  encodeServerMessage,
  ErrorCode,
  isProtocolError,
  ProtocolError,
  ServerMessage,
  serverPayload,
} from '@realmforge/protocol';
import type { ClientMessageInit, ServerMessageInit } from '@realmforge/protocol';
import {
  anyClientMessage,
  anyServerMessage,
  clientExamples,
  clientKinds,
  clientMessageArbitrary,
  plainClient,
  plainServer,
  schemaOneofCases,
  serverExamples,
  serverKinds,
  serverMessageArbitrary,
  thrownBy,
} from './arbitraries.ts';

const { ERROR_CODE_MALFORMED_MESSAGE: MALFORMED, ERROR_CODE_UNKNOWN_MESSAGE: UNKNOWN } = ErrorCode;

/** The code of the ProtocolError fn throws; fails on any other outcome. */
function protocolErrorCode(fn: () => unknown): ErrorCode {
  const error = thrownBy(fn);
  assert.ok(error instanceof ProtocolError, `expected a ProtocolError, got ${String(error)}`);
  return error.code;
}

/**
 * Decodes bytes that may be anything and checks the decoder's contract: a message with a
 * payload this build knows, which re-encodes to the same message, or a ProtocolError with
 * a decoding code. Never any other outcome.
 */
function checkClientDecode(bytes: Uint8Array): void {
  let message: ClientMessage;
  try {
    message = decodeClientMessage(bytes);
  } catch (error) {
    assert.ok(isProtocolError(error), `decoder threw a non-ProtocolError: ${String(error)}`);
    assert.ok(error.code === MALFORMED || error.code === UNKNOWN, `unexpected code ${error.code}`);
    return;
  }
  const payload = clientPayload(message);
  assert.ok(payload !== undefined, 'a decoded message has a known payload');
  assert.equal(payload.kind, message.payload);
  assert.deepEqual(plainClient(decodeClientMessage(encodeClientMessage(message))), plainClient(message));
}

/** {@link checkClientDecode} for ServerMessage. */
function checkServerDecode(bytes: Uint8Array): void {
  let message: ServerMessage;
  try {
    message = decodeServerMessage(bytes);
  } catch (error) {
    assert.ok(isProtocolError(error), `decoder threw a non-ProtocolError: ${String(error)}`);
    assert.ok(error.code === MALFORMED || error.code === UNKNOWN, `unexpected code ${error.code}`);
    return;
  }
  const payload = serverPayload(message);
  assert.ok(payload !== undefined, 'a decoded message has a known payload');
  assert.equal(payload.kind, message.payload);
  assert.deepEqual(plainServer(decodeServerMessage(encodeServerMessage(message))), plainServer(message));
}

describe('the tests cover the schema', () => {
  it('has an example and an arbitrary for every ClientMessage payload case in messages.proto', () => {
    const cases = [...schemaOneofCases('ClientMessage').keys()].sort();
    assert.ok(cases.length >= 11);
    assert.deepEqual([...clientKinds].sort(), cases);
    assert.deepEqual(Object.keys(clientExamples).sort(), cases);
  });

  it('has an example and an arbitrary for every ServerMessage payload case in messages.proto', () => {
    const cases = [...schemaOneofCases('ServerMessage').keys()].sort();
    assert.ok(cases.length >= 12);
    assert.deepEqual([...serverKinds].sort(), cases);
    assert.deepEqual(Object.keys(serverExamples).sort(), cases);
  });
});

describe('ClientMessage round trip', () => {
  for (const kind of clientKinds) {
    it(`${kind}: the example decodes to what was encoded`, () => {
      const sent = clientExamples[kind];
      const received = decodeClientMessage(encodeClientMessage(sent));
      assert.equal(received.payload, kind);
      assert.equal(received.requestId, sent.requestId ?? 0);
      assert.deepEqual(plainClient(received), plainClient(sent));
    });

    it(`${kind}: any value decodes to what was encoded`, () => {
      fc.assert(
        fc.property(clientMessageArbitrary(kind), (sent: ClientMessageInit) => {
          const received = decodeClientMessage(encodeClientMessage(sent));
          assert.equal(received.payload, kind);
          assert.deepEqual(plainClient(received), plainClient(sent));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('keeps the field values themselves, not only their shape', () => {
    const hello = decodeClientMessage(encodeClientMessage(clientExamples.hello));
    assert.equal(hello.requestId, 1);
    assert.equal(hello.hello?.protocolVersion, 1);
    assert.equal(hello.hello.clientName, 'demo');
    const ping = decodeClientMessage(encodeClientMessage({ requestId: 0xffff_ffff, ping: { nonce: 0xffff_ffff, sentAtMs: -0, payload: new Uint8Array([0, 255]) } }));
    assert.equal(ping.requestId, 0xffff_ffff);
    assert.equal(ping.ping?.nonce, 0xffff_ffff);
    assert.ok(Object.is(ping.ping.sentAtMs, -0), '-0 is not the default and must survive');
    assert.deepEqual([...(ping.ping.payload ?? [])], [0, 255]);
  });
});

describe('ServerMessage round trip', () => {
  for (const kind of serverKinds) {
    it(`${kind}: the example decodes to what was encoded`, () => {
      const sent = serverExamples[kind];
      const received = decodeServerMessage(encodeServerMessage(sent));
      assert.equal(received.payload, kind);
      assert.equal(received.requestId, sent.requestId ?? 0);
      assert.deepEqual(plainServer(received), plainServer(sent));
    });

    it(`${kind}: any value decodes to what was encoded`, () => {
      fc.assert(
        fc.property(serverMessageArbitrary(kind), (sent: ServerMessageInit) => {
          const received = decodeServerMessage(encodeServerMessage(sent));
          assert.equal(received.payload, kind);
          assert.deepEqual(plainServer(received), plainServer(sent));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('keeps nested messages and repeated fields', () => {
    const list = decodeServerMessage(encodeServerMessage(serverExamples.characterList));
    const characters = list.characterList?.characters ?? [];
    assert.equal(characters.length, 2);
    assert.equal(characters[0]?.name, 'Aelwyn');
    assert.equal(characters[0].position?.y, -3.25);
    assert.equal(characters[1]?.name, 'Brin');
    assert.equal(characters[1].level, 1);
    const error = decodeServerMessage(encodeServerMessage(serverExamples.error));
    assert.equal(error.error?.code, ErrorCode.ERROR_CODE_USERNAME_TAKEN);
    assert.equal(error.error.fatal, false);
  });

  it('keeps explicit presence: an EntityUpdate field set to 0 stays set, an absent one stays absent', () => {
    const frame = decodeServerMessage(encodeServerMessage(serverExamples.worldFrame)).worldFrame;
    const [moved, hurt] = frame?.updates ?? [];
    assert.ok(moved !== undefined && hurt !== undefined);
    assert.ok(Object.hasOwn(moved, 'x') && moved.x === 0, 'x = 0 was sent and must be seen as sent');
    assert.equal(moved.y, 1024);
    assert.ok(!Object.hasOwn(moved, 'hitPoints'), 'hit_points was not sent');
    assert.ok(Object.hasOwn(hurt, 'hitPoints') && hurt.hitPoints === 0);
    assert.ok(!Object.hasOwn(hurt, 'x'));
    assert.deepEqual(frame?.leaves, [5, 6]);
  });
});

describe('decoding bad bytes', () => {
  it('rejects an empty message (zero-length body) as UNKNOWN_MESSAGE', () => {
    assert.equal(protocolErrorCode(() => decodeClientMessage(new Uint8Array(0))), UNKNOWN);
    assert.equal(protocolErrorCode(() => decodeServerMessage(new Uint8Array(0))), UNKNOWN);
  });

  it('rejects a message with only a request_id as UNKNOWN_MESSAGE', () => {
    assert.equal(protocolErrorCode(() => decodeClientMessage(new Uint8Array([0x08, 0x05]))), UNKNOWN);
  });

  it('rejects a oneof field number the schema does not know (field 199) as UNKNOWN_MESSAGE', () => {
    // Tag of field 199, wire type 0: (199 << 3) | 0 = 1592 = varint 0xb8 0x0c; then the value 1.
    const field199Varint = new Uint8Array([0x08, 0x01, 0xb8, 0x0c, 0x01]);
    assert.equal(protocolErrorCode(() => decodeClientMessage(field199Varint)), UNKNOWN);
    assert.equal(protocolErrorCode(() => decodeServerMessage(field199Varint)), UNKNOWN);
    // Field 199 as a length-delimited submessage, as a newer build would send a new case.
    const field199Message = new Uint8Array([0xba, 0x0c, 0x02, 0x08, 0x01]);
    assert.equal(protocolErrorCode(() => decodeClientMessage(field199Message)), UNKNOWN);
  });

  it('treats a known field number sent with the wrong wire type as unknown', () => {
    // Field 10 (hello) as a varint instead of a submessage.
    assert.equal(protocolErrorCode(() => decodeClientMessage(new Uint8Array([0x50, 0x01]))), UNKNOWN);
  });

  it('rejects a server-only case sent to the server as UNKNOWN_MESSAGE', () => {
    // ServerMessage field 2 (error) means nothing in a ClientMessage.
    const error = encodeServerMessage({ error: { code: ErrorCode.ERROR_CODE_INTERNAL } });
    assert.equal(protocolErrorCode(() => decodeClientMessage(error)), UNKNOWN);
  });

  it('rejects truncated messages as MALFORMED_MESSAGE', () => {
    const body = encodeClientMessage(clientExamples.register);
    for (let length = 1; length < body.length; length++) {
      const code = protocolErrorCode(() => decodeClientMessage(body.subarray(0, length)));
      assert.ok(code === MALFORMED || code === UNKNOWN, `prefix of ${length} bytes gave ${code}`);
    }
    // Cut inside the hello submessage: its declared length runs past the end.
    assert.equal(protocolErrorCode(() => decodeClientMessage(new Uint8Array([0x52, 0x08, 0x08, 0x01]))), MALFORMED);
    // Cut inside a varint.
    assert.equal(protocolErrorCode(() => decodeClientMessage(new Uint8Array([0x08, 0x80]))), MALFORMED);
  });

  it('rejects invalid wire types and over-long varints as MALFORMED_MESSAGE', () => {
    for (const wireType of [3, 4, 6, 7]) {
      const tag = (5 << 3) | wireType;
      assert.equal(protocolErrorCode(() => decodeClientMessage(new Uint8Array([tag, 0, 0, 0, 0, 0, 0, 0, 0]))), MALFORMED, `wire type ${wireType}`);
    }
    const elevenByteVarint = new Uint8Array([0x08, ...new Array<number>(10).fill(0xff), 0x01]);
    assert.equal(protocolErrorCode(() => decodeClientMessage(elevenByteVarint)), MALFORMED);
  });

  it('rejects deeply nested groups without overflowing the stack', () => {
    const depth = 100_000;
    const startGroup = (5 << 3) | 3;
    const bytes = new Uint8Array(depth).fill(startGroup);
    const code = protocolErrorCode(() => decodeClientMessage(bytes));
    assert.equal(code, MALFORMED);
  });

  it('lets the last of several payload cases win, as protobuf specifies for oneofs', () => {
    const hello = encodeClientMessage({ hello: { protocolVersion: 1 } });
    const ping = encodeClientMessage({ ping: { nonce: 5 } });
    const message = decodeClientMessage(Buffer.concat([hello, ping]));
    assert.equal(message.payload, 'ping');
    assert.equal(message.hello ?? undefined, undefined);
    assert.equal(clientPayload(message)?.kind, 'ping');
  });

  it('rejects invalid UTF-8 in a string field as MALFORMED_MESSAGE (proto3 strings are UTF-8)', () => {
    // hello.client_name = bytes ff fe, which are not UTF-8.
    assert.equal(protocolErrorCode(() => decodeClientMessage(new Uint8Array([0x52, 0x04, 0x12, 0x02, 0xff, 0xfe]))), MALFORMED);
    // The same bytes in a bytes field (ping.payload) are fine.
    const ping = decodeClientMessage(new Uint8Array([0x5a, 0x04, 0x1a, 0x02, 0xff, 0xfe]));
    assert.deepEqual([...(ping.ping?.payload ?? [])], [0xff, 0xfe]);
  });
});

describe('decoder properties', () => {
  const anyBytes = fc.oneof(
    fc.uint8Array({ maxLength: 64 }),
    // Bytes that start like a real message, so the decoder gets past the first tag.
    fc.tuple(fc.constantFrom(0x08, 0x12, 0x52, 0x5a, 0x62, 0xa2, 0xaa, 0xf2, 0x82), fc.uint8Array({ maxLength: 64 })).map(([tag, rest]) => Uint8Array.of(tag, ...rest)),
  );

  it('(a) for any byte string, decodeClientMessage returns a message or throws ProtocolError MALFORMED/UNKNOWN', () => {
    fc.assert(fc.property(anyBytes, checkClientDecode), { numRuns: 3000 });
  });

  it('(a) for any byte string, decodeServerMessage returns a message or throws ProtocolError MALFORMED/UNKNOWN', () => {
    fc.assert(fc.property(anyBytes, checkServerDecode), { numRuns: 3000 });
  });

  it('(c) mutated valid ClientMessages decode or throw ProtocolError, nothing else', () => {
    fc.assert(
      fc.property(anyClientMessage, fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (message, mutations) => {
        checkClientDecode(mutate(encodeClientMessage(message), mutations));
      }),
      { numRuns: 3000 },
    );
  });

  it('(c) mutated valid ServerMessages decode or throw ProtocolError, nothing else', () => {
    fc.assert(
      fc.property(anyServerMessage, fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (message, mutations) => {
        checkServerDecode(mutate(encodeServerMessage(message), mutations));
      }),
      { numRuns: 3000 },
    );
  });

  it('the mutations do reach both outcomes (the property is not vacuous)', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(anyClientMessage, fc.array(mutationArbitrary, { minLength: 1, maxLength: 2 }), (message, mutations) => {
        try {
          decodeClientMessage(mutate(encodeClientMessage(message), mutations));
          outcomes.add('ok');
        } catch (error) {
          if (isProtocolError(error)) outcomes.add(String(error.code));
        }
      }),
      { numRuns: 2000, seed: 1 },
    );
    assert.deepEqual([...outcomes].sort(), ['103', '104', 'ok']);
  });
});

/** One edit of an encoded message. Positions are taken modulo the length at the time. */
type Mutation =
  | { op: 'flip'; at: number; mask: number }
  | { op: 'set'; at: number; byte: number }
  | { op: 'insert'; at: number; byte: number }
  | { op: 'delete'; at: number }
  | { op: 'truncate'; at: number }
  | { op: 'bumpLength'; which: number; delta: number };

/** Bytes that mean something to a protobuf parser: continuation bits, wire types, 0. */
const interestingByte = fc.oneof(fc.constantFrom(0x00, 0x01, 0x7f, 0x80, 0xff, 0x0a, 0x0b, 0x0c, 0x0f, 0x52, 0x98), fc.integer({ min: 0, max: 255 }));

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), byte: interestingByte }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), byte: interestingByte }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('bumpLength' as const), which: fc.nat(), delta: fc.constantFrom(-2, -1, 1, 2, 64, 127) }),
);

function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = [...original];
  for (const m of mutations) {
    const n = bytes.length;
    switch (m.op) {
      case 'flip':
        if (n > 0) bytes[m.at % n] = (bytes[m.at % n] ?? 0) ^ m.mask;
        break;
      case 'set':
        if (n > 0) bytes[m.at % n] = m.byte;
        break;
      case 'insert':
        bytes.splice(m.at % (n + 1), 0, m.byte);
        break;
      case 'delete':
        if (n > 0) bytes.splice(m.at % n, 1);
        break;
      case 'truncate':
        bytes = bytes.slice(0, m.at % (n + 1));
        break;
      case 'bumpLength': {
        // Structure-aware: change the length prefix of a length-delimited field, so the
        // parser's idea of where submessages end disagrees with the bytes.
        const offsets = lengthPrefixOffsets(Uint8Array.from(bytes));
        const at = offsets[m.which % Math.max(offsets.length, 1)];
        if (at !== undefined) bytes[at] = ((bytes[at] ?? 0) + m.delta) & 0xff;
        break;
      }
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * Offsets of the length prefixes of every length-delimited field, walking into nested
 * messages where their bytes parse as messages. Stops quietly at anything malformed.
 */
function lengthPrefixOffsets(bytes: Uint8Array, start = 0, end = bytes.length, out: number[] = []): number[] {
  let pos = start;
  const varint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = pos < end ? bytes[pos++] : undefined;
      if (byte === undefined) return undefined;
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
    }
    return undefined;
  };
  while (pos < end) {
    const tag = varint();
    if (tag === undefined) return out;
    const wireType = tag % 8;
    if (wireType === 0) {
      if (varint() === undefined) return out;
    } else if (wireType === 1) {
      pos += 8;
    } else if (wireType === 5) {
      pos += 4;
    } else if (wireType === 2) {
      const lengthAt = pos;
      const length = varint();
      if (length === undefined || pos + length > end) return out;
      out.push(lengthAt);
      lengthPrefixOffsets(bytes, pos, pos + length, out);
      pos += length;
    } else {
      return out;
    }
  }
  return out;
}
