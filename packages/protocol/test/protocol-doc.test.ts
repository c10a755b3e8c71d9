/**
 * Keeps docs/protocol.md honest: its byte-level examples must be what the codec produces, and
 * every message, field, enum value and error code of the schema must be documented.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  DEFAULT_MAX_FRAME_BYTES,
  encodeClientMessage,
  encodeFrame,
  encodeServerMessage,
  ErrorCode,
  PROTOCOL_VERSION,
} from '@realmforge/protocol';

const doc = readFileSync(new URL('../../../docs/protocol.md', import.meta.url), 'utf8');
const protoDir = new URL('../../../proto/realmforge/v1/', import.meta.url);

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/**
 * The bytes of the fenced block after `<!-- protocol-doc-test: name -->`: on each line, the
 * hex pairs before the `#` that starts the annotation.
 */
function documentedHex(name: string): string {
  const marker = `<!-- protocol-doc-test: ${name} -->`;
  const at = doc.indexOf(marker);
  assert.ok(at >= 0, `docs/protocol.md has no ${marker}`);
  const block = /^```text\n([\s\S]*?)^```/m.exec(doc.slice(at + marker.length));
  assert.ok(block?.[1] !== undefined, `no fenced text block after ${marker}`);
  const bytes: string[] = [];
  for (const line of block[1].split('\n')) {
    const data = line.split('#')[0]?.trim() ?? '';
    for (const token of data.split(/\s+/).filter((t) => t !== '')) {
      assert.match(token, /^[0-9a-f]{2}$/, `"${token}" in ${name} is not a lower-case hex byte`);
      bytes.push(token);
    }
  }
  return bytes.join('');
}

interface ProtoDefinition {
  kind: 'message' | 'enum';
  name: string;
  /** [number, name] of each field or enum value. */
  entries: [number, string][];
}

/** Top-level messages and enums of every .proto file, with their fields or values. */
function protoDefinitions(): ProtoDefinition[] {
  const definitions: ProtoDefinition[] = [];
  for (const file of readdirSync(protoDir).filter((f) => f.endsWith('.proto'))) {
    const text = readFileSync(new URL(file, protoDir), 'utf8').replace(/\/\/.*$/gm, '');
    for (const match of text.matchAll(/^(message|enum)\s+(\w+)\s*\{/gm)) {
      const [, kind, name] = match;
      if (kind === undefined || name === undefined) continue;
      let depth = 0;
      let end = match.index + match[0].length - 1;
      for (; end < text.length; end++) {
        if (text[end] === '{') depth++;
        if (text[end] === '}' && --depth === 0) break;
      }
      const body = text.slice(match.index + match[0].length, end);
      const pattern = kind === 'enum' ? /^\s*(\w+)\s*=\s*(\d+);/gm : /^\s*(?:repeated\s+)?[\w.]+\s+(\w+)\s*=\s*(\d+);/gm;
      const entries = [...body.matchAll(pattern)].map((m): [number, string] => [Number(m[2]), m[1] ?? '']);
      definitions.push({ kind: kind as 'message' | 'enum', name, entries });
    }
  }
  return definitions;
}

/** The text from a `### name` or `#### name` heading to the next heading. */
function section(name: string): string | undefined {
  const heading = new RegExp(`^#{3,4} ${name}$`, 'm').exec(doc);
  if (heading === null) return undefined;
  const rest = doc.slice(heading.index + heading[0].length);
  const next = /^#{1,4} /m.exec(rest);
  return next === null ? rest : rest.slice(0, next.index);
}

describe('docs/protocol.md', () => {
  it('shows the exact bytes of the framed ClientMessage{request_id: 1, hello}', () => {
    const frame = encodeFrame(encodeClientMessage({ requestId: 1, hello: { protocolVersion: 1, clientName: 'demo' } }));
    assert.equal(documentedHex('client-hello'), hex(frame));
    assert.equal(documentedHex('client-hello'), '0c080152080801120464656d6f');
  });

  it('shows the exact bytes of the framed ServerMessage{request_id: 1, welcome}', () => {
    const frame = encodeFrame(
      encodeServerMessage({
        requestId: 1,
        welcome: { protocolVersion: 1, tickRateHz: 20, serverName: 'Realmforge', heartbeatIntervalMs: 5000, idleTimeoutMs: 30_000 },
      }),
    );
    assert.equal(documentedHex('server-welcome'), hex(frame));
  });

  it('shows the WebSocket form of the Hello: the same bytes without the length prefix', () => {
    const written = /the 12-byte binary message `([0-9a-f ]+)`/.exec(doc)?.[1];
    assert.ok(written !== undefined);
    const body = encodeClientMessage({ requestId: 1, hello: { protocolVersion: 1, clientName: 'demo' } });
    assert.equal(body.length, 12);
    assert.equal(written.replaceAll(' ', ''), hex(body));
  });

  it('states the protocol version and frame limit the code uses', () => {
    assert.ok(doc.includes(`Protocol version: **${PROTOCOL_VERSION}**`));
    assert.equal(DEFAULT_MAX_FRAME_BYTES, 65_536);
    assert.ok(doc.includes('**65 536 bytes**'));
  });

  it('has a section for every message and enum of the schema, listing every field and value', () => {
    const definitions = protoDefinitions();
    assert.ok(definitions.length >= 25, `found only ${definitions.length} definitions`);
    for (const { kind, name, entries } of definitions) {
      const text = section(name);
      assert.ok(text !== undefined, `docs/protocol.md has no "### ${name}" or "#### ${name}" section for ${kind} ${name}`);
      if (entries.length === 0) assert.match(text, /No fields\./, `${name} has no fields; say so`);
      for (const [number, field] of entries) {
        const row = new RegExp(`^\\| ${number} \\| \`${field}\` \\|`, 'm');
        assert.match(text, row, `${kind} ${name}: no table row "| ${number} | \`${field}\` |"`);
      }
    }
  });

  it('lists every ErrorCode the generated code knows, with its number', () => {
    const table = section('ErrorCode') ?? '';
    const codes = Object.entries(ErrorCode).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
    assert.ok(codes.length >= 30);
    for (const [name, number] of codes) {
      assert.match(table, new RegExp(`^\\| ${number} \\| \`${name}\` \\| (yes|no|–) \\|`, 'm'), name);
    }
  });
});
