/**
 * The world: every zone, the clock that steps them, moving players between zones through
 * portals, and handing each tick's frames to the players' sinks. Zones never reference each
 * other; a transfer is a message-like hand-over done here between ticks, so a player is in
 * exactly one zone at every tick.
 * @module
 */
import { CharacterClass } from '@realmforge/protocol';
import { CHARACTER_CLASSES } from '../characters/character-classes.ts';
import type { CharacterRecord, CharacterState } from '../store/store.ts';
import type { ZoneMap } from './map/zone-map.ts';
import type { FrameSink, MoveIntent, PlayerEntity } from './player-entity.ts';
import { movementSystem } from './systems/movement.ts';
import type { ZoneSystem } from './systems/zone-system.ts';
import { TickStats } from './tick-stats.ts';
import { WorldClock } from './world-clock.ts';
import type { Now } from './world-clock.ts';
import { Zone } from './zone.ts';
import type { FrameHandoff, OutgoingFrame } from './zone.ts';
import { PLAYER_RADIUS } from './entity.ts';
import { savedCombat, storedCombat } from './combat/stored-combat.ts';
import { FramePacer } from './replication/frame-pacer.ts';
import { LOOP_PRESSURE_DEFAULTS, LoopPressure } from './loop-pressure.ts';
import { CohortSchedule, MAX_COHORT_PERIOD } from './replication/cohort-schedule.ts';
import { MAX_DISTANT_STRIDE, WORLD_DEFAULTS } from './world-defaults.ts';

/** Tunables of the world. */
export interface WorldOptions {
  /** Ticks per second. */
  readonly tickRateHz: number;
  /** View radius, metres. */
  readonly viewRadius: number;
  /** Hysteresis band beyond the view radius, metres. */
  readonly hysteresis: number;
  /** Interest grid cell size, metres. */
  readonly cellSize: number;
  /**
   * Every how many ticks a moving player's view is recomputed (InterestOptions.period, an
   * integer >= 1; 1: every tick); {@link WORLD_DEFAULTS} when omitted, as in the configuration.
   */
  readonly interestPeriod?: number;
  /**
   * Most entities one player sees (InterestOptions.maxVisible; 0: no cap); {@link WORLD_DEFAULTS}
   * when omitted, as in the configuration.
   */
  readonly viewCap?: number;
  /** Seed for the zones' random generators. */
  readonly seed: number;
  /**
   * Whether a frame nothing waits on may wait one tick to share the player's next write
   * (FramePacer); {@link WORLD_DEFAULTS} (on) when omitted.
   */
  readonly framePacing?: boolean;
  /**
   * Every how many ticks position-only changes of entities beyond half the view radius are sent
   * (1: every tick); {@link WORLD_DEFAULTS} when omitted, as in the configuration. The floor of graceful degradation:
   * slow ticks raise it (×2, ×4, at most {@link MAX_DISTANT_STRIDE}).
   */
  readonly distantUpdateStride?: number;
  /**
   * The most cohorts a saturated main thread replicates the players in (1 to
   * {@link MAX_COHORT_PERIOD}; 1: never, the thread thins replication instead): with k cohorts,
   * every tick builds and sends the frames of a k-th of the players, each player getting a frame
   * every k ticks (CohortSchedule, LoopPressure.cohorts). {@link WORLD_DEFAULTS} when omitted.
   */
  readonly replicationCohorts?: number;
  /** Zone where characters without a valid zone start. */
  readonly startZone: string;
  /** Systems run each tick in every zone; movement when omitted. */
  readonly systems?: readonly ZoneSystem[];
  /**
   * Called once a replicated tick has handed its frames to the players' sinks (the server sends
   * them then, rather than at the end of the event-loop turn: outbound-batch.ts's
   * flushOutboundNow).
   */
  readonly afterDelivery?: () => void;
  /**
   * Called when a turn of the world's clock is about to run its ticks (WorldClock): the server
   * writes what its sessions queued since its last flush, answers to requests read just before,
   * so that they do not wait for the ticks.
   */
  readonly beforeTurn?: () => void;
  /**
   * When set, a replicated tick hands its frames to the players' sinks `frames` at a time as each
   * zone builds them, calling `flush` after each batch, so the first players' frames are on their
   * way while the rest are built (the server sets it with I/O threads, which write them in
   * parallel). The time `flush` takes is left out of the tick durations, as the flush after
   * delivery always was. When absent, a zone's frames are handed over once it has built them all.
   */
  readonly frameBatches?: { readonly frames: number; readonly flush: () => void };
  /** Monotonic clock, ms (tests inject one). */
  readonly now?: Now;
  /** Wall clock, ms since the epoch, for stored cooldowns (tests inject one); `Date.now` when omitted. */
  readonly epochNow?: () => number;
}

