/**
 * Part (b): a real server over real sockets. Workers open sessions (TCP and WebSocket), bring
 * each to a random state with honest requests (handshake, guest, logged in, in the world),
 * then send rounds of mutated messages, each round followed by a valid ping as a barrier: the
 * session handles messages one at a time, so the barrier's pong means everything before it
 * was handled. A few honest sessions keep moving and pinging all along and must keep getting
 * answers. The server's log is watched for 'request failed' (an unexpected error escaped a
 * handler) and other errors.
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { connectTcp, GameClient } from '@realmforge/client/node';
import { encodeClientMessage, encodeFrame, ErrorCode } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import { codeName } from './decoder-fuzz.ts';
import { frameRound } from './framing.ts';
import { FuzzConnection, prepareSession, PrepareError } from './fuzz-connection.ts';
import type { FuzzAccount, FuzzState, FuzzTransport } from './fuzz-connection.ts';
import type { FuzzServer, LogEntry } from './fuzz-server.ts';
import { characterName, payloadFieldNumbers, validMessage } from './messages.ts';
import { mutate } from './mutate.ts';
import type { MutationEnv } from './mutate.ts';
import { FuzzRandom } from './random.ts';

/** Options of a server run. */
export interface ServerFuzzOptions {
  /** Mutated messages to send (the barriers and the honest set-up are not counted). */
  readonly inputs: number;
  /** Stop after this many seconds even if inputs remain. */
  readonly seconds: number;
  /** Seed. */
  readonly seed: number;
  /** Fuzzing sessions at once. */
  readonly workers: number;
  /** Honest sessions that keep playing. */
  readonly honest: number;
  /** Called every few seconds. */
  readonly onProgress?: (progress: { inputs: number; seconds: number; sessions: number }) => void;
}

/** Something that must not happen, with the inputs that made it happen. */
export interface ServerFinding {
  /** What happened. */
  readonly kind: 'unexpected-error-answer' | 'closed-without-error' | 'open-after-fatal' | 'unanswered' | 'undecodable-server-message';
  /** Details. */
  readonly detail: string;
  /** The session's state before the round. */
  readonly state: FuzzState;
  /** The transport. */
  readonly transport: FuzzTransport;
  /** The round's bytes, hex: the raw stream for TCP, one message per entry for WebSocket. */
  readonly hex: string[];
  /** The session's earlier rounds, oldest first (the last 5), as `hex` is. */
  readonly before?: string[][];
}

/** How rounds ended. */
export interface RoundOutcomes {
  /** The server closed the session with a fatal Error or a Disconnect (a protocol error, mostly). */
  fatal: number;
  /** At least one request got a non-fatal Error; the session went on. */
  requestError: number;
  /** Only proper answers came. */
  answered: number;
  /** Nothing but the barrier's pong (moves, pongs, duplicate payloads...). */
  silent: number;
  /** A frame declared more bytes than were sent, so nothing could answer (expected). */
  stalled: number;
  /** No answer although the framing was complete (a finding). */
  unanswered: number;
  /** The connection closed with no Error or Disconnect first (a finding). */
  closedWithoutError: number;
}

