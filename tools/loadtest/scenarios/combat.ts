/**
 * combat: players who fight. Bots are dealt the classes in turn (warrior, mage, ranger). Each
 * looks for the nearest living NPC it sees (and, in a pvp zone, other players); with none in
 * view it walks toward the nearest NPC spawner of its zone's map. It selects its foe, turns on
 * the weapon swing, closes to its swing range and uses its class skills as they come off
 * cooldown (one every second at most, as a player's global cooldown would allow), and when it
 * dies it releases its spirit and starts over from the graveyard. Measured: every combat
 * request to its direct reply (`combat → reply`), and each instant damaging skill to the first
 * damage or miss event of it seen in a world frame (`skill → damage seen`); kills and deaths
 * are counted. The bots read their world frames with the wire sight (tools/bots/world-sight.ts).
 * @module
 */
import { ServerError } from '@realmforge/client/node';
import { CharacterClass, ErrorCode, v1 } from '@realmforge/protocol';
import type { BotPlay, Point } from '../../bots/behaviour.ts';
import type { SeenEntity } from '../../bots/world-sight.ts';
import type { Scenario } from '../scenario.ts';
import { FIGHTING_CLASSES, kitOf } from './combat-kit.ts';
import type { CombatKit, KitSkill } from './combat-kit.ts';
import { nearest, ZONES } from './zone-guide.ts';

/** Wire values of the entity kinds and combat events a fighter reacts to. */
const NPC: number = v1.EntityKind.ENTITY_KIND_NPC;
const PLAYER: number = v1.EntityKind.ENTITY_KIND_PLAYER;
const DEATH: number = v1.CombatEventKind.COMBAT_EVENT_KIND_DEATH;
const DAMAGE: number = v1.CombatEventKind.COMBAT_EVENT_KIND_DAMAGE;
const MISS: number = v1.CombatEventKind.COMBAT_EVENT_KIND_MISS;

/**
 * How often a bot looks and decides, ms on average: a player's reaction time. Jittered by
 * ±20%: a fixed pause after each reply (which comes just after a tick) would lock the bots'
 * requests to just after the next ticks, and every reply would wait a whole tick.
 */
const THINK_MS = 250;
/** Least time between two skills, ms (a global cooldown). */
const SKILL_GAP_MS = 1000;
/** Least time between two walking inputs toward the same goal, ms. */
const STEER_MS = 500;
/** A walk that has not brought the bot 1 m nearer its goal in this time is stuck, ms. */
const STUCK_MS = 3000;
/** How long a detour around an obstacle lasts, ms. */
const DETOUR_MS = 1500;
/** How long an instant skill's effect is awaited before it is forgotten, ms. */
const EFFECT_WAIT_MS = 5000;
/** Share of the swing range the bot closes to (the target moves). */
const CLOSE_IN = 0.7;

/** The label of every combat request's reply latency. */
export const COMBAT_REPLY = 'combat → reply';
/** The label of an instant skill's latency to its first damage or miss event. */
export const SKILL_EFFECT = 'skill → damage seen';

/**
 * Refusals that are part of a fight: the foe died, ran off or the bot was not ready. A foe whose
 * corpse vanished between the look and the request is an invalid target.
 */
const FIGHT_REFUSALS: readonly ErrorCode[] = [
  ErrorCode.ERROR_CODE_COMBAT_ON_COOLDOWN, ErrorCode.ERROR_CODE_COMBAT_OUT_OF_RANGE, ErrorCode.ERROR_CODE_COMBAT_NO_LINE_OF_SIGHT,
  ErrorCode.ERROR_CODE_COMBAT_NOT_ENOUGH_RESOURCE, ErrorCode.ERROR_CODE_COMBAT_TARGET_DEAD, ErrorCode.ERROR_CODE_COMBAT_CASTER_DEAD,
  ErrorCode.ERROR_CODE_COMBAT_CASTER_STUNNED, ErrorCode.ERROR_CODE_COMBAT_ALREADY_CASTING, ErrorCode.ERROR_CODE_COMBAT_CASTER_MOVING,
  ErrorCode.ERROR_CODE_COMBAT_TARGET_NOT_FOUND, ErrorCode.ERROR_CODE_COMBAT_NOT_DEAD, ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET,
];

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The nearest living foe in view: an NPC, or in a pvp zone also another player. */
function nearestFoe(play: BotPlay, self: SeenEntity): SeenEntity | undefined {
  const pvp = ZONES.get(play.sight.zone)?.pvp === true;
  const foes: SeenEntity[] = [];
  for (const entity of play.sight.entities.values()) {
    if (entity.dead || entity === self) continue;
    if (entity.kind === NPC || (pvp && entity.kind === PLAYER)) foes.push(entity);
  }
  return nearest(foes, self);
}

