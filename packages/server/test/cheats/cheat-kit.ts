/**
 * Shared pieces of the cheating-client tests: waiting for a condition, an honest player that
 * measures its own frames and acknowledgements while cheaters play beside it, and the audit
 * entries of an account.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GameClient } from '@realmforge/client/node';
import { CharacterClass } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import type { RealmforgeServer } from '@realmforge/server';
import type { AuditRecord } from '../../src/store/store.ts';
import { equip } from '../../src/world/combat/experience.ts';
import { Entity, EntityKinds } from '../../src/world/entity.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { uniqueCharacterName, uniqueName } from '../helpers/test-server.ts';
import { dummyProfile } from '../world/combat/combat-fixture.ts';

/** Polls until `check` is true, failing with `label` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, label: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${label}`);
    await sleep(10);
  }
}

/** The moderation API of a started server. */
export function moderationOf(server: RealmforgeServer): NonNullable<RealmforgeServer['moderation']> {
  const moderation = server.moderation;
  if (moderation === undefined) throw new Error('server not started');
  return moderation;
}

/** The account id behind a username. */
export async function accountIdOf(server: RealmforgeServer, username: string): Promise<string> {
  const account = await moderationOf(server).findAccount(username);
  if (account === undefined) throw new Error(`no account ${username}`);
  return account.id;
}

/** The account's audit entries, newest first. */
export function auditOf(server: RealmforgeServer, accountId: string): Promise<AuditRecord[]> {
  return moderationOf(server).recentAudit({ limit: 1000, accountId });
}

/** The account's `impossible_action` detections, newest first. */
export async function impossibleActionsOf(server: RealmforgeServer, accountId: string): Promise<AuditRecord[]> {
  return (await auditOf(server, accountId)).filter((entry) => entry.name === 'impossible_action');
}

/** Collects the SanctionNotice and Disconnect pushes a client receives. */
export function sanctionsSeen(client: GameClient): ServerMessage[] {
  const seen: ServerMessage[] = [];
  client.onPush((message) => {
    if (message.sanctionNotice != null || message.disconnect != null) seen.push(message);
  });
  return seen;
}

/** A player of a class in the world, with its account id, once its own entity and resource arrived. */
export async function heroInWorld(t: TestServer, characterClass: CharacterClass = CharacterClass.CHARACTER_CLASS_WARRIOR): Promise<{ client: GameClient; username: string; accountId: string; characterId: string; resumeToken: string }> {
  const client = await t.connect();
  const username = uniqueName('cheat');
  await client.register(username, 'correct horse');
  const { resumeToken } = await client.login(username, 'correct horse');
  const created = await client.createCharacter(uniqueCharacterName(), characterClass);
  const characterId = created.character?.id ?? '';
  await client.enterWorld(characterId);
  await until(() => client.world.self !== undefined && client.world.self.maxResource > 0, 'own character with its resource');
  return { client, username, accountId: await accountIdOf(t.server, username), characterId, resumeToken };
}

/** Puts a training dummy (an NPC that only stands there) into a zone of the running server. */
export function trainingDummy(server: RealmforgeServer, zoneId: string, x: number, y: number, hitPoints = 10_000): Entity {
  const zone = server.world?.zones.get(zoneId);
  if (zone === undefined) throw new Error(`no zone ${zoneId}`);
  const npc = zone.addEntity((handle) => new Entity(handle, { name: 'Training Dummy', kind: EntityKinds.npc, classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED, x, y, hitPoints, maxHitPoints: hitPoints, level: 1, speed: 0 }));
  equip(zone, npc, dummyProfile);
  return npc;
}

/** An honest player walking back and forth; records when frames came and how long each input took to be acknowledged. */
export class HonestPlayer {
  readonly frameTimes: number[] = [];
  readonly ackDelays: number[] = [];
  readonly #client: GameClient;
  #timer: NodeJS.Timeout | undefined;
  #pending: { sequence: number; at: number } | undefined;
  #east = true;

  /** @param client - a client already in the world */
  constructor(client: GameClient) {
    this.#client = client;
    client.onPush((message) => {
      if (message.worldFrame == null) return;
      const now = Date.now();
      this.frameTimes.push(now);
      if (this.#pending !== undefined && (message.worldFrame.ackSequence ?? 0) >= this.#pending.sequence) {
        this.ackDelays.push(now - this.#pending.at);
        this.#pending = undefined;
      }
    });
  }

  /** Starts walking: a new direction every 250 ms. */
  start(): void {
    this.#timer = setInterval(() => {
      this.#east = !this.#east;
      if (this.#pending === undefined) this.#pending = { sequence: this.#client.move(this.#east ? 1 : -1, 0), at: Date.now() };
    }, 250);
  }

  /** Stops walking and asserts play stayed normal: frames kept coming and inputs were acknowledged within a few ticks. */
  stopAndCheck(): void {
    clearInterval(this.#timer);
    assert.ok(this.frameTimes.length > 10, `frames kept coming (${this.frameTimes.length})`);
    const gaps = this.frameTimes.slice(1).map((t, i) => t - (this.frameTimes[i] ?? t));
    assert.ok(Math.max(...gaps) < 500, `no frame gap above 500 ms (max ${Math.max(...gaps)} ms)`);
    assert.ok(this.ackDelays.length >= 2, `inputs were acknowledged (${this.ackDelays.length})`);
    assert.ok(Math.max(...this.ackDelays) < 500, `acknowledged within 500 ms (max ${Math.max(...this.ackDelays)} ms)`);
  }
}