/** Told when a player changed zones (the caller saves it, write-behind). */
export type ZoneChangeListener = (player: PlayerEntity, from: string) => void;

/** Told when a character enters or leaves the world (parties and guilds follow it). */
export type PresenceListener = (player: PlayerEntity) => void;

/** All zones and the clock. */
export class World {
  /** Ticks per second. */
  readonly tickRateHz: number;
  /** Timing of whole world ticks (all zones). */
  readonly stats = new TickStats();
  /** Hands frames to sinks; counts the frames that waited a tick. */
  readonly pacer: FramePacer;
  readonly #zones = new Map<string, Zone>();
  readonly #zoneStats = new Map<string, TickStats>();
  readonly #players = new Map<string, PlayerEntity>();
  /** Lower-cased character name → character id, for every character in the world. */
  readonly #byName = new Map<string, string>();
  readonly #options: WorldOptions;
  readonly #clock: WorldClock;
  readonly #now: Now;
  readonly #epochNow: () => number;
  readonly #budgetMs: number;
  /** The configured distant-entity stride: what the world runs at when ticks are cheap. */
  readonly #distantStride: number;
  /** How busy the main thread is, as the server measures it (graceful degradation). */
  readonly #loopPressure: LoopPressure;
  /** Which players each replicated tick serves (everyone, unless the thread is saturated and cohorts are on). */
  readonly #cohorts = new CohortSchedule();
  /** Whether the frames being handed over may wait for the player's next (FramePacer): not in cohort ticks. */
  #framesMayWait = true;
  /** The last tick that was replicated. */
  #replicatedTick = 0;
  /** The distant stride the last replicated tick ran at. */
  #lastStride: number;
  #tick = 0;
  /**
   * Hands a batch of a zone's frames to the pacer as the zone builds them, then flushes them
   * (`frameBatches`); undefined when frames are handed over once each zone has built them all.
   */
  readonly #handoff: FrameHandoff | undefined;
  /** Time the current tick spent in `frameBatches.flush`, ms (left out of its durations). */
  #flushedMs = 0;
  #zoneChange: ZoneChangeListener | undefined;
  readonly #enterListeners: PresenceListener[] = [];
  readonly #leaveListeners: PresenceListener[] = [];

