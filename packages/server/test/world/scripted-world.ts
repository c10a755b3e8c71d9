/**
 * Helpers for the replication properties driven by random scripts (catch-up ticks, replication
 * cohorts): clients that decode every frame into a mirror, players that join, walk, get hurt and
 * leave as a script says, catch-up flags a clock could produce, and a close fight whose combat
 * events each client logs.
 * @module
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WorldMirror } from '@realmforge/client';
import type { MirroredCombatEvent } from '@realmforge/client';
import { CharacterClass, decodeServerMessage, serverPayload } from '@realmforge/protocol';
import type { ServerPayloads } from '@realmforge/protocol';
import { CombatSystem } from '../../src/world/combat/combat-system.ts';
import type { CombatRequest } from '../../src/world/combat/combat-system.ts';
import type { PlayerEntity, PlayerSpec } from '../../src/world/player-entity.ts';
import { movementSystem } from '../../src/world/systems/movement.ts';
import { MAX_TICKS_PER_TURN } from '../../src/world/world-clock.ts';
import type { World } from '../../src/world/world.ts';
import { Zone } from '../../src/world/zone.ts';
import { characterRecord } from '../helpers/test-characters.ts';
import { openZone } from '../helpers/test-maps.ts';
import { content } from './combat/combat-fixture.ts';

/** Catch-up flags as a clock could run them: never a whole turn's worth in a row. */
export function clockLike(flags: readonly boolean[]): boolean[] {
  let run = 0;
  return flags.map((catchUp) => {
    run = catchUp && run < MAX_TICKS_PER_TURN - 1 ? run + 1 : 0;
    return run > 0;
  });
}

/**
 * A client: its frames decoded into a mirror as they arrive, each first shown to `inspect` (with
 * the mirror as it was before the frame) when given.
 */
export function mirrored(inspect?: (frame: ServerPayloads['worldFrame'], mirror: WorldMirror) => void): { mirror: WorldMirror; sink: { deliverFrame: (bytes: Uint8Array) => void } } {
  const mirror = new WorldMirror();
  return {
    mirror,
    sink: {
      deliverFrame: (bytes) => {
        const payload = serverPayload(decodeServerMessage(bytes));
        assert.ok(payload?.kind === 'worldFrame');
        inspect?.(payload.value, mirror);
        mirror.apply(payload.value);
      },
    },
  };
}

/** A stored warrior's spec for test player `n`. */
export function spec(n: number): PlayerSpec {
  return {
    characterId: `C${n}`, accountId: `A${n}`, name: `P${n}`, classId: CharacterClass.CHARACTER_CLASS_WARRIOR,
    level: 1, experience: 0, hitPoints: 100, maxHitPoints: 100, speed: 5,
  };
}

/** What a script step does to the players: who moves which way, whether it is hurt, and churn (0: it leaves, 1: someone joins). */
export interface PlayerStep {
  readonly who: number;
  readonly dx: number;
  readonly dy: number;
  readonly hurt: boolean;
  readonly churn: number;
}

/** Players in world "alpha" driven by a script, each with a mirroring client. */
export class ScriptedPlayers {
  /** Every player in the world, with its client's mirror. */
  readonly live = new Map<PlayerEntity, WorldMirror>();
  readonly #world: World;
  readonly #inspect: ((frame: ServerPayloads['worldFrame'], mirror: WorldMirror) => void) | undefined;
  #joined = 0;
  #sequence = 0;

  /**
   * @param world - a world with zone "alpha"
   * @param inspect - shown every frame before the mirror applies it (see {@link mirrored})
   */
  constructor(world: World, inspect?: (frame: ServerPayloads['worldFrame'], mirror: WorldMirror) => void) {
    this.#world = world;
    this.#inspect = inspect;
  }

