/**
 * A zone: one map, its entities, and a fixed-timestep tick. The zone is the unit of ownership:
 * exactly one thread steps it, and nothing outside touches its entities except through its
 * methods between ticks. Inside a tick it is a deterministic function of its state and the
 * queued inputs: no clocks, no I/O, randomness from its seeded generator.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Entity } from './entity.ts';
import { EntityHandles } from './entity-handles.ts';
import { InterestGrid } from './interest-grid.ts';
import { portalAt } from './map/zone-map.ts';
import type { ZoneMap, Portal } from './map/zone-map.ts';
import type { CombatRequest } from './combat/combat-system.ts';
import { PlayerEntity } from './player-entity.ts';
import { PlayerPriorities } from './player-priorities.ts';
import type { MoveIntent, PlayerSpec } from './player-entity.ts';
import { SeededRandom } from './random.ts';
import { CHANGE_HISTORY_TICKS, ChangeHistory } from './replication/change-history.ts';
import { SERVE_EVERYONE } from './replication/cohort-schedule.ts';
import type { ReplicationPlan } from './replication/cohort-schedule.ts';
import { FrameBuilder } from './replication/frame-builder.ts';
import type { ZoneSystem } from './systems/zone-system.ts';

/** Tunables of a zone. */
export interface ZoneOptions {
  /** Ticks per second. */
  readonly tickRateHz: number;
  /** Players see entities within this many metres. */
  readonly viewRadius: number;
  /** Extra metres before a visible entity leaves view (stops edge flicker). */
  readonly hysteresis: number;
  /** Interest grid cell size, metres. */
  readonly cellSize: number;
  /** Every how many ticks a moving player's view is recomputed (InterestOptions.period); 1 when omitted. */
  readonly interestPeriod?: number;
  /**
   * Most entities one player sees (InterestOptions.maxVisible); 0 or omitted: no cap. A player
   * whose view the cap cuts keeps its target, its attackers and its party first (PlayerPriorities).
   */
  readonly viewCap?: number;
  /** Seed of the zone's random generator. */
  readonly seed: number;
  /** Systems run each tick, in order. */
  readonly systems: readonly ZoneSystem[];
}

/** A player who walked into a portal this tick and must move to another zone. */
export interface Departure {
  /** The player. */
  readonly player: PlayerEntity;
  /** The portal it walked into. */
  readonly portal: Portal;
}

/** A recorded movement input: which player, at which tick, what. */
export interface RecordedMove {
  /** The tick at which the input was applied. */
  readonly tick: number;
  /** The player's handle. */
  readonly handle: number;
  /** The input. */
  readonly intent: MoveIntent;
}

/** A recorded combat request (target, cast, weapon swing, release), at the tick that resolved it. */
export interface RecordedCombat {
  /** The tick at which the request was resolved. */
  readonly tick: number;
  /** The player's handle. */
  readonly handle: number;
  /** The request. */
  readonly combat: CombatRequest;
}

/**
 * A recorded tick that left the views as the tick before left them: a catch-up tick (run without
 * replication, see {@link Zone.step}), or a replicated tick whose plan did not update them
 * (replication cohorts). Views decide what players may target and whether NPCs are watched, so a
 * replay runs the same ticks without replication.
 */
export interface RecordedCatchUp {
  /** The tick that did not update the views. */
  readonly tick: number;
  /** Marks the entry as a catch-up tick. */
  readonly catchUp: true;
}

/**
 * A recorded input. The log of them, in the order they were applied, is enough to replay a
 * zone exactly (see input-replay.ts).
 */
export type RecordedInput = RecordedMove | RecordedCombat | RecordedCatchUp;

/** A frame ready for a player's sink. */
export interface OutgoingFrame {
  /** Recipient. */
  readonly player: PlayerEntity;
  /** Encoded ServerMessage{world_frame}. */
  readonly bytes: Uint8Array;
  /**
   * True when the frame must not wait for the player's next one (FramePacer): it is a reset,
   * acknowledges a new input, or carries a change other than positions and view changes.
   */
  readonly urgent: boolean;
  /** True when the frame is a reset: the client forgets its view and takes this one's. */
  readonly reset: boolean;
}