/** What a server run saw. */
export interface ServerFuzzResult {
  /** Mutated messages sent. */
  inputs: number;
  /** Rounds (batches followed by a barrier). */
  rounds: number;
  /** Sessions fuzzed. */
  sessions: number;
  /** Sessions whose honest set-up the server refused. */
  setupFailures: number;
  /**
   * Sessions the server told to close (a Disconnect or fatal Error) before a round was sent:
   * in the same write as the last set-up answer, mostly a sanction decided during an earlier
   * session of the worker's account that landed once the next session was logged in. No round
   * is sent to them, so none is blamed for their close.
   */
  toldToCloseBeforeARound: number;
  /** Seconds the fuzzing ran. */
  seconds: number;
  /** Round outcomes. */
  outcomes: RoundOutcomes;
  /** Error answers by code name. */
  errorCodes: Record<string, number>;
  /** Sessions by starting state. */
  states: Record<string, number>;
  /** Transports used, by sessions. */
  transports: Record<string, number>;
  /** Inputs by payload case (before mutation). */
  kinds: Record<string, number>;
  /** Uses of each mutator and frame mutation. */
  mutators: Record<string, number>;
  /** The honest sessions. */
  honest: { sessions: number; pings: number; moves: number; maxPingMs: number; failures: string[] };
  /** Process memory (the server and the fuzzer share it). */
  memory: MemoryReport;
  /** What the server logged. */
  logs: { requestFailed: number; requestFailedSamples: LogEntry[]; errors: LogEntry[]; warnings: Record<string, number> };
  /** Findings (the first 50). */
  findings: ServerFinding[];
  /** Sessions still connected once everything was closed (should be 0). */
  sessionsLeft: number;
}

/** Memory over the run. */
export interface MemoryReport {
  /** Whether samples were taken after a forced GC (run node with --expose-gc). */
  gcForced: boolean;
  /** Heap used after warm-up, MiB. */
  baselineHeapMiB: number;
  /** Heap used at the end, after every session closed, MiB. */
  endHeapMiB: number;
  /** end - baseline, MiB. */
  heapGrowthMiB: number;
  /** RSS after warm-up, MiB. */
  baselineRssMiB: number;
  /** RSS at the end, MiB. */
  endRssMiB: number;
  /** Highest RSS sampled, MiB. */
  maxRssMiB: number;
}

const STATES: readonly FuzzState[] = ['handshake', 'guest', 'guest', 'account', 'account', 'account', 'world', 'world', 'world', 'world'];
const BARRIER_BASE = 0xf000_0000;
/**
 * WebSocket close codes the `ws` library sends itself when a message breaks the WebSocket
 * protocol or the size limit (1002 protocol error, 1007 invalid data, 1009 too big): the
 * connection is refused at that layer, before the session could send an Error.
 */
const WS_REFUSALS = /^WebSocket close (1002|1007|1009) /;
const MiB = 1024 * 1024;
/** How long the server may take to close a session after telling it a fatal Error or Disconnect. */
const CLOSE_AFTER_FATAL_MS = 10_000;

function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

function memorySample(): { heap: number; rss: number; forced: boolean } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed / MiB, rss: usage.rss / MiB, forced: gc !== undefined };
}

