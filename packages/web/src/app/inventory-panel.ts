/**
 * The inventory panel (I key): the bag's slots and the equipment slots with the gold. Clicking a
 * bag item wears it (when it can be worn), clicking a worn item takes it off into the first free
 * bag slot, and the ✕ on a bag item destroys it after the player confirms. Near a vendor (within
 * the server's 8 m) the vendor window offers the vendor's stock and a Sell button per bag item.
 * The panel shows what the server last pushed; each click is a request, answered after the
 * change is saved, and the next InventoryState push redraws.
 * @module
 */
import type { InventoryMirror } from '@realmforge/client';
import type { ServerPayloads } from '@realmforge/protocol';
import { inventoryView } from './inventory-view.ts';
import type { InventoryView, ItemView } from './inventory-view.ts';
import { itemInfo } from './item-book.ts';
import type { ItemBook } from './item-book.ts';
import { button, element, make } from './page-element.ts';
import type { GameSession } from './session.ts';
import { errorText } from './session.ts';
import type { VendorPlace } from './zone-map.ts';

/** How near a vendor must be to trade with it (metres; the server's VENDOR_RANGE). */
export const VENDOR_RANGE_METRES = 8;

/** What the panel needs from the page. */
export interface InventoryPanelContext {
  /** The session (requests go through its client). */
  readonly session: GameSession;
  /** Shows a refusal or a failure to the player. */
  readonly say: (text: string) => void;
  /** Asks the player to confirm something that cannot be undone. */
  readonly confirm: (question: string) => boolean;
}

