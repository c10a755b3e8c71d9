/**
 * Trading with another player: asking (the target frame's Trade button names the target),
 * incoming invitations with Accept and Decline, and the open trade's window: both offers, the
 * player's own offer built from bag items and gold, Confirm (for the revision shown, so a
 * change the player has not seen is never confirmed) and Cancel. The server's TradeState and
 * TradeEnded pushes drive it.
 * @module
 */
import { TradeEndReason } from '@realmforge/protocol';
import type { ServerPayloads } from '@realmforge/protocol';
import type { TradeStateView } from '@realmforge/client';
import { itemView } from './inventory-view.ts';
import type { InventoryView } from './inventory-view.ts';
import type { ItemBook } from './item-book.ts';
import { button, element, make } from './page-element.ts';
import type { GameSession } from './session.ts';
import { errorText } from './session.ts';

/** What the trade window needs from the page. */
export interface TradeWindowContext {
  /** The session (requests go through its client). */
  readonly session: GameSession;
  /** Shows news and refusals to the player. */
  readonly say: (text: string) => void;
  /** The bag as the inventory panel shows it. */
  readonly inventory: () => InventoryView;
  /** The item book. */
  readonly book: () => ItemBook;
}

/** Why a trade ended, for people. */
export function tradeEndText(reason: TradeEndReason): string {
  switch (reason) {
    case TradeEndReason.TRADE_END_REASON_COMPLETED:
      return 'trade completed';
    case TradeEndReason.TRADE_END_REASON_CANCELLED:
      return 'trade cancelled';
    case TradeEndReason.TRADE_END_REASON_LEFT:
      return 'trade ended: they left';
    case TradeEndReason.TRADE_END_REASON_OUT_OF_RANGE:
      return 'trade ended: you moved too far apart';
    case TradeEndReason.TRADE_END_REASON_DIED:
      return 'trade ended: someone died';
    case TradeEndReason.TRADE_END_REASON_FAILED:
      return 'trade failed: an offered item moved or a bag was full';
    case TradeEndReason.TRADE_END_REASON_DECLINED:
      return 'trade declined';
    default:
      return 'trade ended';
  }
}