/**
 * Takes a replicated tick's frames while the zone builds them: entries `from` (inclusive) to `to`
 * (exclusive) of the outbox, every `every` frames and once more for the rest (see
 * {@link Zone.step}). The entries are the outbox's own, read them before the tick ends.
 */
export interface FrameHandoff {
  /** Frames per hand-off (at least 1). */
  readonly every: number;
  /** Takes outbox entries `from` to `to` (exclusive). */
  readonly take: (outbox: readonly OutgoingFrame[], from: number, to: number) => void;
}

/** One zone of the world. */
export class Zone {
  /** The zone id (from the map). */
  readonly id: string;
  /** The static map. */
  readonly map: ZoneMap;
  /** Seconds per tick. */
  readonly dt: number;
  /** Spatial index and visibility. */
  readonly interest: InterestGrid;
  /** The zone's only source of randomness. */
  readonly random: SeededRandom;
  /** Players who walked into a portal in the last tick; the world moves them. */
  readonly departures: Departure[] = [];
  /**
   * Frames produced by the last tick (replaced when the next one builds its frames); the world
   * delivers them. The entries are reused by the next tick: read them before calling step()
   * again, and keep the bytes, not the entry.
   */
  readonly outbox: OutgoingFrame[] = [];
  /** Applied inputs, when recording (see {@link Zone.record}). */
  readonly inputLog: RecordedInput[] = [];
  /** What changed of each entity at each recent tick (recorded at every tick; replication reads it). */
  readonly changes = new ChangeHistory();
  readonly #options: ZoneOptions;
  readonly #entities = new Map<number, Entity>();
  /** The same entities indexed by handle, for the replication hot path. */
  readonly #byHandle: (Entity | undefined)[] = [];
  readonly #handles = new EntityHandles();
  readonly #players = new Map<number, PlayerEntity>();
  /**
   * The same entities and players as dense arrays in the same order, for the tick's own loops:
   * iterating a Map makes an iterator result per entry (garbage every tick, measured), an array
   * makes none. Rebuilt in place after a removal (appended to on insertion).
   */
  readonly #entityList: Entity[] = [];
  readonly #playerList: PlayerEntity[] = [];
  #listsStale = false;
  readonly #frames: FrameBuilder;
  #tick = 0;
  #recording = false;
  #distantStride = 1;

  /**
   * @param map - the zone's map
   * @param options - tick rate, interest radii, seed, systems
   */
  constructor(map: ZoneMap, options: ZoneOptions) {
    this.id = map.id;
    this.map = map;
    this.#options = options;
    this.dt = 1 / options.tickRateHz;
    this.interest = new InterestGrid({
      cellSize: options.cellSize,
      viewRadius: options.viewRadius,
      hysteresis: options.hysteresis,
      period: options.interestPeriod ?? 1,
      maxVisible: options.viewCap ?? 0,
      // In a crowd the cap cuts, a player keeps its target, its attackers and its party in view.
      priorities: new PlayerPriorities(this),
    });
    this.random = new SeededRandom(options.seed);
    this.#frames = new FrameBuilder(this, options.viewRadius);
  }

  /** Ticks completed. */
  get tick(): number {
    return this.#tick;
  }

  /** Entities in the zone. */
  get population(): number {
    return this.#entities.size;
  }

  /** Players in the zone. */
  get playerCount(): number {
    return this.#players.size;
  }

  /**
   * Distant entities' (beyond half the view radius) movement is sent every `stride` ticks
   * instead of every tick. Set by the world each tick: its configured `distantUpdateStride`,
   * raised when ticks run long (graceful degradation); 1 means full rate, the default of a zone
   * stepped on its own.
   */
  get distantStride(): number {
    return this.#distantStride;
  }

  set distantStride(stride: number) {
    this.#distantStride = Math.max(1, Math.floor(stride));
  }

  /** Starts recording every applied input into {@link Zone.inputLog}. */
  record(): void {
    this.#recording = true;
  }

  /** Whether applied inputs are being recorded (systems that apply inputs of their own check it). */
  get recording(): boolean {
    return this.#recording;
  }

