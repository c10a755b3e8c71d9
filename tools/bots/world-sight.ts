/**
 * What a bot sees of the world, read straight off the wire: for every entity in view its kind,
 * position, hit points, class resource and whether it is dead, the bot's own entity and zone,
 * and the combat events of each frame. A walk over the protobuf bytes of each WorldFrame
 * (like the frame skim, tools/bots/frame-skim.ts), reading only those fields: bots that fight
 * need to find and follow their targets, and decoding every entity of every frame with the SDK
 * would make the load generator, not the server, the limit.
 * @module
 */
import { worldFrameRange } from './frame-skim.ts';
import protobuf from 'protobufjs/minimal.js';

/** Wire units per metre of positions (1/16 m). */
const UNITS_PER_METRE = 16;
const utf8 = new TextDecoder();

// WorldFrame fields.
const RESET = 3;
const ZONE = 4;
const SELF = 5;
const ENTERS = 6;
const UPDATES = 7;
const LEAVES = 8;
const EVENTS = 9;
// EntityEnter fields.
const ENTER_ID = 1;
const ENTER_KIND = 2;
const ENTER_X = 4;
const ENTER_Y = 5;
const ENTER_HIT_POINTS = 6;
const ENTER_CLASS = 8;
const ENTER_RESOURCE = 10;
const ENTER_DEAD = 16;
// EntityUpdate fields.
const UPDATE_ID = 1;
const UPDATE_X = 2;
const UPDATE_Y = 3;
const UPDATE_HIT_POINTS = 4;
const UPDATE_RESOURCE = 7;
const UPDATE_DEAD = 13;
// CombatEvent fields.
const EVENT_KIND = 1;
const EVENT_SOURCE = 2;
const EVENT_TARGET = 3;
const EVENT_AMOUNT = 4;
const EVENT_SKILL = 5;

/** An entity in view as the bot knows it. */
export interface SeenEntity {
  /** Zone-local entity id. */
  readonly id: number;
  /** EntityKind wire value (1 player, 2 NPC). */
  kind: number;
  /** East, metres. */
  x: number;
  /** South, metres. */
  y: number;
  /** CharacterClass wire value (players; 0 for NPCs). */
  classId: number;
  /** Hit points now. */
  hitPoints: number;
  /** Class resource now (rage, mana, focus). */
  resource: number;
  /** Whether it is dead. */
  dead: boolean;
}

/** A combat event of a frame (CombatEvent's fields the bots use). */
export interface SeenCombatEvent {
  /** CombatEventKind wire value. */
  readonly kind: number;
  /** Who caused it; 0 when nobody. */
  readonly sourceId: number;
  /** Who it happened to. */
  readonly targetId: number;
  /** Hit points, experience or the new level, by kind. */
  readonly amount: number;
  /** The skill; 0 for a weapon swing or an aura's pulse. */
  readonly skillId: number;
}

/** One bot's view of its zone, kept up to date by {@link WorldSight.read}. */
export class WorldSight {
  /** Every entity in view, by id (the bot's own character included). */
  readonly entities = new Map<number, SeenEntity>();
  /** The zone the bot is in ('' before the first frame). */
  zone = '';
  /** The bot's own entity id (0 before the first frame). */
  selfId = 0;
  /** Called with each combat event, after the frame's entity changes are applied. */
  onCombatEvent: ((event: SeenCombatEvent) => void) | undefined;

  /** The bot's own character, when in view (always, once in the world). */
  get self(): SeenEntity | undefined {
    return this.entities.get(this.selfId);
  }