/** One fighter's mind: its foe, where it walks, its cooldowns and the effects it waits for. */
class Fighter {
  readonly #play: BotPlay;
  #foeId = 0;
  #goal: Point | undefined;
  #steeredAt = 0;
  /** The goal whose approach is being watched for getting stuck, and the best distance to it so far. */
  #progress = { goal: { x: Infinity, y: Infinity } as Point, at: 0, distance: Infinity };
  #detourUntil = 0;
  #nextSkillAt = 0;
  readonly #readyAt = new Map<number, number>();
  /** Instant damaging skills sent, by skill id: when, and at whom (0: anyone in the area). */
  readonly #awaited = new Map<number, { sentAt: number; targetId: number }>();

  constructor(play: BotPlay) {
    this.#play = play;
    play.sight.onCombatEvent = (event) => {
      const selfId = play.sight.selfId;
      if (event.kind === DEATH) {
        if (event.targetId === selfId) play.count('deaths');
        else if (event.sourceId === selfId) play.count('kills');
        return;
      }
      if (event.sourceId !== selfId || (event.kind !== DAMAGE && event.kind !== MISS)) return;
      const awaited = this.#awaited.get(event.skillId);
      if (awaited === undefined || (awaited.targetId !== 0 && awaited.targetId !== event.targetId)) return;
      this.#awaited.delete(event.skillId);
      play.record(SKILL_EFFECT, (performance.now() - awaited.sentAt) * 1000);
    };
  }