  /** A new player enters at a spot of its own. */
  join(): void {
    const n = this.#joined++;
    const { mirror, sink } = mirrored(this.#inspect);
    this.live.set(this.#world.enter(characterRecord(n, 'alpha', 6 + ((n * 13) % 80), 6 + ((n * 29) % 80)), sink), mirror);
  }

  /** Applies a script step before a tick: a move input, hurt, a departure or an arrival. */
  act(step: PlayerStep): void {
    const players = [...this.live.keys()];
    const p = players[step.who % players.length];
    if (p !== undefined) {
      this.#move(p, step.dx, step.dy);
      if (step.hurt) p.setHitPoints(p.hitPoints - 7);
      if (step.churn === 0 && this.live.size > 2) {
        this.#world.leave(p.id);
        this.live.delete(p);
      }
    }
    if (step.churn === 1) this.join();
  }

  /** Every player stops. */
  stopAll(): void {
    for (const player of this.live.keys()) this.#move(player, 0, 0);
  }

  #move(player: PlayerEntity, dx: number, dy: number): void {
    this.#world.queueInput(player, { sequence: ++this.#sequence, directionX: dx, directionY: dy, targetX: Number.NaN, targetY: Number.NaN });
  }
}

/** A fighter's random combat request: cast a skill of its class at someone, select a target, or swing. */
export function combatAction(fighters: number): fc.Arbitrary<{ who: number; cast: number; at: number } | { who: number; select: number } | { who: number; swing: boolean }> {
  const who = fc.integer({ min: 0, max: fighters - 1 });
  return fc.oneof(
    fc.record({ who, cast: fc.integer({ min: 0, max: 4 }), at: who }),
    fc.record({ who, select: who }),
    fc.record({ who, swing: fc.boolean() }),
  );
}

/** A fight among players standing close together (always in each other's view), each with a mirroring client. */
export class CloseFight {
  readonly combat = new CombatSystem(content);
  readonly zone: Zone;
  readonly fighters: PlayerEntity[];
  readonly mirrors: WorldMirror[];

  /**
   * Builds the zone, replicates a first tick (a player can target only what it was shown),
   * then has each fighter pick the next as its target and swing, for a second tick.
   * @param count - how many fighters (warriors, mages and rangers in turn)
   */
  constructor(count: number) {
    const classes = [CharacterClass.CHARACTER_CLASS_WARRIOR, CharacterClass.CHARACTER_CLASS_MAGE, CharacterClass.CHARACTER_CLASS_RANGER];
    this.zone = new Zone(openZone('z', { pvp: true }), { tickRateHz: 20, viewRadius: 30, hysteresis: 4, cellSize: 10, seed: 3, systems: [movementSystem, this.combat] });
    this.fighters = Array.from({ length: count }, (_, n) => this.zone.addPlayer({ ...spec(n), classId: classes[n % 3] ?? CharacterClass.CHARACTER_CLASS_WARRIOR }, 20 + n * 1.5, 20 + n));
    this.mirrors = this.fighters.map((fighter) => {
      const { mirror, sink } = mirrored();
      fighter.sink = sink;
      return mirror;
    });
    this.zone.step();
    this.fighters.forEach((fighter, n) => {
      void this.combat.request(this.zone, fighter, { kind: 'target', entity: this.fighters[(n + 1) % count]?.handle ?? 0 });
      void this.combat.request(this.zone, fighter, { kind: 'autoAttack', enabled: true });
    });
    this.zone.step();
  }

  /** Queues a fighter's request, as {@link combatAction} drew it. */
  request(action: { who: number; cast: number; at: number } | { who: number; select: number } | { who: number; swing: boolean }): void {
    const player = this.fighters[action.who];
    if (player === undefined) return;
    const target = (n: number): number => this.fighters[n]?.handle ?? 0;
    const request: CombatRequest = 'cast' in action
      ? { kind: 'cast', skill: [...(content.classes.get(player.classId)?.skills.keys() ?? [])][action.cast] ?? 0, target: target(action.at) }
      : 'select' in action ? { kind: 'target', entity: target(action.select) } : { kind: 'autoAttack', enabled: action.swing };
    void this.combat.request(this.zone, player, request);
  }

  /** Hands the last tick's frames to the fighters' clients. */
  deliver(): void {
    for (const frame of this.zone.outbox) frame.player.sink?.deliverFrame(frame.bytes, frame.player.ackSequence, frame.reset);
  }
}

/**
 * What a client heard happen to one entity, in order (a frame lists one entity's events together,
 * so across entities a frame of several ticks orders them differently).
 */
export function heard(log: readonly MirroredCombatEvent[], target: number): string[] {
  return log.filter((e) => e.targetId === target).map((e) => `${e.kind}:${e.sourceId}:${e.amount}:${e.skillId}:${e.auraId}`);
}