const isPush = (m: ServerMessage): boolean => m.requestId === 0 && m.error == null && m.disconnect == null;
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Runs the server fuzzer against a started server. */
export async function runServerFuzz(target: FuzzServer, options: ServerFuzzOptions): Promise<ServerFuzzResult> {
  const root = new FuzzRandom(options.seed);
  const env: MutationEnv = { payloadFields: payloadFieldNumbers(target.kinds), maxBodyBytes: target.maxFrameBytes };
  const result: ServerFuzzResult = {
    inputs: 0, rounds: 0, sessions: 0, setupFailures: 0, toldToCloseBeforeARound: 0, seconds: 0,
    outcomes: { fatal: 0, requestError: 0, answered: 0, silent: 0, stalled: 0, unanswered: 0, closedWithoutError: 0 },
    errorCodes: {}, states: {}, transports: {}, kinds: {}, mutators: {},
    honest: { sessions: 0, pings: 0, moves: 0, maxPingMs: 0, failures: [] },
    memory: { gcForced: false, baselineHeapMiB: 0, endHeapMiB: 0, heapGrowthMiB: 0, baselineRssMiB: 0, endRssMiB: 0, maxRssMiB: 0 },
    logs: { requestFailed: 0, requestFailedSamples: [], errors: [], warnings: {} },
    findings: [],
    sessionsLeft: 0,
  };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const finished = (): boolean => result.inputs >= options.inputs || performance.now() >= deadline;
  const characterNames: string[] = [];
  let barrier = 0;
  const find = (finding: ServerFinding): void => {
    if (result.findings.length < 50) result.findings.push(finding);
  };

  // Memory: a baseline once warmed up, the peak RSS all along.
  let baseline: { heap: number; rss: number } | undefined;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss / MiB;
    result.memory.maxRssMiB = Math.max(result.memory.maxRssMiB, rss);
    const elapsed = performance.now() - started;
    if (baseline === undefined && (result.inputs >= options.inputs * 0.1 || elapsed >= Math.min(5_000, options.seconds * 200))) baseline = memorySample();
  }, 250);
  const progress = setInterval(() => {
    options.onProgress?.({ inputs: result.inputs, seconds: (performance.now() - started) / 1000, sessions: result.sessions });
  }, 5_000);

  // Honest players.
  const honestStop = new AbortController();
  const honestRuns = Array.from({ length: options.honest }, (_, i) => honestPlayer(target, root.fork(), i, result, honestStop.signal));

  const worker = async (random: FuzzRandom): Promise<void> => {
    let account = newAccount(random);
    while (!finished()) {
      const state = random.pick(STATES);
      const transport: FuzzTransport = random.chance(0.2) ? 'ws' : 'tcp';
      const port = transport === 'tcp' ? target.ports.tcp : target.ports.http;
      let connection: FuzzConnection;
      try {
        connection = await FuzzConnection.open(transport, '127.0.0.1', port);
      } catch (error) {
        result.setupFailures++;
        find({ kind: 'unanswered', detail: `cannot connect: ${(error as Error).message}`, state, transport, hex: [] });
        await sleep(100);
        continue;
      }
      let context;
      try {
        context = await prepareSession(connection, state, account, random, characterNames);
      } catch (error) {
        result.setupFailures++;
        // Fuzzed logins throttle the account and fuzzed deletes empty it: start afresh.
        if (error instanceof PrepareError) account = newAccount(random);
        connection.destroy();
        continue;
      }
      result.sessions++;
      const history: string[][] = [];
      bump(result.states, state);
      bump(result.transports, transport);
      // A Disconnect in the same write as the set-up's last answer came before the first
      // round's mark: that round would be blamed for a close that was announced.
      const told = connection.farewell;
      if (told !== undefined) {
        result.toldToCloseBeforeARound++;
        bump(result.errorCodes, farewellName(told.message));
        if (!(await closesWithin(connection, CLOSE_AFTER_FATAL_MS))) {
          find({ kind: 'open-after-fatal', detail: `the connection was still open ${CLOSE_AFTER_FATAL_MS} ms after a ${farewellName(told.message)} that came with the set-up`, state, transport, hex: [] });
        }
      }
      for (let round = 0; round < 200 && told === undefined && !connection.closed && !finished(); round++) {
        // A round: some valid messages (with extreme field values) first, then up to two
        // mutated ones last, so what a fatal mutant cuts off is at most the mutant after it.
        const bodies: Uint8Array[] = [];
        const valid = random.range(0, 8);
        const mutants = random.chance(0.3) ? random.range(1, 2) : 0;
        for (let i = 0; i < valid + mutants; i++) {
          const kind = random.pick(target.kinds);
          bump(result.kinds, kind);
          const requestId = random.chance(0.9) ? connection.nextRequestId() : random.pick([0, random.next()]);
          const body = validMessage(random, kind, context, requestId);
          if (i >= valid) {
            const mutated = mutate(body, random, env);
            for (const name of mutated.names) bump(result.mutators, name);
            bodies.push(mutated.bytes);
          } else {
            bump(result.mutators, 'none');
            bodies.push(body);
          }
        }
        if (bodies.length === 0) continue;
        result.inputs += bodies.length;
        result.rounds++;
        barrier++;
        const barrierId = BARRIER_BASE + barrier;
        const barrierBody = encodeClientMessage({ requestId: barrierId, ping: { nonce: barrier } });
        const mark = connection.count;
        let incomplete = false;
        let sent: string[];
        if (transport === 'tcp') {
          const framed = frameRound(bodies, random, target.maxFrameBytes, 0.08);
          for (const name of framed.names) bump(result.mutators, name);
          incomplete = framed.incomplete || framed.names.includes('length-prefix-short');
          const bytes = Buffer.concat([framed.bytes, encodeFrame(barrierBody)]);
          sent = [hex(bytes)];
          if (random.chance(0.1) && bytes.length < 4096) await connection.writeChunked(bytes, random);
          else connection.write(bytes);
        } else {
          sent = bodies.map(hex);
          for (const body of bodies) connection.write(body);
          if (random.chance(0.01)) {
            bump(result.mutators, 'ws-text-message');
            connection.sendText('{"hello":{}}');
          }
          connection.write(barrierBody);
        }
        const outcome = await connection.waitFor((m) => m.requestId === barrierId, incomplete ? 300 : 10_000, mark);
        const replies = connection.since(mark).filter((m) => m.requestId !== barrierId && !isPush(m));
        let fatal = false;
        let requestError = false;
        for (const reply of replies) {
          const error = reply.error ?? undefined;
          if (error != null) {
            const code = error.code ?? ErrorCode.ERROR_CODE_UNSPECIFIED;
            bump(result.errorCodes, codeName(code));
            if (error.fatal === true) fatal = true;
            else requestError = true;
            if (code === ErrorCode.ERROR_CODE_STORAGE_UNAVAILABLE || code === ErrorCode.ERROR_CODE_INTERNAL) {
              find({ kind: 'unexpected-error-answer', detail: `${codeName(code)}: ${error.message ?? ''}`, state, transport, hex: sent });
            }
          }
          if (reply.disconnect != null) {
            fatal = true;
            bump(result.errorCodes, farewellName(reply));
          }
        }
        for (const bad of connection.undecodable.splice(0)) find({ kind: 'undecodable-server-message', detail: bad, state, transport, hex: sent });
        const refusedByWebSocket = outcome === 'closed' && WS_REFUSALS.test(connection.closeInfo);
        if (refusedByWebSocket) bump(result.errorCodes, connection.closeInfo.trim());
        if (fatal || refusedByWebSocket) {
          result.outcomes.fatal++;
          // The server said it is closing the session: no more rounds. A sanction's Disconnect
          // can come in the same write as the barrier's Pong (the anti-cheat decided while the
          // round was handled), with the socket's close still on its way; a next round would
          // then be blamed for a close that was announced.
          if (!(await closesWithin(connection, CLOSE_AFTER_FATAL_MS))) {
            find({ kind: 'open-after-fatal', detail: `the connection was still open ${CLOSE_AFTER_FATAL_MS} ms after a fatal Error or Disconnect`, state, transport, hex: sent, before: history.slice(-5) });
          }
          break;
        } else if (outcome === 'closed') {
          result.outcomes.closedWithoutError++;
          find({ kind: 'closed-without-error', detail: `the connection closed without an Error or Disconnect (${connection.closeInfo})`, state, transport, hex: sent, before: history.slice(-5) });
        } else if (outcome === 'timeout') {
          if (incomplete) result.outcomes.stalled++;
          else {
            result.outcomes.unanswered++;
            find({ kind: 'unanswered', detail: 'the barrier ping got no answer in 10 s', state, transport, hex: sent });
          }
          break;
        } else if (requestError) result.outcomes.requestError++;
        else if (replies.length > 0) result.outcomes.answered++;
        else result.outcomes.silent++;
        history.push(sent);
      }
      connection.destroy();
      await connection.done;
    }
  };
  await Promise.all(Array.from({ length: options.workers }, () => worker(root.fork())));
  result.seconds = (performance.now() - started) / 1000;
  honestStop.abort();
  await Promise.all(honestRuns);
  clearInterval(progress);
  clearInterval(sampler);

  // Let dropped characters' grace periods run out, then measure what is left.
  await sleep(target.server.config.resumeGraceMs + 1_000);
  const end = memorySample();
  baseline ??= end;
  result.memory = {
    gcForced: end.forced,
    baselineHeapMiB: round1(baseline.heap),
    endHeapMiB: round1(end.heap),
    heapGrowthMiB: round1(end.heap - baseline.heap),
    baselineRssMiB: round1(baseline.rss),
    endRssMiB: round1(end.rss),
    maxRssMiB: round1(Math.max(result.memory.maxRssMiB, end.rss)),
  };
  result.sessionsLeft = target.server.sessionCount;
  result.logs = {
    requestFailed: target.logs.requestFailedCount,
    requestFailedSamples: target.logs.requestFailed.slice(0, 10),
    errors: target.logs.errors.slice(0, 10),
    warnings: { ...target.logs.warnings },
  };
  return result;
}