  /** One look and decision. */
  async think(): Promise<void> {
    const play = this.#play;
    const self = play.sight.self;
    if (self === undefined) return;
    if (self.dead) {
      await this.#rise();
      return;
    }
    const now = performance.now();
    for (const [skillId, awaited] of this.#awaited) if (now - awaited.sentAt > EFFECT_WAIT_MS) this.#awaited.delete(skillId);
    let foe = play.sight.entities.get(this.#foeId);
    if (foe === undefined || foe.dead) {
      foe = nearestFoe(play, self);
      this.#foeId = 0;
      if (foe !== undefined && !(await this.#engage(foe))) return;
    }
    if (foe === undefined) {
      const spawner = nearest(ZONES.get(play.sight.zone)?.spawners ?? [], self);
      if (spawner !== undefined) this.#walkTo(self, spawner, now);
      return;
    }
    const kit = kitOf(self.classId);
    const apart = distance(self, foe);
    if (apart > kit.swingRange) {
      const closeIn = (kit.swingRange * CLOSE_IN) / apart;
      this.#walkTo(self, { x: foe.x + (self.x - foe.x) * closeIn, y: foe.y + (self.y - foe.y) * closeIn }, now);
      return;
    }
    if (this.#goal !== undefined) {
      // Standing still: casts with a cast time cannot start while walking.
      play.move(0, 0);
      this.#goal = undefined;
    }
    const skill = now >= this.#nextSkillAt ? this.#usable(kit, self, apart, now) : undefined;
    if (skill !== undefined) await this.#use(skill, self);
  }

  async #rise(): Promise<void> {
    const play = this.#play;
    this.#foeId = 0;
    this.#goal = undefined;
    await play.sleep(1000 + play.random() * 2000);
    const answer = await play.ask(COMBAT_REPLY, (client) => client.releaseSpirit(), FIGHT_REFUSALS);
    if (!(answer instanceof ServerError)) play.count('spirits released');
  }

  /** Selects the foe and turns the swing on; false when the server refused. */
  async #engage(foe: SeenEntity): Promise<boolean> {
    const play = this.#play;
    const selected = await play.ask(COMBAT_REPLY, (client) => client.selectTarget(foe.id), FIGHT_REFUSALS);
    if (selected instanceof ServerError) return false;
    const swinging = await play.ask(COMBAT_REPLY, (client) => client.setAutoAttack(true), FIGHT_REFUSALS);
    if (swinging instanceof ServerError) return false;
    this.#foeId = foe.id;
    return true;
  }

  /** The first skill that is off cooldown, affordable and in reach. */
  #usable(kit: CombatKit, self: SeenEntity, apart: number, now: number): KitSkill | undefined {
    return kit.skills.find((skill) => (this.#readyAt.get(skill.id) ?? 0) <= now && skill.cost <= self.resource
      && (skill.aim === 'self' || skill.aim === 'ally' || apart <= skill.reach));
  }

  async #use(skill: KitSkill, self: SeenEntity): Promise<void> {
    const play = this.#play;
    // Now, not when the look began: engaging a new foe may have waited for two replies since.
    const now = performance.now();
    // Helpful skills go on the bot itself; the others on the selected foe.
    const targetId = skill.aim === 'ally' ? self.id : 0;
    this.#nextSkillAt = now + Math.max(SKILL_GAP_MS, skill.castMs);
    // An instant skill's damage can reach the bot in the tick's frame before the reply does:
    // await it from the moment the request is sent.
    const instantHit = skill.castMs === 0 && skill.damages && skill.aim !== 'caster-area';
    if (instantHit) this.#awaited.set(skill.id, { sentAt: now, targetId: skill.aim === 'enemy' ? this.#foeId : 0 });
    const cast = await play.ask(COMBAT_REPLY, (client) => client.castSkill(skill.id, targetId), FIGHT_REFUSALS);
    if (cast instanceof ServerError) {
      this.#awaited.delete(skill.id);
      return;
    }
    this.#readyAt.set(skill.id, now + skill.cooldownMs + skill.castMs);
  }

  /** Walks toward `goal`, steering at most every {@link STEER_MS}, detouring when stuck. */
  #walkTo(self: SeenEntity, goal: Point, now: number): void {
    const play = this.#play;
    if (now < this.#detourUntil) return;
    const left = distance(self, goal);
    // A chased foe moves the goal a little at a time; a goal 5 m away from the watched one is a new one.
    if (distance(this.#progress.goal, goal) > 5 || left < this.#progress.distance - 1) this.#progress = { goal, at: now, distance: left };
    else if (now - this.#progress.at > STUCK_MS) {
      const heading = play.random() * 2 * Math.PI;
      play.move(Math.cos(heading), Math.sin(heading));
      this.#detourUntil = now + DETOUR_MS;
      this.#progress = { goal, at: now + DETOUR_MS, distance: Infinity };
      this.#goal = undefined;
      return;
    }
    const moved = this.#goal === undefined || distance(this.#goal, goal) > 1;
    if (!moved && now - this.#steeredAt < STEER_MS) return;
    play.moveTo(goal.x, goal.y);
    this.#goal = goal;
    this.#steeredAt = now;
  }
}

/** The combat scenario. */
export const combat: Scenario = {
  name: 'combat',
  summary: 'fight: find the nearest NPC (walking toward the nearest spawner until one is in view; other players too in a pvp zone), select it, swing, use class skills off cooldown, release spirit on death; replies and skill effects timed',
  characterClass: (index) => FIGHTING_CLASSES[index % FIGHTING_CLASSES.length] ?? CharacterClass.CHARACTER_CLASS_WARRIOR,
  watchesWorld: true,
  behaviour: async (play) => {
    const fighter = new Fighter(play);
    await play.sleep(play.random() * THINK_MS);
    while (!play.signal.aborted) {
      await fighter.think();
      await play.sleep(THINK_MS * (0.8 + 0.4 * play.random()));
    }
  },
};