/** Invitations and the open trade. */
export class TradeWindow {
  readonly #context: TradeWindowContext;
  readonly #ui = {
    invites: element('trade-invites', HTMLUListElement),
    window: element('trade-window', HTMLElement),
    partner: element('trade-partner', HTMLSpanElement),
    theirs: element('trade-theirs', HTMLUListElement),
    mine: element('trade-mine', HTMLUListElement),
    gold: element('trade-gold', HTMLInputElement),
    offer: element('trade-offer', HTMLButtonElement),
    confirm: element('trade-confirm', HTMLButtonElement),
    cancel: element('trade-cancel', HTMLButtonElement),
    status: element('trade-status', HTMLParagraphElement),
  };
  readonly #invitations = new Map<string, ServerPayloads['tradeInvitation']>();
  #trade: TradeStateView | undefined;
  /** Bag items ticked for the offer. */
  readonly #ticked = new Set<string>();

  /** @param context - what the window acts through */
  constructor(context: TradeWindowContext) {
    this.#context = context;
    this.#ui.offer.addEventListener('click', () => {
      const trade = this.#trade;
      if (trade === undefined) return;
      const gold = Math.max(0, Math.floor(Number(this.#ui.gold.value) || 0));
      void this.#act(async (session) => {
        await session.client.economy.tradeSetOffer(trade.tradeId, [...this.#ticked], gold);
      });
    });
    this.#ui.confirm.addEventListener('click', () => {
      const trade = this.#trade;
      if (trade === undefined) return;
      void this.#act(async (session) => {
        await session.client.economy.tradeConfirm(trade.tradeId, trade.revision);
      });
    });
    this.#ui.cancel.addEventListener('click', () => {
      const trade = this.#trade;
      if (trade === undefined) return;
      void this.#act(async (session) => {
        await session.client.economy.tradeCancel(trade.tradeId);
      });
    });
  }

  /** The open trade (for the debug hook). */
  get trade(): TradeStateView | undefined {
    return this.#trade;
  }

  /** Asks a character (by the name the world shows) to trade. */
  request(name: string): void {
    void this.#act(async (session) => {
      await session.client.economy.tradeRequestByName(name);
      this.#context.say(`asked ${name} to trade`);
    });
  }

  /** Someone asks the player to trade. */
  invited(invitation: ServerPayloads['tradeInvitation']): void {
    this.#invitations.set(invitation.tradeId, invitation);
    this.#drawInvitations();
  }

  /** The open trade changed. */
  changed(state: TradeStateView): void {
    const opening = this.#trade?.tradeId !== state.tradeId;
    this.#trade = state;
    this.#invitations.delete(state.tradeId);
    if (opening) {
      this.#ticked.clear();
      this.#ui.gold.value = '0';
    }
    this.#drawInvitations();
    this.#draw();
  }

  /** A trade or invitation ended. */
  ended(ended: ServerPayloads['tradeEnded']): void {
    this.#invitations.delete(ended.tradeId);
    this.#drawInvitations();
    if (this.#trade?.tradeId !== ended.tradeId) return;
    this.#trade = undefined;
    this.#ui.window.hidden = true;
    this.#context.say(tradeEndText(ended.reason));
  }

  /** The bag changed: the list of items to offer follows it. */
  inventoryChanged(): void {
    if (this.#trade !== undefined) this.#draw();
  }

  #drawInvitations(): void {
    this.#ui.invites.replaceChildren(
      ...[...this.#invitations.values()].map((invitation) => {
        const row = make('li', '', `${invitation.requesterName} wants to trade `);
        const respond = (accept: boolean): void => {
          this.#invitations.delete(invitation.tradeId);
          this.#drawInvitations();
          void this.#act(async (session) => {
            await session.client.economy.tradeRespond(invitation.tradeId, accept);
          });
        };
        row.append(button('Accept', () => {
          respond(true);
        }, 'primary'), button('Decline', () => {
          respond(false);
        }));
        row.dataset.tradeId = invitation.tradeId;
        return row;
      }),
    );
  }

  #draw(): void {
    const trade = this.#trade;
    if (trade === undefined) return;
    const book = this.#context.book();
    this.#ui.window.hidden = false;
    this.#ui.partner.textContent = trade.partnerName;
    const offered = (offer: TradeStateView['myOffer']): HTMLLIElement[] => [
      ...(offer?.items ?? []).flatMap((stack) => {
        const item = itemView(book, stack);
        return item === undefined ? [] : [make('li', '', `${item.info.name}${item.count > 1 ? ` ×${item.count}` : ''}`)];
      }),
      make('li', 'gold', `${offer?.gold ?? 0} gold`),
    ];
    this.#ui.theirs.replaceChildren(...offered(trade.theirOffer));
    const mine = new Set((trade.myOffer?.items ?? []).map((stack) => stack.itemId ?? ''));
    const inBag = new Set(this.#context.inventory().bag.flatMap((slot) => (slot.item === undefined ? [] : [slot.item.itemId])));
    for (const id of this.#ticked) if (!inBag.has(id)) this.#ticked.delete(id);
    this.#ui.mine.replaceChildren(
      ...this.#context.inventory().bag.flatMap((slot) => {
        const held = slot.item;
        if (held === undefined) return [];
        const row = make('li');
        const label = make('label');
        const tick = make('input');
        tick.type = 'checkbox';
        tick.checked = this.#ticked.has(held.itemId) || mine.has(held.itemId);
        if (tick.checked) this.#ticked.add(held.itemId);
        tick.dataset.itemId = held.itemId;
        tick.addEventListener('change', () => {
          if (tick.checked) this.#ticked.add(held.itemId);
          else this.#ticked.delete(held.itemId);
        });
        label.append(tick, ` ${held.info.name}${held.count > 1 ? ` ×${held.count}` : ''}`);
        row.append(label);
        return [row];
      }),
    );
    this.#ui.status.textContent = `You offer ${trade.myOffer?.items?.length ?? 0} item(s) and ${trade.myOffer?.gold ?? 0} gold · you ${trade.iConfirmed ? 'confirmed' : 'have not confirmed'} · they ${trade.theyConfirmed ? 'confirmed' : 'have not confirmed'}`;
    this.#ui.confirm.disabled = trade.iConfirmed;
  }

  async #act(action: (session: GameSession) => Promise<void>): Promise<void> {
    try {
      await action(this.#context.session);
    } catch (error) {
      this.#context.say(errorText(error));
    }
  }
}
