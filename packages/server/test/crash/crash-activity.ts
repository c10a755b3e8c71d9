/**
 * What the crash test's players do until the server dies: trading pairs buy, equip, trade
 * items and gold with each other, sell and rearrange their bags; fighters kill rats, loot them
 * and sell the pelts; walkers walk east. Each loop runs until `live()` turns false, and every
 * economy answer goes into the hero's journal with the ledger event that must hold it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { v1 } from '@realmforge/protocol';
import type { LedgerEvent } from '../../src/economy/ledger-events.ts';
import { RAT_NAME } from './crash-content.ts';
import type { Hero } from './crash-hero.ts';

const SMITH = 'meadow-smith';
const HERBALIST = 'meadow-herbalist';
const NPC = v1.EntityKind.ENTITY_KIND_NPC as number;
/** Pause between a loop's rounds, ms: keeps the machine responsive without idling the server. */
const PACE_MS = 15;

type Check = (events: readonly LedgerEvent[]) => boolean;

/** A purchase is in the ledger: the units from the vendor into the answered item, the price paid. */
function bought(answer: { itemId: string; price: number }): Check {
  return (events) => events.some((e) => (e.type === 'ItemCreated' && e.item.id === answer.itemId && e.source === 'vendor') || (e.type === 'ItemStacked' && e.itemId === answer.itemId && e.source === 'vendor'))
    && (answer.price === 0 || events.some((e) => e.type === 'GoldDestroyed' && e.sink === 'vendor' && e.amount === answer.price));
}

function sold(itemId: string): Check {
  return (events) => events.some((e) => e.type === 'ItemDestroyed' && e.itemId === itemId && e.sink === 'vendor');
}

function traded(tradeId: string): Check {
  return (events) => events.some((e) => 'tradeId' in e && e.tradeId === tradeId);
}

/** The highest empty bag slot, or -1. */
function lastFreeSlot(hero: Hero): number {
  const taken = new Set(hero.bag().map((item) => item.slot));
  for (let slot = (hero.inventory.bagSize ?? 0) - 1; slot >= 0; slot -= 1) if (!taken.has(slot)) return slot;
  return -1;
}

/** One trade between a and b: a offers its first bag item and a little gold, b its first bag item. */
async function trade(a: Hero, b: Hero, live: () => boolean): Promise<void> {
  const requested = await a.act('trade request', () => a.client.economy.tradeRequest(b.characterId), undefined, live);
  if (requested === undefined) return;
  const { tradeId } = requested;
  const cancel = async (): Promise<void> => {
    await a.act('trade cancel', () => a.client.economy.tradeCancel(tradeId), undefined, live);
  };
  if (await b.act('trade respond', () => b.client.economy.tradeRespond(tradeId, true), undefined, live) !== true) return cancel();
  const fromA = a.bag()[0];
  const fromB = b.bag()[0];
  await a.act('trade offer', () => a.client.economy.tradeSetOffer(tradeId, fromA === undefined ? [] : [fromA.itemId], Math.min(3, a.inventory.gold ?? 0)), undefined, live);
  const revision = await b.act('trade offer', () => b.client.economy.tradeSetOffer(tradeId, fromB === undefined ? [] : [fromB.itemId], 0), undefined, live);
  if (revision === undefined) return cancel();
  if (await a.act('trade confirm', () => a.client.economy.tradeConfirm(tradeId, revision), undefined, live) !== false) return cancel();
  const completed = await b.act(`trade ${tradeId}`, () => b.client.economy.tradeConfirm(tradeId, revision), (done) => (done ? traded(tradeId) : undefined), live);
  if (completed !== true) return cancel();
  // The TradeEnded push follows a's InventoryState push: once it is here, a's mirror is current.
  a.acks.push({ what: `trade ${tradeId}`, at: Date.now(), presentIn: traded(tradeId) });
  for (let i = 0; i < 200 && live() && !a.tradesEnded.has(tradeId); i += 1) await sleep(10);
}

/** A trading pair's loop. */
export async function tradingPair(a: Hero, b: Hero, live: () => boolean): Promise<void> {
  while (live()) {
    if ((a.inventory.gold ?? 0) >= 10) await a.act('buy boots', () => a.client.economy.buy(SMITH, 'leather_boots'), bought, live);
    if ((b.inventory.gold ?? 0) >= 10) await b.act('buy potions', () => b.client.economy.buy(HERBALIST, 'health_potion', 2), bought, live);
    const boots = a.bag().find((item) => item.templateId === 'leather_boots');
    if (boots !== undefined) {
      await a.act(`equip ${boots.itemId}`, () => a.client.economy.equip(boots.itemId), () => (events) => events.some((e) => e.type === 'ItemEquipped' && e.itemId === boots.itemId), live);
    }
    await trade(a, b, live);
    const oldest = a.bag()[0];
    if (oldest !== undefined && a.bag().length > 2) await a.act(`sell ${oldest.itemId}`, () => a.client.economy.sell(SMITH, oldest.itemId), () => sold(oldest.itemId), live);
    const first = b.bag()[0];
    const to = lastFreeSlot(b);
    if (first !== undefined && to > first.slot) {
      await b.act(`move ${first.itemId}`, () => b.client.economy.moveItem(first.itemId, to), () => (events) => events.some((e) => e.type === 'ItemMoved' && e.itemId === first.itemId && e.toSlot === to), live);
    }
    await sleep(PACE_MS);
  }
}

/** A fighter's loop: target the nearest living rat, swing until it dies, sell pelts now and then. */
export async function fighter(hero: Hero, live: () => boolean): Promise<void> {
  while (live()) {
    const self = hero.world.self;
    let rat: { id: number; x: number; y: number; dead: boolean } | undefined;
    for (const entity of hero.world.entities.values()) {
      if (entity.kind !== NPC || entity.name !== RAT_NAME || entity.dead || self === undefined) continue;
      if (rat === undefined || Math.hypot(entity.x - self.x, entity.y - self.y) < Math.hypot(rat.x - self.x, rat.y - self.y)) rat = entity;
    }
    if (rat === undefined) {
      await sleep(20);
      continue;
    }
    const target = rat;
    await hero.act('select target', () => hero.client.selectTarget(target.id), undefined, live);
    await hero.act('auto-attack', () => hero.client.setAutoAttack(true), undefined, live);
    for (let i = 0; i < 150 && live() && !target.dead && hero.world.entities.get(target.id) === target; i += 1) await sleep(20);
    const pelts = hero.bag().find((item) => item.templateId === 'wolf_pelt' && item.count >= 3);
    if (pelts !== undefined) await hero.act(`sell ${pelts.itemId}`, () => hero.client.economy.sell(HERBALIST, pelts.itemId), () => sold(pelts.itemId), live);
  }
}

/**
 * Sends one purchase and resolves at once (the request is on its way): the crash test kills
 * the server right after, so a request is certainly in flight when it dies. Its answer, if the
 * client still gets one, is journaled like any other.
 */
export function lastPurchase(hero: Hero, live: () => boolean): Promise<unknown> {
  return hero.act('buy a potion as the server dies', () => hero.client.economy.buy(HERBALIST, 'health_potion', 1), bought, live);
}
