/**
 * The economy following the world: a character's inventory is loaded when it enters the world
 * (and sent to it), unloaded when it leaves (its trades end first), and every durable change is
 * pushed to its session as InventoryState, loot as LootReceived.
 * @module
 */
import { encodeServerMessage } from '@realmforge/protocol';
import type { Logger } from '../ops/logger.ts';
import { openLink } from '../social/push-link.ts';
import type { LinkLookup } from '../social/push-link.ts';
import type { TradeService } from '../trade/trade-service.ts';
import type { World } from '../world/world.ts';
import type { Economy } from './economy.ts';
import type { InventoryState } from './inventory.ts';
import { toWireInventory } from './wire-inventory.ts';

/** Wires the economy and trades to the world's enter and leave events and to sessions. */
export function followWorld(world: World, economy: Economy, trades: TradeService, links: LinkLookup, log: Logger): void {
  const push = (characterId: string, bytes: Uint8Array): void => {
    const player = world.get(characterId);
    if (player !== undefined) openLink(links, player)?.deliverPush(bytes);
  };
  const pushInventory = (characterId: string, state: InventoryState): void => {
    push(characterId, encodeServerMessage({ requestId: 0, inventoryState: { inventory: toWireInventory(state) } }));
  };
  world.onEnter((player) => {
    economy.enter(player.id).then((state) => {
      pushInventory(player.id, state);
    }, (error: unknown) => {
      // Commands load it again on demand; the player sees the inventory after the first change.
      log.error({ err: error, characterId: player.id }, 'loading an inventory failed');
    });
  });
  world.onLeave((player) => {
    trades.cancelFor(player.id, 'left');
    void economy.unload(player.id);
  });
  economy.onChange(pushInventory);
  economy.onLoot((characterId, grant) => {
    push(characterId, encodeServerMessage({
      requestId: 0,
      lootReceived: {
        items: grant.items.map((item) => ({ itemId: item.id, templateId: item.templateId, count: item.count })),
        gold: grant.gold,
        itemsLeftBehind: grant.itemsLeftBehind,
      },
    }));
  });
}