  /** Appends an input a system applied in this tick to {@link Zone.inputLog}, when recording. */
  recordInput(input: RecordedInput): void {
    if (this.#recording) this.inputLog.push(input);
  }

  /** Every entity, in handle order of insertion (deterministic). */
  entities(): IterableIterator<Entity> {
    return this.#entities.values();
  }

  /** Every player entity. */
  players(): IterableIterator<PlayerEntity> {
    return this.#players.values();
  }

  /**
   * Every entity, as {@link Zone.entities} orders them, as a dense array for loops that run every
   * tick (no iterator garbage). Read-only; valid until an entity is added or removed.
   */
  entityList(): readonly Entity[] {
    if (this.#listsStale) this.#rebuildLists();
    return this.#entityList;
  }

  /** Every player, as {@link Zone.players} orders them, as a dense array (see {@link Zone.entityList}). */
  playerList(): readonly PlayerEntity[] {
    if (this.#listsStale) this.#rebuildLists();
    return this.#playerList;
  }

  /** Every handle in use is below this (the highest handle ever handed out, plus one). */
  get handleLimit(): number {
    return this.#handles.limit;
  }

  /** The entity with this handle. */
  entity(handle: number): Entity | undefined {
    return this.#byHandle[handle];
  }

  /** Adds a player at a position; it becomes an observer and gets a reset frame next tick. */
  addPlayer(spec: PlayerSpec, x: number, y: number): PlayerEntity {
    const player = new PlayerEntity(this.#handles.allocate(this.#tick), spec, this.id, x, y);
    this.#insert(player);
    this.#players.set(player.handle, player);
    if (!this.#listsStale) this.#playerList.push(player);
    this.interest.addObserver(player.handle);
    return player;
  }

  /** Adds a non-player entity (NPCs and the like). */
  addEntity(create: (handle: number) => Entity): Entity {
    const entity = create(this.#handles.allocate(this.#tick));
    this.#insert(entity);
    return entity;
  }

  /** Removes an entity; observers see it leave at the next tick. */
  remove(entity: Entity): void {
    if (this.#entities.get(entity.handle) !== entity) return;
    this.#entities.delete(entity.handle);
    this.#byHandle[entity.handle] = undefined;
    this.#handles.release(entity.handle, this.#tick);
    this.#players.delete(entity.handle);
    this.interest.remove(entity.handle);
    this.#listsStale = true;
  }

  /** Moves an entity (systems call this so the interest grid stays in step). */
  moveEntity(entity: Entity, x: number, y: number): void {
    entity.setPosition(x, y, this.#tick);
    this.interest.move(entity.handle, x, y);
  }

  /**
   * Queues a movement input for the next tick. Only the latest input before a tick is
   * applied; earlier ones are superseded (and still acknowledged by the later sequence).
   */
  queueInput(player: PlayerEntity, intent: MoveIntent): void {
    player.pendingInput = intent;
    player.inputsSinceTick++;
  }

  /**
   * Advances the zone by one tick and fills {@link Zone.departures} and, when replicating,
   * {@link Zone.outbox}.
   *
   * A catch-up tick (`replicate` false: the world's clock fell behind) runs the simulation only:
   * inputs, systems, departures. The views are not recomputed and no frame is built; what the
   * tick changed (dirty fields, combat events, entities that came and went) waits for the next
   * replicated tick, whose frames carry it all. The outbox is then empty. Views stay as the last
   * replicated tick left them, which is also what the players were last told.
   *
   * A replicated tick follows its `plan` (ReplicationPlan; by default every player is served
   * after the views' update): the `stale` cohorts' frames are built with the views as they are,
   * then the views are updated when the plan says so, then the `fresh` cohorts' frames are built.
   * Each player's frame carries what changed since its own last frame. A tick that did not update
   * the views is recorded as such (RecordedCatchUp), whatever frames it built.
   *
   * With `handoff`, a replicated tick's frames are also handed over as they are built (every
   * `handoff.every` frames, and the rest at the end), so they can be on their way while the
   * rest are built; the outbox holds them all afterwards, as without it.
   */
  step(replicate = true, handoff?: FrameHandoff, plan: ReplicationPlan = SERVE_EVERYONE): void {
    this.#tick++;
    this.departures.length = 0;
    this.#applyInputs();
    for (const system of this.#options.systems) system.step(this, this.dt);
    this.#findDepartures();
    this.#seal();
    if (!replicate) {
      this.outbox.length = 0;
      if (this.#recording) this.inputLog.push({ tick: this.#tick, catchUp: true });
      return;
    }
    const frames = this.#frames;
    frames.begin(this.#tick, this.#distantStride, plan.byCohorts, this.outbox, handoff);
    if (plan.stale !== undefined) frames.serve(plan.stale);
    if (plan.update) this.interest.update();
    else if (this.#recording) this.inputLog.push({ tick: this.#tick, catchUp: true });
    if (plan.fresh !== undefined) frames.serve(plan.fresh);
    frames.finish();
  }

  /** A hash of everything that defines the zone's state; equal hashes mean equal states. */
  stateHash(): string {
    const hash = createHash('sha256');
    hash.update(`${this.id}|${this.#tick}|${this.random.state}|`);
    for (const e of this.#entities.values()) {
      hash.update(`${e.handle},${e.x},${e.y},${e.hitPoints},${e.maxHitPoints},${e.level},${e.moveX},${e.moveY},${e.targetX},${e.targetY},${e.combat.stateKey()};`);
    }
    return hash.digest('hex');
  }

  /**
   * Ends the tick's simulation: every entity's changed fields go into the change history (and
   * start afresh), its new combat events get the tick, and events older than the history are
   * let go.
   */
  #seal(): void {
    const tick = this.#tick;
    const changes = this.changes;
    const forgetThrough = tick - CHANGE_HISTORY_TICKS;
    changes.beginTick(tick, this.#handles.limit);
    const entities = this.entityList();
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i] as Entity;
      const dirty = entity.dirty;
      if (dirty !== 0) {
        changes.record(entity.handle, tick, dirty);
        entity.dirty = 0;
      }
      if (entity.combat.events.length > 0) entity.combat.sealEvents(tick, forgetThrough);
    }
  }

  #insert(entity: Entity): void {
    this.changes.clear(entity.handle);
    this.#entities.set(entity.handle, entity);
    this.#byHandle[entity.handle] = entity;
    this.interest.insert(entity.handle, entity.x, entity.y);
    if (!this.#listsStale) this.#entityList.push(entity);
  }

  /** Rewrites the dense lists from the maps, in place (a removal happened since they were made). */
  #rebuildLists(): void {
    this.#listsStale = false;
    let n = 0;
    for (const entity of this.#entities.values()) this.#entityList[n++] = entity;
    this.#entityList.length = n;
    n = 0;
    for (const player of this.#players.values()) this.#playerList[n++] = player;
    this.#playerList.length = n;
  }

  #applyInputs(): void {
    const players = this.playerList();
    for (let i = 0; i < players.length; i++) {
      const player = players[i] as PlayerEntity;
      const intent = player.pendingInput;
      player.inputsSinceTick = 0;
      if (intent === undefined) continue;
      player.pendingInput = undefined;
      if (this.#recording) this.inputLog.push({ tick: this.#tick, handle: player.handle, intent });
      applyIntent(player, intent);
    }
  }

  #findDepartures(): void {
    const portals = this.map.portals;
    if (portals.length === 0) return;
    const players = this.playerList();
    for (let i = 0; i < players.length; i++) {
      const player = players[i] as PlayerEntity;
      if (player.lastMovedTick !== this.#tick) continue;
      const portal = portalAt(this.map, player.x, player.y);
      if (portal !== undefined) this.departures.push({ player, portal });
    }
  }
}

/** Sets a player's movement intent from an input, normalising the direction. */
function applyIntent(player: PlayerEntity, intent: MoveIntent): void {
  if (intent.sequence > player.ackSequence) player.ackSequence = intent.sequence;
  if (Number.isFinite(intent.targetX) && Number.isFinite(intent.targetY)) {
    player.moveX = 0;
    player.moveY = 0;
    player.targetX = intent.targetX;
    player.targetY = intent.targetY;
    return;
  }
  let dx = Number.isFinite(intent.directionX) ? intent.directionX : 0;
  let dy = Number.isFinite(intent.directionY) ? intent.directionY : 0;
  const length = Math.hypot(dx, dy);
  if (length > 1) {
    dx /= length;
    dy /= length;
  }
  player.targetX = Number.NaN;
  player.targetY = Number.NaN;
  player.moveX = dx;
  player.moveY = dy;
}
