/**
 * A player of the crash test: a real client over TCP that keeps a journal of what the server
 * acknowledged. Every economy answer becomes an {@link Ack} with a check that finds the change
 * in the character's ledger events; loot pushes (sent after the grant is durable) count the
 * same. Positions and experience are journaled with the time the client saw them, so after the
 * restart the test can say how much of that progress was lost.
 */
import { connectTcp, GameClient, ServerError, WorldMirror } from '@realmforge/client/node';
import type { InventoryMirror } from '@realmforge/client';
import { v1 } from '@realmforge/protocol';
import type { LedgerEvent } from '../../src/economy/ledger-events.ts';
import { uniqueCharacterName, uniqueName } from '../helpers/test-server.ts';

const EXPERIENCE = v1.CombatEventKind.COMBAT_EVENT_KIND_EXPERIENCE as number;

/** An economy change the server acknowledged, and how to find it in the ledger. */
export interface Ack {
  /** What it was, for failure messages. */
  readonly what: string;
  /** When the client got the answer (Date.now). */
  readonly at: number;
  /** True when the character's events hold the change. */
  readonly presentIn: (events: readonly LedgerEvent[]) => boolean;
}

/** A position the client saw its character at. */
export interface SeenPosition {
  /** When (Date.now). */
  readonly at: number;
  /** Metres. */
  readonly x: number;
  /** Metres. */
  readonly y: number;
}

/** The experience total the client knew of at a time. */
export interface SeenExperience {
  /** When (Date.now). */
  readonly at: number;
  /** Experience gained since entering the world (a new character starts at 0). */
  readonly total: number;
}

/** Experience from one level to the next (content/combat.json `levels`). */
export type LevelCurve = (level: number) => number;

/** One crash-test player and its journal. */
export class Hero {
  /** The connection. */
  readonly client: GameClient;
  /** Account name (the password is fixed). */
  readonly username: string;
  /** The character. */
  characterId = '';
  /** Acknowledged economy changes, in the order their answers came. */
  readonly acks: Ack[] = [];
  /** Own positions as the world frames showed them, in order. */
  readonly positions: SeenPosition[] = [];
  /** Experience totals as combat events showed them, in order (starts at 0). */
  readonly experience: SeenExperience[] = [{ at: 0, total: 0 }];
  /** Answers that were neither a success nor a refusal while the server was up. */
  readonly failures: string[] = [];
  /** Requests sent and not yet answered. */
  inFlight = 0;
  /** Trades this client was told ended, by id. */
  readonly tradesEnded = new Set<string>();

  private constructor(client: GameClient, mirror: WorldMirror, username: string) {
    this.client = client;
    this.username = username;
    this.#mirror = mirror;
  }

  readonly #mirror: WorldMirror;

  /** Journals where the world frames show the character now. */
  #seen(): void {
    const self = this.#mirror.self;
    if (self !== undefined) this.positions.push({ at: Date.now(), x: self.x, y: self.y });
  }

  /** Connects, registers, creates a warrior and enters the world at the meadow spawn. */
  static async enter(port: number): Promise<Hero> {
    // The mirror's listeners need the hero, which needs the client, which needs the mirror.
    const box: { hero: Hero | undefined } = { hero: undefined };
    const mirror = new WorldMirror({
      onUpdate: (entity) => {
        if (box.hero !== undefined && entity.id === mirror.selfId) box.hero.#seen();
      },
      onCombatEvent: (event) => {
        const journal = box.hero?.experience;
        if (journal === undefined || event.targetId !== mirror.selfId || event.kind !== EXPERIENCE) return;
        journal.push({ at: Date.now(), total: (journal.at(-1)?.total ?? 0) + event.amount });
      },
    });
    const client = new GameClient(await connectTcp('127.0.0.1', port), mirror);
    const hero = new Hero(client, mirror, uniqueName('crash'));
    box.hero = hero;
    await client.hello();
    await client.register(hero.username, 'correct horse');
    await client.login(hero.username, 'correct horse');
    const { character } = await client.createCharacter(uniqueCharacterName());
    hero.characterId = character?.id ?? '';
    client.economy.onLoot((loot) => {
      const items = loot.items.map((item) => item.itemId);
      const gold = loot.gold;
      hero.acks.push({
        what: `loot ${items.join(',')} +${gold} gold`,
        at: Date.now(),
        presentIn: (events) => items.every((id) => events.some((e) => (e.type === 'ItemCreated' && e.item.id === id && e.source === 'loot') || (e.type === 'ItemStacked' && e.itemId === id && e.source === 'loot')))
          && (gold === 0 || events.some((e) => e.type === 'GoldCreated' && e.source === 'loot' && e.amount === gold)),
      });
    });
    client.economy.onTradeEnded((ended) => hero.tradesEnded.add(ended.tradeId));
    await client.enterWorld(hero.characterId);
    for (let i = 0; i < 500 && (client.economy.inventory === undefined || mirror.self === undefined); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    if (client.economy.inventory === undefined || mirror.self === undefined) throw new Error(`${hero.username} never saw its inventory and itself`);
    hero.#seen();
    return hero;
  }

  /** The world as this client sees it. */
  get world(): WorldMirror {
    return this.#mirror;
  }

  /** The inventory as last pushed. */
  get inventory(): InventoryMirror {
    const inventory = this.client.economy.inventory;
    if (inventory === undefined) throw new Error('no inventory yet');
    return inventory;
  }

  /** Bag items as last pushed, in slot order. */
  bag(): { slot: number; itemId: string; templateId: string; count: number }[] {
    return (this.inventory.bag ?? [])
      .map((entry) => ({ slot: entry.slot ?? 0, itemId: entry.item?.itemId ?? '', templateId: entry.item?.templateId ?? '', count: entry.item?.count ?? 0 }))
      .sort((a, b) => a.slot - b.slot);
  }

  /**
   * Sends one request; on success journals an Ack with the check `presentIn` makes of the
   * answer (none when it gives undefined: the answer acknowledged no change) and resolves with
   * the answer; a refusal (a non-fatal ServerError) resolves undefined; anything else while
   * `live()` says the server is up is a failure.
   */
  async act<T>(what: string, request: () => Promise<T>, presentIn: ((answer: T) => Ack['presentIn'] | undefined) | undefined, live: () => boolean): Promise<T | undefined> {
    this.inFlight += 1;
    try {
      const answer = await request();
      const check = presentIn?.(answer);
      if (check !== undefined) this.acks.push({ what, at: Date.now(), presentIn: check });
      return answer;
    } catch (error) {
      if (!(error instanceof ServerError && !error.fatal) && live()) this.failures.push(`${what}: ${String(error)}`);
      return undefined;
    } finally {
      this.inFlight -= 1;
    }
  }
}

/** Total experience of a character at `level` with `experience` into it. */
export function totalExperience(level: number, experience: number, curve: LevelCurve): number {
  let total = experience;
  for (let l = 1; l < level; l += 1) total += curve(l);
  return total;
}