  /**
   * @param maps - the zones' maps, by zone id
   * @param options - tick rate, interest settings, start zone
   * @throws Error when the start zone is not among the maps
   * @throws RangeError when distantUpdateStride is not an integer from 1 to {@link MAX_DISTANT_STRIDE}
   * @throws RangeError when interestPeriod is not an integer >= 1
   * @throws RangeError when frameBatches.frames is not an integer >= 1
   * @throws RangeError when replicationCohorts is not an integer from 1 to {@link MAX_COHORT_PERIOD}
   */
  constructor(maps: ReadonlyMap<string, ZoneMap>, options: WorldOptions) {
    if (!maps.has(options.startZone)) {
      throw new Error(`start zone "${options.startZone}" is not among the loaded zones (${[...maps.keys()].join(', ')})`);
    }
    this.tickRateHz = options.tickRateHz;
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
    this.#epochNow = options.epochNow ?? Date.now;
    this.#budgetMs = 1000 / options.tickRateHz;
    const distantStride = options.distantUpdateStride ?? WORLD_DEFAULTS.distantUpdateStride;
    if (!Number.isInteger(distantStride) || distantStride < 1 || distantStride > MAX_DISTANT_STRIDE) {
      throw new RangeError(`distantUpdateStride must be an integer from 1 to ${MAX_DISTANT_STRIDE}, got ${distantStride}`);
    }
    this.#distantStride = distantStride;
    this.#lastStride = distantStride;
    const maxCohorts = options.replicationCohorts ?? WORLD_DEFAULTS.replicationCohorts;
    if (!Number.isInteger(maxCohorts) || maxCohorts < 1 || maxCohorts > MAX_COHORT_PERIOD) {
      throw new RangeError(`replicationCohorts must be an integer from 1 to ${MAX_COHORT_PERIOD}, got ${maxCohorts}`);
    }
    this.#loopPressure = new LoopPressure({ ...LOOP_PRESSURE_DEFAULTS, maxCohorts });
    this.pacer = new FramePacer(options.framePacing ?? WORLD_DEFAULTS.framePacing);
    const batches = options.frameBatches;
    if (batches !== undefined && !(Number.isInteger(batches.frames) && batches.frames >= 1)) throw new RangeError(`frameBatches.frames must be a whole number of at least 1, got ${batches.frames}`);
    this.#handoff = batches === undefined
      ? undefined
      : {
          every: batches.frames,
          take: (outbox, from, to) => {
            for (let i = from; i < to; i++) this.pacer.offer(outbox[i] as OutgoingFrame, this.#tick, this.#framesMayWait);
            const flushStarted = this.#now();
            batches.flush();
            this.#flushedMs += this.#now() - flushStarted;
          },
        };
    let seed = options.seed;
    for (const map of maps.values()) {
      this.#zones.set(map.id, new Zone(map, {
        tickRateHz: options.tickRateHz,
        viewRadius: options.viewRadius,
        hysteresis: options.hysteresis,
        cellSize: options.cellSize,
        interestPeriod: options.interestPeriod ?? WORLD_DEFAULTS.interestPeriod,
        viewCap: options.viewCap ?? WORLD_DEFAULTS.viewCap,
        seed: seed++,
        systems: options.systems ?? [movementSystem],
      }));
      this.#zoneStats.set(map.id, new TickStats());
    }
    this.#clock = new WorldClock(options.tickRateHz, (replicate) => {
      this.step(replicate);
    }, (ticks) => {
      this.stats.skipped += ticks;
    }, this.#now, options.beforeTurn);
  }

  /** The world tick. */
  get tick(): number {
    return this.#tick;
  }

  /** Players in the world. */
  get population(): number {
    return this.#players.size;
  }

  /** The zones, by id. */
  get zones(): ReadonlyMap<string, Zone> {
    return this.#zones;
  }

  /** Per-zone tick timing. */
  zoneStats(zone: string): TickStats | undefined {
    return this.#zoneStats.get(zone);
  }

  /**
   * Every how many ticks the last replicated tick sent distant entities' movement: the configured
   * `distantUpdateStride`, or more while graceful degradation raises it.
   */
  get distantStride(): number {
    return this.#lastStride;
  }

  /**
   * Takes how busy the main thread's event loop was over the last window (the server measures it
   * each second). A thread near saturation raises the distant stride as slow ticks do
   * ({@link LoopPressure}), never above {@link MAX_DISTANT_STRIDE}; a thread with nothing left
   * ({@link LoopPressure.thin}) has no two ticks in a row replicated.
   * @param busy - event-loop utilization, 0 to 1
   * @returns the factor on the distant stride from now on (1: none)
   */
  observeLoopBusy(busy: number): number {
    return this.#loopPressure.observe(busy);
  }

  /**
   * True while the main thread has nothing left and no two ticks in a row are replicated (a
   * world that replicates by cohorts serves them instead: {@link World.cohorts}).
   */
  get thinReplication(): boolean {
    return this.#loopPressure.thin && this.#loopPressure.cohorts === 1;
  }

  /** In how many cohorts the players are served now: 1 when every replicated tick serves everyone. */
  get cohorts(): number {
    return this.#cohorts.period;
  }

  /**
   * In how many cohorts the main thread's loop pressure asks the players to be served (always 1
   * with `replicationCohorts` 1); {@link World.cohorts} follows at the next cycle's first tick.
   */
  get requestedCohorts(): number {
    return this.#loopPressure.cohorts;
  }

  /** Registers the zone-change listener. */
  onZoneChange(listener: ZoneChangeListener): void {
    this.#zoneChange = listener;
  }

  /** Adds a listener told after a character entered the world. */
  onEnter(listener: PresenceListener): void {
    this.#enterListeners.push(listener);
  }

  /** Adds a listener told after a character left the world (its entity is out of every zone). */
  onLeave(listener: PresenceListener): void {
    this.#leaveListeners.push(listener);
  }

  /** Starts the clock. */
  start(): void {
    this.#clock.start();
  }

  /** Stops the clock. */
  stop(): void {
    this.#clock.stop();
  }

  /**
   * Places a stored character in its zone (or at the start zone's default spawn when its
   * zone no longer exists or its position is inside a wall).
   */
  enter(record: CharacterRecord, sink: FrameSink | undefined): PlayerEntity {
    let zone = this.#zones.get(record.zone);
    let x = record.x;
    let y = record.y;
    if (zone === undefined || !zone.map.collision.isFree(x, y, PLAYER_RADIUS)) {
      zone = this.#startZone();
      const spawn = zone.map.spawnPoints.get('default');
      x = spawn?.x ?? 0;
      y = spawn?.y ?? 0;
    }
    const player = zone.addPlayer({
      characterId: record.id,
      accountId: record.accountId,
      name: record.name,
      classId: CHARACTER_CLASSES.get(record.classId)?.id ?? CharacterClass.CHARACTER_CLASS_UNSPECIFIED,
      level: record.level,
      experience: record.experience,
      hitPoints: record.hitPoints,
      maxHitPoints: record.maxHitPoints,
      speed: CHARACTER_CLASSES.get(record.classId)?.speed ?? 5,
    }, x, y);
    player.sink = sink;
    player.combat.saved = savedCombat(record, this.#epochNow());
    this.#players.set(record.id, player);
    this.#byName.set(record.name.toLowerCase(), record.id);
    for (const listener of this.#enterListeners) listener(player);
    return player;
  }

  /** Removes a character from the world; returns its entity, or undefined if it was not in. */
  leave(characterId: string): PlayerEntity | undefined {
    const player = this.#players.get(characterId);
    if (player === undefined) return undefined;
    this.#players.delete(characterId);
    const nameKey = player.name.toLowerCase();
    if (this.#byName.get(nameKey) === characterId) this.#byName.delete(nameKey);
    this.#zones.get(player.zone)?.remove(player);
    player.sink = undefined;
    player.waitingFrame = undefined;
    for (const listener of this.#leaveListeners) listener(player);
    return player;
  }

  /**
   * The state to save for a character in the world: where it is, its health (with the maximum
   * its class and level give it now), experience, resource and long cooldowns (as wall-clock
   * ready times). Called at the edge (saves), never inside a tick.
   */
  characterState(player: PlayerEntity): CharacterState {
    const combat = storedCombat(this.#zones.get(player.zone), player, this.#epochNow());
    return {
      id: player.id,
      level: player.level,
      experience: player.experience,
      zone: player.zone,
      x: player.x,
      y: player.y,
      hitPoints: player.hitPoints,
      maxHitPoints: player.maxHitPoints,
      resource: combat.resource,
      cooldowns: combat.cooldowns,
    };
  }

  /** The character's entity, if in the world. */
  get(characterId: string): PlayerEntity | undefined {
    return this.#players.get(characterId);
  }

  /**
   * The character in the world with this name, compared case-insensitively (names are unique
   * that way), whichever zone it is in and whether or not its player is connected.
   */
  findByName(name: string): PlayerEntity | undefined {
    const id = this.#byName.get(name.toLowerCase());
    return id === undefined ? undefined : this.#players.get(id);
  }

  /** Every player in the world. */
  players(): IterableIterator<PlayerEntity> {
    return this.#players.values();
  }

  /**
   * Queues a movement input for the player's next tick.
   * @returns false when the input was a duplicate or older than one already applied
   */
  queueInput(player: PlayerEntity, intent: MoveIntent): boolean {
    if (intent.sequence <= player.newestInput) return false;
    this.#zones.get(player.zone)?.queueInput(player, intent);
    return true;
  }

  /**
   * Makes the player's next frame a reset (the whole view), as when a datagram channel lost a
   * frame or its frames changed paths. A frame that waited a tick is dropped: the reset holds
   * what it held.
   */
  resync(player: PlayerEntity): void {
    player.needsReset = true;
    player.waitingFrame = undefined;
  }

  /** Rebinds a player's frames to a new sink (or none); a new sink gets a full snapshot. */
  attach(player: PlayerEntity, sink: FrameSink | undefined): void {
    player.sink = sink;
    // A frame that waited was meant for the old sink; the new one starts from a reset.
    this.resync(player);
    if (sink === undefined) player.stop();
  }

  /**
   * Runs one tick of every zone, moves departing players, delivers frames. A catch-up tick
   * (`replicate` false: the clock fell behind; or a tick right after a replicated one while the
   * main thread has nothing left, {@link LoopPressure.thin}) runs the zones' simulation only and delivers
   * nothing; the next replicated tick's frames carry what it changed (Zone.step). It is counted
   * in `stats.caughtUp`, not timed: the tick statistics time replicated ticks, whose cost is
   * what the tick budget and graceful degradation are about.
   */
  step(replicate = true): void {
    this.#tick++;
    // A main thread with nothing left (LoopPressure.thin) never replicates two ticks in a row: at
    // most half the frames to build and send, so the inputs keep a share of the thread. A clock
    // already catching up (its turns' earlier ticks not replicated) loses nothing more: the last
    // tick of a turn still replicates. A world that replicates by cohorts does not thin: it
    // serves a share of the players at every tick.
    if (replicate && this.thinReplication && this.#replicatedTick === this.#tick - 1) replicate = false;
    if (!replicate) {
      this.stats.caughtUp++;
      for (const zone of this.#zones.values()) zone.step(false);
      this.#transferDepartures();
      return;
    }
    this.#replicatedTick = this.#tick;
    const started = this.#now();
    const plan = this.#cohorts.plan(this.#tick, this.#loopPressure.cohorts);
    // Cohort ticks send every move (each player's frames are k ticks apart already), and their
    // frames never wait: the player's next one is k ticks away, past the frame slabs' reuse.
    const cohortTick = plan.byCohorts;
    this.#framesMayWait = !cohortTick;
    const stride = cohortTick ? 1 : this.#degradationStride();
    this.#lastStride = stride;
    if (stride > this.#distantStride) this.stats.degraded++;
    const pacer = this.pacer;
    pacer.begin();
    this.#flushedMs = 0;
    const handoff = this.#handoff;
    for (const zone of this.#zones.values()) {
      const zoneStarted = this.#now();
      const flushedBefore = this.#flushedMs;
      zone.distantStride = stride;
      zone.step(true, handoff, plan);
      this.#zoneStats.get(zone.id)?.record(this.#now() - zoneStarted - (this.#flushedMs - flushedBefore), this.#budgetMs);
      if (handoff === undefined) {
        for (const frame of zone.outbox) pacer.offer(frame, this.#tick, this.#framesMayWait);
      }
    }
    // Frames that waited since the last replicated tick for players who got none this tick.
    pacer.end(this.#tick);
    this.#transferDepartures();
    this.stats.record(this.#now() - started - this.#flushedMs, this.#budgetMs);
    this.#options.afterDelivery?.();
  }

  /** Moves the players who walked into a portal this tick, once every zone has stepped. */
  #transferDepartures(): void {
    for (const zone of this.#zones.values()) {
      for (const departure of zone.departures) this.#transfer(zone, departure.player, departure.portal.targetZone, departure.portal.targetSpawn);
    }
  }

  /**
   * Distant-entity update stride from recent tick cost: the configured stride until ticks take
   * half the budget, twice it above half, four times it above 80%; or what the main thread's
   * loop pressure asks, when that is more (never above {@link MAX_DISTANT_STRIDE}, never below
   * the configured stride).
   */
  #degradationStride(): number {
    const load = this.stats.averageMs / this.#budgetMs;
    const factor = Math.max(load > 0.8 ? 4 : load > 0.5 ? 2 : 1, this.#loopPressure.factor);
    return Math.max(this.#distantStride, Math.min(MAX_DISTANT_STRIDE, this.#distantStride * factor));
  }

  #transfer(from: Zone, player: PlayerEntity, targetZone: string, targetSpawn: string): void {
    const to = this.#zones.get(targetZone);
    const spawn = to?.map.spawnPoints.get(targetSpawn);
    if (to === undefined || spawn === undefined) return;
    from.remove(player);
    const moved = to.addPlayer({
      characterId: player.id,
      accountId: player.accountId,
      name: player.name,
      classId: player.classId,
      level: player.level,
      experience: player.experience,
      hitPoints: player.hitPoints,
      maxHitPoints: player.maxHitPoints,
      speed: player.speed,
    }, spawn.x, spawn.y);
    moved.sink = player.sink;
    moved.ackSequence = player.ackSequence;
    moved.combat.carryOver(player.combat);
    this.#players.set(player.id, moved);
    player.sink = undefined;
    this.#zoneChange?.(moved, from.id);
  }

  #startZone(): Zone {
    const zone = this.#zones.get(this.#options.startZone);
    if (zone === undefined) throw new Error('start zone missing');
    return zone;
  }
}