/** How a Disconnect or fatal Error is counted in {@link ServerFuzzResult.errorCodes}. */
function farewellName(message: ServerMessage): string {
  if (message.disconnect != null) return `disconnect ${codeName(message.disconnect.reason ?? 0)}`;
  return codeName(message.error?.code ?? ErrorCode.ERROR_CODE_UNSPECIFIED);
}

/** True when the connection closes within `ms`. */
function closesWithin(connection: FuzzConnection, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(false);
    }, ms);
    void connection.done.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

let accounts = 0;

function newAccount(random: FuzzRandom): FuzzAccount {
  accounts++;
  return { username: `fz${process.pid}x${accounts}x${random.int(1_000_000)}`.slice(0, 32), password: `pw-${random.next()}-${random.next()}`, registered: false };
}

/** An honest player: in the world, moving every 100 ms and pinging every 250 ms until told to stop. */
async function honestPlayer(target: FuzzServer, random: FuzzRandom, index: number, result: ServerFuzzResult, signal: AbortSignal): Promise<void> {
  const failures = result.honest.failures;
  const stopped = (): boolean => signal.aborted;
  let client: GameClient;
  try {
    client = new GameClient(await connectTcp('127.0.0.1', target.ports.tcp));
    await client.hello();
    const username = `honest${process.pid}x${index}x${random.int(1_000_000)}`;
    await client.register(username, 'correct horse');
    await client.login(username, 'correct horse');
    const created = await client.createCharacter(characterName(random));
    await client.enterWorld(created.character?.id ?? '');
  } catch (error) {
    failures.push(`honest ${index} could not start: ${(error as Error).message}`);
    return;
  }
  result.honest.sessions++;
  const connection = { closed: false };
  void client.closed.then((reason) => {
    connection.closed = true;
    if (!stopped()) failures.push(`honest ${index} was disconnected: ${reason?.message ?? 'connection closed'}`);
  });
  let tick = 0;
  while (!stopped() && !connection.closed) {
    tick++;
    client.move(random.float() * 2 - 1, random.float() * 2 - 1);
    result.honest.moves++;
    if (tick % 3 === 0) {
      const timeout = sleep(10_000, 'timeout' as const);
      const answered = await Promise.race([client.ping().catch((error: unknown) => error as Error), timeout]);
      if (answered === 'timeout') failures.push(`honest ${index}: a ping got no answer in 10 s`);
      else if (answered instanceof Error) {
        if (!stopped()) failures.push(`honest ${index}: ping failed: ${answered.message}`);
      } else {
        result.honest.pings++;
        result.honest.maxPingMs = Math.max(result.honest.maxPingMs, Math.round(answered));
      }
    } else await sleep(100);
    if (failures.length > 20) break;
  }
  client.close();
  await client.closed;
}
