/**
 * A trading bot's mailbox: the trade pushes of its session (invitations, offer states, ends)
 * kept in order until the bot's trade steps look for them, so a push that arrives while the bot
 * waits for a reply is never missed. Bounded: the oldest news is dropped past
 * {@link MAILBOX_SIZE}.
 * @module
 */
import type { GameClient, TradeStateView } from '@realmforge/client/node';
import type { TradeEndReason } from '@realmforge/protocol';

/** Most pushes kept. */
export const MAILBOX_SIZE = 64;

/** One trade push. */
export type TradeNews =
  | { readonly kind: 'invitation'; readonly tradeId: string }
  | { readonly kind: 'state'; readonly tradeId: string; readonly state: TradeStateView }
  | { readonly kind: 'ended'; readonly tradeId: string; readonly reason: TradeEndReason };

/** The trade pushes of one session, in arrival order. */
export class TradeMailbox {
  readonly #news: TradeNews[] = [];
  #wake: (() => void) | undefined;

  /** @param client - the session whose trade pushes to keep, from now on */
  constructor(client: GameClient) {
    client.economy.onTradeInvitation((invitation) => {
      this.#post({ kind: 'invitation', tradeId: invitation.tradeId });
    });
    client.economy.onTradeState((state) => {
      this.#post({ kind: 'state', tradeId: state.tradeId, state });
    });
    client.economy.onTradeEnded((ended) => {
      this.#post({ kind: 'ended', tradeId: ended.tradeId, reason: ended.reason });
    });
  }

  /**
   * Takes the oldest news that `wanted` accepts, waiting up to `timeoutMs` for it to arrive;
   * undefined when none came in time.
   * @throws the abort when `signal` aborts
   */
  async take(wanted: (news: TradeNews) => boolean, timeoutMs: number, signal: AbortSignal): Promise<TradeNews | undefined> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      signal.throwIfAborted();
      const at = this.#news.findIndex(wanted);
      if (at >= 0) return this.#news.splice(at, 1)[0];
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        function done(): void {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        }
        this.#wake = done;
        signal.addEventListener('abort', done, { once: true });
      });
    }
  }

  #post(news: TradeNews): void {
    if (this.#news.length >= MAILBOX_SIZE) this.#news.shift();
    this.#news.push(news);
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
