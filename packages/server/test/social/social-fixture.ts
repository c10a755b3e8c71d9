/**
 * A small world (zones alpha and beta) with fake sessions and a settable clock, for the party
 * and guild unit tests.
 */
import assert from 'node:assert/strict';
import { decodeServerMessage, ErrorCode, serverPayload } from '@realmforge/protocol';
import type { ServerPayloadKind, ServerPayloads } from '@realmforge/protocol';
import { RequestError } from '../../src/session/request-error.ts';
import type { PushLink } from '../../src/social/push-link.ts';
import type { CharacterRecord } from '../../src/store/store.ts';
import type { PlayerEntity } from '../../src/world/player-entity.ts';
import { World } from '../../src/world/world.ts';
import { linkedZones } from '../helpers/test-maps.ts';

/** A session as the social services see it, recording its pushes. */
export class FakeLink implements PushLink {
  closed = false;
  readonly received: Uint8Array[] = [];

  deliverPush(bytes: Uint8Array): void {
    this.received.push(bytes);
  }

  /** The pushes of one kind, decoded, oldest first. */
  pushes<K extends ServerPayloadKind>(kind: K): ServerPayloads[K][] {
    const found: ServerPayloads[K][] = [];
    for (const bytes of this.received) {
      const message = decodeServerMessage(bytes);
      assert.equal(message.requestId, 0, 'pushes have request id 0');
      const payload = serverPayload(message);
      if (payload?.kind === kind) found.push(payload.value as ServerPayloads[K]);
    }
    return found;
  }

  /** The latest push of one kind. */
  last<K extends ServerPayloadKind>(kind: K): ServerPayloads[K] | undefined {
    return this.pushes(kind).at(-1);
  }

  /** Forgets what was received. */
  clear(): void {
    this.received.length = 0;
  }
}

/** A character in the world with its session. */
export interface Member {
  readonly player: PlayerEntity;
  readonly link: FakeLink;
}

/** A world with players and their fake sessions. */
export class SocialWorld {
  readonly world = new World(linkedZones(), { tickRateHz: 20, viewRadius: 50, hysteresis: 5, cellSize: 10, seed: 1, startZone: 'alpha' });
  /** Character id → its session; absent while "dropped". */
  readonly links = new Map<string, FakeLink>();
  now = 1_700_000_000_000;
  readonly lookup = (player: PlayerEntity): PushLink | undefined => this.links.get(player.id);
  readonly clock = (): number => this.now;
  #next = 0;

  /** Puts a connected character in the world (as `record` would be stored). */
  add(name: string, overrides: Partial<CharacterRecord> = {}): Member {
    this.#next++;
    const record: CharacterRecord = {
      id: `C${String(this.#next).padStart(3, '0')}`,
      accountId: `A${this.#next}`,
      name,
      classId: 1,
      level: 1,
      experience: 0,
      zone: 'alpha',
      x: 10 + this.#next,
      y: 20,
      hitPoints: 100,
      maxHitPoints: 120,
      resource: -1,
      cooldowns: {},
      createdAt: 0,
      ...overrides,
    };
    const link = new FakeLink();
    this.links.set(record.id, link);
    const player = this.world.enter(record, undefined);
    return { player, link };
  }
}

/** A decoded message as a plain object with every field, defaults included (nested messages too). */
export function plain(message: object): Record<string, unknown> {
  const type = message.constructor as unknown as { toObject(m: object, options: object): Record<string, unknown> };
  return type.toObject(message, { defaults: true });
}

/** The code and message of the RequestError that fn throws (or its promise rejects with). */
export async function refusal(fn: () => unknown): Promise<{ code: ErrorCode; message: string }> {
  try {
    await fn();
  } catch (error) {
    assert.ok(error instanceof RequestError, String(error));
    return { code: error.code, message: error.message };
  }
  throw new Error('expected a refusal');
}

/** Asserts that fn is refused with `code`. */
export async function refused(fn: () => unknown, code: ErrorCode): Promise<void> {
  const { code: actual, message } = await refusal(fn);
  assert.equal(ErrorCode[actual], ErrorCode[code], message);
}