  /**
   * Applies a ServerMessage body when it is a world frame (anything else is ignored): a reset
   * frame first forgets everything.
   * @throws RangeError on a truncated frame; Error (protobufjs) on one with an invalid wire type
   */
  read(body: Uint8Array): void {
    const range = worldFrameRange(body);
    if (range === undefined) return;
    const [start, end] = range;
    if (this.#isReset(body, start, end)) this.entities.clear();
    const events: SeenCombatEvent[] = [];
    const reader = protobuf.Reader.create(body);
    reader.pos = start;
    while (reader.pos < end) {
      const tag = reader.uint32();
      const field = Math.floor(tag / 8);
      const wireType = tag & 7;
      const afterTag = reader.pos;
      reader.skipType(wireType);
      const next = reader.pos;
      if (next > end) throw new RangeError('truncated field in a world frame');
      reader.pos = afterTag;
      if (wireType === 2) {
        const to = reader.uint32() + reader.pos;
        const from = reader.pos;
        if (field === ZONE) this.zone = utf8.decode(body.subarray(from, to));
        else if (field === ENTERS) this.#enter(reader, to);
        else if (field === UPDATES) this.#update(reader, to);
        else if (field === LEAVES) while (reader.pos < to) this.entities.delete(reader.uint32());
        else if (field === EVENTS) events.push(this.#event(reader, to));
      } else if (wireType === 0 && field === SELF) {
        this.selfId = reader.uint32();
      } else if (wireType === 0 && field === LEAVES) {
        this.entities.delete(reader.uint32());
      }
      reader.pos = next;
    }
    const listener = this.onCombatEvent;
    if (listener !== undefined) for (const event of events) listener(event);
  }

  #isReset(body: Uint8Array, start: number, end: number): boolean {
    const reader = protobuf.Reader.create(body);
    reader.pos = start;
    while (reader.pos < end) {
      const tag = reader.uint32();
      if (tag === RESET * 8) return reader.uint32() !== 0;
      reader.skipType(tag & 7);
    }
    return false;
  }

  #enter(reader: protobuf.Reader, to: number): void {
    const entity: SeenEntity = { id: 0, kind: 0, x: 0, y: 0, classId: 0, hitPoints: 0, resource: 0, dead: false };
    let id = 0;
    while (reader.pos < to) {
      const tag = reader.uint32();
      const field = Math.floor(tag / 8);
      if ((tag & 7) === 0) {
        const value = reader.uint32();
        if (field === ENTER_ID) id = value;
        else if (field === ENTER_KIND) entity.kind = value;
        else if (field === ENTER_X) entity.x = value / UNITS_PER_METRE;
        else if (field === ENTER_Y) entity.y = value / UNITS_PER_METRE;
        else if (field === ENTER_HIT_POINTS) entity.hitPoints = value;
        else if (field === ENTER_CLASS) entity.classId = value;
        else if (field === ENTER_RESOURCE) entity.resource = value;
        else if (field === ENTER_DEAD) entity.dead = value !== 0;
      } else {
        reader.skipType(tag & 7);
      }
    }
    this.entities.set(id, { ...entity, id });
  }

  #update(reader: protobuf.Reader, to: number): void {
    // Fields may come in any order: read them all, then apply (-1: absent, unchanged).
    let id = 0;
    let x = -1;
    let y = -1;
    let hitPoints = -1;
    let resource = -1;
    let dead = -1;
    while (reader.pos < to) {
      const tag = reader.uint32();
      const field = Math.floor(tag / 8);
      if ((tag & 7) === 0) {
        const value = reader.uint32();
        if (field === UPDATE_ID) id = value;
        else if (field === UPDATE_X) x = value;
        else if (field === UPDATE_Y) y = value;
        else if (field === UPDATE_HIT_POINTS) hitPoints = value;
        else if (field === UPDATE_RESOURCE) resource = value;
        else if (field === UPDATE_DEAD) dead = value;
      } else {
        reader.skipType(tag & 7);
      }
    }
    const entity = this.entities.get(id);
    if (entity === undefined) return;
    if (x >= 0) entity.x = x / UNITS_PER_METRE;
    if (y >= 0) entity.y = y / UNITS_PER_METRE;
    if (hitPoints >= 0) entity.hitPoints = hitPoints;
    if (resource >= 0) entity.resource = resource;
    if (dead >= 0) entity.dead = dead !== 0;
  }

  #event(reader: protobuf.Reader, to: number): SeenCombatEvent {
    let kind = 0;
    let sourceId = 0;
    let targetId = 0;
    let amount = 0;
    let skillId = 0;
    while (reader.pos < to) {
      const tag = reader.uint32();
      const field = Math.floor(tag / 8);
      if ((tag & 7) === 0) {
        const value = reader.uint32();
        if (field === EVENT_KIND) kind = value;
        else if (field === EVENT_SOURCE) sourceId = value;
        else if (field === EVENT_TARGET) targetId = value;
        else if (field === EVENT_AMOUNT) amount = value;
        else if (field === EVENT_SKILL) skillId = value;
      } else {
        reader.skipType(tag & 7);
      }
    }
    return { kind, sourceId, targetId, amount, skillId };
  }
}
