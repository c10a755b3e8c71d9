/**
 * Inventory and vendor requests. Each answer is sent only after the change's ledger events are
 * committed; the InventoryState push follows from the economy.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { equipmentSlotName } from '../../economy/wire-inventory.ts';
import { VENDOR_RANGE } from '../../economy/vendors.ts';
import type { Vendor } from '../../economy/vendors.ts';
import type { PlayerEntity } from '../../world/player-entity.ts';
import { requirePresence } from '../handler.ts';
import type { RequestHandler, SessionControl } from '../handler.ts';
import { RequestError } from '../request-error.ts';

/** The session's character in the world, or NOT_AUTHENTICATED / NOT_IN_WORLD. */
export function requireCharacter(session: SessionControl): PlayerEntity {
  const presence = requirePresence(session);
  const player = session.services.realm.character(presence);
  if (player === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_WORLD, 'enter the world first');
  return player;
}

/** The vendor, checked to be in the player's zone within {@link VENDOR_RANGE}. */
function requireVendorNear(session: SessionControl, player: PlayerEntity, vendorId: string): Vendor {
  const vendor = session.services.vendors.get(vendorId);
  if (vendor === undefined) throw new RequestError(ErrorCode.ERROR_CODE_VENDOR_NOT_FOUND, 'no such vendor');
  if (vendor.zone !== player.zone || Math.hypot(vendor.x - player.x, vendor.y - player.y) > VENDOR_RANGE) {
    throw new RequestError(ErrorCode.ERROR_CODE_VENDOR_TOO_FAR, `stand within ${VENDOR_RANGE} m of ${vendor.name}`);
  }
  return vendor;
}

/** MoveItem → ItemMoved. */
export const moveItem: RequestHandler<'moveItem'> = async (session, request) => {
  await session.services.economy.moveItem(requireCharacter(session).id, request.itemId, request.toSlot);
  return { itemMoved: {} };
};

/** SplitStack → StackSplit. */
export const splitStack: RequestHandler<'splitStack'> = async (session, request) => {
  const newItemId = await session.services.economy.splitStack(requireCharacter(session).id, request.itemId, request.count, request.toSlot);
  return { stackSplit: { newItemId } };
};

/** EquipItem → ItemEquipped. */
export const equipItem: RequestHandler<'equipItem'> = async (session, request) => {
  await session.services.economy.equip(requireCharacter(session).id, request.itemId);
  return { itemEquipped: {} };
};

/** UnequipItem → ItemUnequipped. */
export const unequipItem: RequestHandler<'unequipItem'> = async (session, request) => {
  const slot = equipmentSlotName(request.slot);
  if (slot === undefined) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 'name an equipment slot');
  await session.services.economy.unequip(requireCharacter(session).id, slot, request.toSlot);
  return { itemUnequipped: {} };
};

/** DestroyItem → ItemDestroyed. */
export const destroyItem: RequestHandler<'destroyItem'> = async (session, request) => {
  await session.services.economy.destroy(requireCharacter(session).id, request.itemId);
  return { itemDestroyed: {} };
};

/** VendorBrowse → VendorStock. */
export const vendorBrowse: RequestHandler<'vendorBrowse'> = (session, request) => {
  const vendor = requireVendorNear(session, requireCharacter(session), request.vendorId);
  const offers = vendor.stock.map((templateId) => ({ templateId, price: session.services.economy.template(templateId).buyPrice }));
  return { vendorStock: { vendorId: vendor.id, name: vendor.name, offers } };
};

/** VendorBuy → VendorBought. */
export const vendorBuy: RequestHandler<'vendorBuy'> = async (session, request) => {
  const player = requireCharacter(session);
  const vendor = requireVendorNear(session, player, request.vendorId);
  if (!vendor.stock.includes(request.templateId)) throw new RequestError(ErrorCode.ERROR_CODE_VENDOR_DOES_NOT_SELL, `${vendor.name} does not sell that`);
  const bought = await session.services.economy.buy(player.id, request.templateId, request.count);
  return { vendorBought: { itemId: bought.itemId, price: bought.price } };
};

/** VendorSell → VendorSold. */
export const vendorSell: RequestHandler<'vendorSell'> = async (session, request) => {
  const player = requireCharacter(session);
  requireVendorNear(session, player, request.vendorId);
  const price = await session.services.economy.sell(player.id, request.itemId);
  return { vendorSold: { price } };
};
