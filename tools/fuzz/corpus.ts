/**
 * The regression corpus: inputs that once broke something, and hand-made nasty ones, kept as
 * text files in packages/server/test/fuzz-corpus/ and replayed by the fuzz test and by every
 * `npm run fuzz`. Each is checked against the decoder alone and against a real server.
 *
 * File format (`*.hex`): header lines starting with `#` carry a free-text note and these keys:
 *
 * ```
 * # state: world        handshake | guest | account | world: where the session is first brought
 * # transport: tcp      tcp: each case is raw stream bytes, framing included
 *                        ws: each case is WebSocket messages separated by spaces (hex; `text:...` for a text message)
 * # expect: fatal       fatal (the server closes with an Error) | answered (the session goes on) | any
 * # wait-for-ping: yes  wait for the server's first heartbeat ping before sending (nonce 1)
 * ```
 *
 * Every other non-empty line is one case, replayed in a session of its own. Whatever the
 * expectation, a case must never get STORAGE_UNAVAILABLE or INTERNAL, make the server log an
 * error, or close the connection without saying why.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeClientMessage, encodeFrame, ErrorCode } from '@realmforge/protocol';
import { checkBody, checkStream } from './decoder-fuzz.ts';
import { FuzzConnection, prepareSession } from './fuzz-connection.ts';
import type { FuzzState, FuzzTransport } from './fuzz-connection.ts';
import type { FuzzServer } from './fuzz-server.ts';
import { FuzzRandom } from './random.ts';

/** What a case must lead to. */
export type CorpusExpectation = 'fatal' | 'answered' | 'any';

/** One corpus case. */
export interface CorpusCase {
  /** File name. */
  readonly file: string;
  /** Line number in the file. */
  readonly line: number;
  /** The file's note. */
  readonly note: string;
  /** Starting state. */
  readonly state: FuzzState;
  /** Transport. */
  readonly transport: FuzzTransport;
  /** Expected outcome. */
  readonly expect: CorpusExpectation;
  /** Wait for the first heartbeat ping first. */
  readonly waitForPing: boolean;
  /** TCP: one entry, the raw stream. WebSocket: one entry per message (strings are text messages). */
  readonly parts: readonly (Uint8Array | string)[];
}

/** A corpus file that does not parse. */
export class CorpusError extends Error {
  /** @param message - what is wrong, with the file and line */
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}

const STATES = new Set<string>(['handshake', 'guest', 'account', 'world']);

function hexBytes(text: string, where: string): Uint8Array {
  if (!/^([0-9a-f]{2})*$/i.test(text)) throw new CorpusError(`${where}: not hex`);
  return Uint8Array.from(Buffer.from(text, 'hex'));
}

