/**
 * What happens after deaths, outside the tick: the killer of an NPC gets the loot of its
 * template's table, granted durably through the economy (which then pushes LootReceived and the
 * new inventory to the killer), and a player who died has its open trade cancelled.
 *
 * The world's {@link DeathNotices} system notes the deaths inside the tick; when it notes the
 * first one it tells this, which schedules a take for after the tick (`setImmediate`). Each loot
 * grant runs on its own promise with a fixed operation id, retried a few times with backoff
 * (the ledger applies an operation id at most once, so a retry after an unclear failure never
 * grants twice); a grant that still fails is logged, and nothing here ever throws into the tick
 * or leaves a rejection unhandled. Grants in flight are bounded: beyond the bound a kill's loot
 * is dropped and logged, never queued without limit.
 * @module
 */
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import type { RetryPolicy } from 'cockatiel';
import type { Economy } from '../economy/economy.ts';
import { newId } from '../ids.ts';
import type { Logger } from '../ops/logger.ts';
import type { TradeService } from '../trade/trade-service.ts';
import type { DeathNotices, NpcKill } from '../world/npc/death-notices.ts';
import { SeededRandom } from '../world/random.ts';

/** Loot grants in flight at most; kills beyond it lose their loot (logged). */
export const MAX_LOOT_GRANTS_IN_FLIGHT = 1024;

/** Attempts per loot grant (the first and the retries). */
export const LOOT_GRANT_ATTEMPTS = 4;

/** What the aftermath needs from the rest of the server. */
export interface DeathAftermathParts {
  /** The world's death notices. */
  readonly notices: Pick<DeathNotices, 'take' | 'onNoted' | 'dropped'>;
  /** Grants the loot (durably, with an operation id). */
  readonly economy: Pick<Economy, 'grantLoot'>;
  /** Ends the trades of a player who died. */
  readonly trades: Pick<TradeService, 'cancelFor'>;
  /** Where failures go. */
  readonly log: Logger;
  /** First retry delay, ms (tests shorten it); 100 when omitted. */
  readonly retryDelayMs?: number;
}

/** Counts of what the aftermath did, for tests and metrics. */
export interface AftermathCounts {
  /** Loot grants that were applied (or found already applied). */
  granted: number;
  /** Loot grants that failed after every attempt. */
  failed: number;
  /** Kills whose loot was dropped because too many grants were in flight. */
  dropped: number;
}

/** Loot and trade cancellation after deaths, for one server. */
export class DeathAftermath {
  /** What it did so far. */
  readonly counts: AftermathCounts = { granted: 0, failed: 0, dropped: 0 };
  readonly #parts: DeathAftermathParts;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #retry: RetryPolicy;
  #scheduled = false;
  #closed = false;
  #droppedNotes = 0;

  /** @param parts - the notices, the economy, the trades and the logger */
  constructor(parts: DeathAftermathParts) {
    this.#parts = parts;
    this.#retry = retry(handleAll, { maxAttempts: LOOT_GRANT_ATTEMPTS - 1, backoff: new ExponentialBackoff({ initialDelay: parts.retryDelayMs ?? 100, maxDelay: 5000 }) });
    parts.notices.onNoted(() => {
      this.#schedule();
    });
  }

  /** Grants in flight now. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Takes the notes of the ticks so far and starts their work (called after a tick, never in one). */
  takeNotes(): void {
    this.#scheduled = false;
    const { notices, log } = this.#parts;
    const { kills, fallen } = notices.take();
    if (notices.dropped !== this.#droppedNotes) {
      log.error({ dropped: notices.dropped - this.#droppedNotes }, 'death notes were dropped at their bound: those kills give no loot');
      this.#droppedNotes = notices.dropped;
    }
    for (const characterId of fallen) this.#cancelTrades(characterId);
    for (const kill of kills) if (kill.lootTable !== undefined) this.#grant(kill, kill.lootTable);
  }

  /** Stops taking notes after ticks, takes the last ones and waits for every grant in flight. */
  async close(): Promise<void> {
    this.#closed = true;
    this.takeNotes();
    while (this.#inFlight.size > 0) await Promise.all(this.#inFlight);
  }

  #schedule(): void {
    if (this.#scheduled || this.#closed) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.takeNotes();
    });
  }

  #cancelTrades(characterId: string): void {
    try {
      this.#parts.trades.cancelFor(characterId, 'died');
    } catch (error) {
      this.#parts.log.error({ err: error, characterId }, 'cancelling the trades of a dead player failed');
    }
  }

  #grant(kill: NpcKill, lootTable: string): void {
    const { log, economy } = this.#parts;
    if (this.#inFlight.size >= MAX_LOOT_GRANTS_IN_FLIGHT) {
      this.counts.dropped++;
      log.error({ characterId: kill.characterId, npc: kill.templateId, zone: kill.zone, tick: kill.tick }, 'too many loot grants in flight: this kill\'s loot is dropped');
      return;
    }
    const operationId = `loot:${newId()}`;
    const work = this.#retry.execute(() => economy.grantLoot(kill.characterId, lootTable, new SeededRandom(kill.lootSeed), operationId)).then(() => {
      this.counts.granted++;
    }, (error: unknown) => {
      this.counts.failed++;
      log.error({ err: error, characterId: kill.characterId, npc: kill.templateId, lootTable, operationId }, 'granting loot failed');
    }).finally(() => {
      this.#inFlight.delete(work);
    });
    this.#inFlight.add(work);
  }
}
