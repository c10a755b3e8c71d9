/**
 * Parties and guilds together: follows characters entering and leaving the world, and runs
 * the once-a-second sweep that sends health and presence changes. The sweep is a timer of its
 * own, outside the zone tick, so the simulation's hot path carries no social work.
 * @module
 */
import type { Logger } from '../ops/logger.ts';
import type { Store } from '../store/store.ts';
import type { World } from '../world/world.ts';
import { GuildService } from './guild-service.ts';
import { PartyService } from './party-service.ts';
import type { LinkLookup } from './push-link.ts';

/** How often party and guild changes are gathered and sent, ms. */
export const SOCIAL_SWEEP_MS = 1000;

/** Settings of the social services. */
export interface SocialOptions {
  /** Logger for background failures. */
  readonly log: Logger;
  /** Wall clock, ms since the epoch; `Date.now` when omitted. */
  readonly now?: () => number;
  /** Sweep interval, ms; {@link SOCIAL_SWEEP_MS} when omitted. */
  readonly sweepMs?: number;
}

/** The social services of one world. */
export class Social {
  /** Parties (in memory). */
  readonly parties: PartyService;
  /** Guilds (persisted). */
  readonly guilds: GuildService;
  readonly #sweepMs: number;
  #timer: NodeJS.Timeout | undefined;

  /**
   * @param world - the world whose players form parties and guilds; its enter and leave
   *   events are followed from here on
   * @param store - where guilds are kept
   * @param links - finds a character's connected session
   * @param options - logger, clock, sweep interval
   */
  constructor(world: World, store: Store, links: LinkLookup, options: SocialOptions) {
    const clock = options.now === undefined ? {} : { now: options.now };
    this.parties = new PartyService(world, links, clock);
    this.guilds = new GuildService(store, world, links, { log: options.log, ...clock });
    this.#sweepMs = options.sweepMs ?? SOCIAL_SWEEP_MS;
    world.onEnter((player) => {
      this.guilds.characterEntered(player);
    });
    world.onLeave((player) => {
      this.parties.characterLeft(player.id);
      this.guilds.characterLeft(player);
    });
  }

  /** Starts the periodic sweep. */
  start(): void {
    this.#timer ??= setInterval(() => {
      this.sweep();
    }, this.#sweepMs);
    this.#timer.unref();
  }

  /** Stops the periodic sweep. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** One sweep of both services (the timer calls it; tests call it directly). */
  sweep(): void {
    this.parties.sweep();
    this.guilds.sweep();
  }
}
