/**
 * Part (a): the decoder on its own. Valid messages of every payload case, mutated, go through
 * `decodeClientMessage` (and `clientPayload` when it decodes); mutated streams go through
 * `FrameDecoder` in random chunks. Anything thrown that is not a ProtocolError is a finding.
 * @module
 */
import { clientPayload, decodeClientMessage, ErrorCode, FrameDecoder, isProtocolError } from '@realmforge/protocol';
import { frameRound } from './framing.ts';
import type { FuzzContext } from './messages.ts';
import { validMessage } from './messages.ts';
import { mutate } from './mutate.ts';
import type { MutationEnv } from './mutate.ts';
import { FuzzRandom } from './random.ts';

/** Options of a decoder run. */
export interface DecoderFuzzOptions {
  /** Inputs to try. */
  readonly inputs: number;
  /** Stop after this many seconds even if inputs remain. */
  readonly seconds: number;
  /** Seed. */
  readonly seed: number;
  /** Payload cases to generate. */
  readonly kinds: readonly string[];
  /** Mutation environment. */
  readonly env: MutationEnv;
}

/** A decoder input that threw something other than a ProtocolError. */
export interface DecoderFinding {
  /** What threw. */
  readonly error: string;
  /** The input, hex. */
  readonly hex: string;
  /** 'message' (a body for decodeClientMessage) or 'stream' (bytes for FrameDecoder). */
  readonly input: 'message' | 'stream';
}

/** What a decoder run saw. */
export interface DecoderFuzzResult {
  /** Inputs tried. */
  inputs: number;
  /** Seconds taken. */
  seconds: number;
  /** Inputs that decoded to a message with a payload. */
  decoded: number;
  /** ProtocolErrors by code name. */
  protocolErrors: Record<string, number>;
  /** Uses of each mutator. */
  mutators: Record<string, number>;
  /** Inputs that threw anything else (must stay empty). */
  findings: DecoderFinding[];
}

const CONTEXT: FuzzContext = {
  username: 'fuzzer',
  password: 'correct horse',
  characterIds: ['01HF0000000000000000000000'],
  resumeToken: 'dGhpcyBpcyBub3QgYSB0b2tlbg',
  characterNames: ['Somebody'],
  sequence: 0,
};

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** An ErrorCode's name (its number when this build does not know it). */
export function codeName(code: number): string {
  return (ErrorCode as unknown as Record<number, string | undefined>)[code] ?? String(code);
}

/** Checks one body: decoding may only succeed or throw a ProtocolError. Returns what happened. */
export function checkBody(body: Uint8Array): { ok: true; decoded: boolean; code?: ErrorCode } | { ok: false; error: string } {
  try {
    const message = decodeClientMessage(body);
    clientPayload(message);
    return { ok: true, decoded: true };
  } catch (error) {
    if (isProtocolError(error)) return { ok: true, decoded: false, code: error.code };
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Checks a stream: framing (in random chunks) may only throw ProtocolError, and every frame is checked as a body. */
export function checkStream(bytes: Uint8Array, random: FuzzRandom, maxFrameBytes: number): { ok: true; codes: ErrorCode[] } | { ok: false; error: string } {
  const decoder = new FrameDecoder(maxFrameBytes);
  const codes: ErrorCode[] = [];
  try {
    let at = 0;
    while (at < bytes.length) {
      const size = random.chance(0.5) ? bytes.length - at : random.range(1, 64);
      const frames: Uint8Array[] = [];
      const failure = decoder.decodeInto(bytes.subarray(at, at + size), frames);
      at += size;
      for (const frame of frames) {
        const checked = checkBody(frame);
        if (!checked.ok) return checked;
        if (checked.code !== undefined) codes.push(checked.code);
      }
      if (failure !== undefined) {
        codes.push(failure.code);
        return { ok: true, codes };
      }
    }
    decoder.end();
  } catch (error) {
    if (isProtocolError(error)) {
      codes.push(error.code);
      return { ok: true, codes };
    }
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  return { ok: true, codes };
}

/** Runs the decoder fuzzer. */
export function runDecoderFuzz(options: DecoderFuzzOptions): DecoderFuzzResult {
  const random = new FuzzRandom(options.seed);
  const result: DecoderFuzzResult = { inputs: 0, seconds: 0, decoded: 0, protocolErrors: {}, mutators: {}, findings: [] };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const count = (code: ErrorCode): void => {
    const name = codeName(code);
    result.protocolErrors[name] = (result.protocolErrors[name] ?? 0) + 1;
  };
  while (result.inputs < options.inputs && (result.inputs % 1024 !== 0 || performance.now() < deadline)) {
    const kind = random.pick(options.kinds);
    const valid = validMessage(random, kind, CONTEXT, random.next());
    const { bytes, names } = random.chance(0.9) ? mutate(valid, random, options.env) : { bytes: valid, names: ['none'] };
    for (const name of names) result.mutators[name] = (result.mutators[name] ?? 0) + 1;
    result.inputs++;
    if (random.chance(0.8)) {
      const checked = checkBody(bytes);
      if (!checked.ok) {
        if (result.findings.length < 50) result.findings.push({ error: checked.error, hex: hex(bytes), input: 'message' });
      } else if (checked.decoded) result.decoded++;
      else if (checked.code !== undefined) count(checked.code);
    } else {
      const stream = frameRound([bytes, validMessage(random, random.pick(options.kinds), CONTEXT, 1)], random, options.env.maxBodyBytes, 0.5).bytes;
      const checked = checkStream(stream, random, options.env.maxBodyBytes);
      if (!checked.ok) {
        if (result.findings.length < 50) result.findings.push({ error: checked.error, hex: hex(stream), input: 'stream' });
      } else for (const code of checked.codes) count(code);
    }
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