/** The inventory panel and the vendor window. */
export class InventoryPanel {
  readonly #context: InventoryPanelContext;
  readonly #ui = {
    panel: element('inventory-panel', HTMLElement),
    close: element('inventory-close', HTMLButtonElement),
    gold: element('inventory-gold', HTMLSpanElement),
    equipment: element('equipment-slots', HTMLUListElement),
    bag: element('bag-slots', HTMLOListElement),
    vendorPrompt: element('vendor-prompt', HTMLButtonElement),
    vendorWindow: element('vendor-window', HTMLElement),
    vendorName: element('vendor-name', HTMLSpanElement),
    vendorClose: element('vendor-close', HTMLButtonElement),
    vendorOffers: element('vendor-offers', HTMLUListElement),
    vendorSell: element('vendor-sell', HTMLUListElement),
  };
  #book: ItemBook = new Map();
  #inventory: InventoryMirror | undefined;
  #view: InventoryView = inventoryView(new Map(), undefined);
  #nearVendor: VendorPlace | undefined;
  #vendorStock: ServerPayloads['vendorStock'] | undefined;

  /** @param context - what the panel acts through */
  constructor(context: InventoryPanelContext) {
    this.#context = context;
    this.#ui.close.addEventListener('click', () => {
      this.toggle(false);
    });
    this.#ui.vendorPrompt.addEventListener('click', () => {
      this.openVendor();
    });
    this.#ui.vendorClose.addEventListener('click', () => {
      this.#closeVendor();
    });
  }

  /** The panel as drawn now (for the debug hook and the trade window). */
  get view(): InventoryView {
    return this.#view;
  }

  /** The item book arrived. */
  setBook(book: ItemBook): void {
    this.#book = book;
    this.#redraw();
  }

  /** The server pushed the inventory. */
  setInventory(inventory: InventoryMirror): void {
    this.#inventory = inventory;
    this.#redraw();
  }

  /** Shows or hides the panel (flips it without an argument). */
  toggle(open = this.#ui.panel.hidden): void {
    this.#ui.panel.hidden = !open;
  }

  /** The vendor nearest the player within range, or undefined: shows or hides the prompt. */
  setNearVendor(vendor: VendorPlace | undefined): void {
    if (vendor?.id === this.#nearVendor?.id) return;
    this.#nearVendor = vendor;
    this.#ui.vendorPrompt.hidden = vendor === undefined;
    if (vendor !== undefined) this.#ui.vendorPrompt.textContent = `Trade with ${vendor.name} (V)`;
    if (vendor === undefined || this.#vendorStock?.vendorId !== vendor.id) this.#closeVendor();
  }

  /** Opens the near vendor's window (V key). */
  openVendor(): void {
    const vendor = this.#nearVendor;
    if (vendor === undefined) return;
    void this.#act(async (session) => {
      this.#vendorStock = await session.client.economy.browse(vendor.id);
      this.#ui.vendorWindow.hidden = false;
      this.toggle(true);
      this.#redraw();
    });
  }

  #closeVendor(): void {
    this.#vendorStock = undefined;
    this.#ui.vendorWindow.hidden = true;
  }

  #redraw(): void {
    const view = inventoryView(this.#book, this.#inventory);
    this.#view = view;
    this.#ui.gold.textContent = String(view.gold);
    this.#ui.equipment.replaceChildren(
      ...view.equipment.map((slot) => {
        const item = make('li', slot.item === undefined ? 'empty' : 'item');
        item.dataset.slot = slot.label;
        item.append(make('span', 'slot-label', slot.label));
        if (slot.item === undefined) item.append(make('span', 'item-name', '—'));
        else {
          const worn = slot.item;
          const takeOff = button(worn.info.name, () => {
            this.#unequip(slot.slot, worn);
          }, 'item-name');
          takeOff.title = `${statsText(worn)} · click to take off`;
          takeOff.dataset.itemId = worn.itemId;
          item.append(takeOff);
        }
        return item;
      }),
    );
    this.#ui.bag.replaceChildren(
      ...view.bag.map((slot) => {
        const item = make('li', slot.item === undefined ? 'empty' : 'item');
        item.dataset.slot = String(slot.slot);
        const held = slot.item;
        if (held === undefined) return item;
        const use = button(`${held.info.name}${held.count > 1 ? ` ×${held.count}` : ''}`, () => {
          if (held.equippable) this.#equip(held);
        }, 'item-name');
        use.title = held.equippable ? `${statsText(held)} · click to wear` : `${held.info.name} (sells for ${held.info.sellPrice} gold)`;
        use.dataset.itemId = held.itemId;
        use.dataset.template = held.templateId;
        const destroy = button('✕', () => {
          if (this.#context.confirm(`Destroy ${held.info.name}${held.count > 1 ? ` ×${held.count}` : ''}? This cannot be undone.`)) this.#destroy(held);
        }, 'destroy');
        destroy.title = `Destroy ${held.info.name}`;
        item.append(use, destroy);
        return item;
      }),
    );
    this.#drawVendor(view);
  }

  #drawVendor(view: InventoryView): void {
    const stock = this.#vendorStock;
    if (stock === undefined) return;
    this.#ui.vendorName.textContent = stock.name;
    this.#ui.vendorOffers.replaceChildren(
      ...stock.offers.map((offer) => {
        const templateId = offer.templateId ?? '';
        const price = offer.price ?? 0;
        const info = itemInfo(this.#book, templateId);
        const row = make('li', '', `${info.name} — ${price} gold `);
        const buy = button('Buy', () => {
          void this.#act(async (session) => {
            await session.client.economy.buy(stock.vendorId, templateId, 1);
          });
        });
        buy.dataset.template = templateId;
        buy.disabled = price > view.gold;
        row.append(buy);
        return row;
      }),
    );
    this.#ui.vendorSell.replaceChildren(
      ...view.bag.flatMap((slot) => {
        const held = slot.item;
        if (held === undefined) return [];
        const row = make('li', '', `${held.info.name}${held.count > 1 ? ` ×${held.count}` : ''} — ${held.info.sellPrice * held.count} gold `);
        const sell = button('Sell', () => {
          void this.#act(async (session) => {
            await session.client.economy.sell(stock.vendorId, held.itemId);
          });
        });
        sell.dataset.itemId = held.itemId;
        row.append(sell);
        return [row];
      }),
    );
  }

  #equip(item: ItemView): void {
    void this.#act(async (session) => {
      await session.client.economy.equip(item.itemId);
    });
  }

  #unequip(slot: ItemView['info']['slot'], item: ItemView): void {
    const free = this.#view.freeSlot;
    if (free === undefined) {
      this.#context.say(`the bag is full: make room before taking off ${item.info.name}`);
      return;
    }
    void this.#act(async (session) => {
      await session.client.economy.unequip(slot, free);
    });
  }

  #destroy(item: ItemView): void {
    void this.#act(async (session) => {
      await session.client.economy.destroy(item.itemId);
    });
  }

  async #act(action: (session: GameSession) => Promise<void>): Promise<void> {
    try {
      await action(this.#context.session);
    } catch (error) {
      this.#context.say(errorText(error));
    }
  }
}

function statsText(item: ItemView): string {
  const stats = Object.entries(item.info.stats).map(([stat, value]) => `+${value} ${stat}`);
  return `${item.info.name}${stats.length > 0 ? ` (${stats.join(', ')})` : ''}`;
}