/** Reads every `*.hex` file of a directory. */
export function loadCorpus(dir: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.hex')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const header: Record<string, string> = {};
    const note: string[] = [];
    for (const [index, raw] of lines.entries()) {
      const line = raw.trim();
      const where = `${file}:${index + 1}`;
      if (line === '') continue;
      if (line.startsWith('#')) {
        const match = /^#\s*(state|transport|expect|wait-for-ping):\s*(\S+)\s*$/.exec(line);
        if (match?.[1] !== undefined && match[2] !== undefined) header[match[1]] = match[2];
        else note.push(line.replace(/^#\s?/, ''));
        continue;
      }
      const state = header.state ?? 'guest';
      const transport = header.transport ?? 'tcp';
      const expect = header.expect ?? 'any';
      if (!STATES.has(state)) throw new CorpusError(`${where}: state must be handshake, guest, account or world`);
      if (transport !== 'tcp' && transport !== 'ws') throw new CorpusError(`${where}: transport must be tcp or ws`);
      if (expect !== 'fatal' && expect !== 'answered' && expect !== 'any') throw new CorpusError(`${where}: expect must be fatal, answered or any`);
      const parts = transport === 'tcp'
        ? [hexBytes(line.replace(/\s+/g, ''), where)]
        : line.split(/\s+/).map((token) => (token.startsWith('text:') ? token.slice(5) : hexBytes(token, where)));
      cases.push({ file, line: index + 1, note: note.join(' '), state: state as FuzzState, transport, expect, waitForPing: header['wait-for-ping'] === 'yes', parts });
    }
  }
  return cases;
}

/** What replaying a case found wrong (empty when all is well). */
export interface CaseProblems {
  /** The case. */
  readonly where: string;
  /** How it ended: fatal, answered, stalled or closed. */
  readonly outcome: string;
  /** What is wrong. */
  readonly problems: string[];
}

/** Checks a case against the decoder alone: only ProtocolErrors may come out. */
export function decodeCase(testCase: CorpusCase, maxFrameBytes: number): string[] {
  const problems: string[] = [];
  const random = new FuzzRandom(testCase.line);
  for (const part of testCase.parts) {
    if (typeof part === 'string') continue;
    const checked = testCase.transport === 'tcp' ? checkStream(part, random, maxFrameBytes) : checkBody(part);
    if (!checked.ok) problems.push(`the decoder threw ${checked.error}`);
  }
  return problems;
}

let replayed = 0;

/** Replays a case against a server in a fresh session. */
export async function replayCase(target: FuzzServer, testCase: CorpusCase): Promise<CaseProblems> {
  const where = `${testCase.file}:${testCase.line}`;
  const problems = decodeCase(testCase, target.maxFrameBytes);
  const port = testCase.transport === 'tcp' ? target.ports.tcp : target.ports.http;
  const connection = await FuzzConnection.open(testCase.transport, '127.0.0.1', port);
  replayed++;
  const random = new FuzzRandom(replayed);
  try {
    await prepareSession(connection, testCase.state, { username: `corpus${process.pid}x${replayed}`, password: 'correct horse', registered: false }, random, []);
    if (testCase.waitForPing) await connection.waitFor((m) => m.ping != null && m.requestId === 0, 15_000);
    const mark = connection.count;
    for (const part of testCase.parts) {
      if (typeof part === 'string') connection.sendText(part);
      else connection.write(part);
    }
    const barrierId = 0xfff0_0000 + replayed;
    const barrier = encodeClientMessage({ requestId: barrierId, ping: { nonce: 7 } });
    connection.write(testCase.transport === 'tcp' ? encodeFrame(barrier) : barrier);
    const outcome = await connection.waitFor((m) => m.requestId === barrierId, 3_000, mark);
    const replies = connection.since(mark);
    const fatal = replies.some((m) => m.error?.fatal === true || m.disconnect != null) || /^WebSocket close (1002|1007|1009) /.test(connection.closeInfo);
    for (const reply of replies) {
      const code = reply.error?.code;
      if (code === ErrorCode.ERROR_CODE_STORAGE_UNAVAILABLE || code === ErrorCode.ERROR_CODE_INTERNAL) problems.push(`got ${ErrorCode[code]}: ${reply.error?.message ?? ''}`);
    }
    for (const bad of connection.undecodable) problems.push(`the server sent bytes that do not decode: ${bad}`);
    let ended: string;
    if (fatal) ended = 'fatal';
    else if (outcome === 'closed') {
      ended = 'closed';
      problems.push(`the connection closed without an Error or Disconnect (${connection.closeInfo})`);
    } else if (outcome === 'timeout') ended = 'stalled';
    else ended = 'answered';
    if (testCase.expect === 'fatal' && ended !== 'fatal') problems.push(`expected a fatal error, got ${ended}`);
    if (testCase.expect === 'answered' && ended !== 'answered') problems.push(`expected the session to go on, got ${ended}`);
    return { where, outcome: ended, problems };
  } catch (error) {
    return { where, outcome: 'setup failed', problems: [...problems, `could not replay: ${(error as Error).message}`] };
  } finally {
    connection.destroy();
  }
}

/** The corpus replay's result. */
export interface CorpusResult {
  /** Cases replayed. */
  cases: number;
  /** Outcomes by name. */
  outcomes: Record<string, number>;
  /** Cases with problems. */
  failures: CaseProblems[];
}

/** Replays every case, a few at a time. */
export async function replayCorpus(target: FuzzServer, cases: readonly CorpusCase[], parallel = 8): Promise<CorpusResult> {
  const result: CorpusResult = { cases: 0, outcomes: {}, failures: [] };
  let next = 0;
  const run = async (): Promise<void> => {
    for (let i = next++; i < cases.length; i = next++) {
      const testCase = cases[i];
      if (testCase === undefined) continue;
      const replay = await replayCase(target, testCase);
      result.cases++;
      result.outcomes[replay.outcome] = (result.outcomes[replay.outcome] ?? 0) + 1;
      if (replay.problems.length > 0) result.failures.push(replay);
    }
  };
  await Promise.all(Array.from({ length: parallel }, run));
  return result;
}
