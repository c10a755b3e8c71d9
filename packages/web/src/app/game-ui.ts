/**
 * Playing, beyond walking and chatting: the combat HUD, the inventory panel with the vendor
 * window, the trade window, floating combat numbers, and the keys and clicks that drive them
 * (click an entity or Tab to target, 1-5 to cast, R for auto-attack, I for the inventory, V for
 * a near vendor, Escape to clear the target). Loads the item and skill books from the server's
 * `/content/` files and routes the server's pushes to the panels. main.ts owns the page's
 * screens, movement and chat, and hands this the rest.
 * @module
 */
import type { MirroredCombatEvent, MirroredEntity, Point, WorldMirror } from '@realmforge/client';
import { serverPayload } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import { CombatHud } from './combat-hud.ts';
import type { CombatText } from './combat-text.ts';
import { InventoryPanel, VENDOR_RANGE_METRES } from './inventory-panel.ts';
import { itemInfo, parseItemBook } from './item-book.ts';
import type { ItemBook } from './item-book.ts';
import { element } from './page-element.ts';
import type { FloatingText } from './renderer.ts';
import { FLOATING_TEXT_SECONDS } from './renderer.ts';
import type { GameSession } from './session.ts';
import { errorText } from './session.ts';
import { displayName, parseSkillBook } from './skill-book.ts';
import type { SkillBook } from './skill-book.ts';
import { entityAt, nextEnemy } from './targeting.ts';
import { TradeWindow } from './trade-window.ts';
import type { VendorPlace } from './zone-map.ts';

const TONE_COLOURS: Readonly<Record<CombatText['tone'], string>> = {
  damage: '#f87171',
  heal: '#4ade80',
  miss: '#e5e7eb',
  interrupt: '#c4b5fd',
  death: '#9ca3af',
  experience: '#a78bfa',
  level: '#facc15',
};
/** How long a refusal stays on screen. */
const MESSAGE_MS = 4000;
/** Floating numbers drawn at once, at most. */
const FLOATING_LIMIT = 40;

/** What the game UI needs from the page. */
export interface GameUiContext {
  /** The session. */
  readonly session: GameSession;
  /** The world mirror. */
  readonly world: WorldMirror;
}

interface Floating {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly colour: string;
  readonly bornMs: number;
}

/** The combat, inventory, vendor and trade parts of the page. */
export class GameUi {
  readonly #context: GameUiContext;
  readonly #message = element('action-message', HTMLDivElement);
  /** The combat HUD (frames, skill bar, combat log, death overlay). */
  readonly hud: CombatHud;
  /** The inventory panel and the vendor window. */
  readonly inventory: InventoryPanel;
  /** Trade invitations and the trade window. */
  readonly trade: TradeWindow;
  #skills: SkillBook | undefined;
  #items: ItemBook = new Map();
  readonly #floating: Floating[] = [];
  #messageTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last tick a frame brought, and when it arrived: the tick now is estimated from them. */
  #frameTick = { tick: 0, atMs: 0, tickMs: 50 };
  /** The own cast as of the last frame (its end starts no cooldown when it caused nothing). */
  #selfCast = 0;

  /** @param context - the session and the mirror */
  constructor(context: GameUiContext) {
    this.#context = context;
    const say = (text: string): void => {
      this.say(text);
    };
    this.hud = new CombatHud({ ...context, say, trade: (name) => {
      this.trade.request(name);
    } });
    this.inventory = new InventoryPanel({ session: context.session, say, confirm: (question) => window.confirm(question) });
    this.trade = new TradeWindow({ session: context.session, say, inventory: () => this.inventory.view, book: () => this.#items });
    element('inventory-button', HTMLButtonElement).addEventListener('click', () => {
      this.inventory.toggle();
    });
  }

  /** The skill book, once loaded. */
  get skills(): SkillBook | undefined {
    return this.#skills;
  }

  /** Fetches the item and skill books (relative to the page); failures are shown, not thrown. */
  async loadBooks(base: string = document.baseURI): Promise<void> {
    const load = async (file: string): Promise<unknown> => {
      const response = await fetch(new URL(`content/${file}`, base));
      if (!response.ok) throw new Error(`content/${file}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    };
    try {
      const [combat, items] = await Promise.all([load('combat.json'), load('items.json')]);
      this.#skills = parseSkillBook(combat);
      this.#items = parseItemBook(items);
      this.hud.setBook(this.#skills);
      this.inventory.setBook(this.#items);
    } catch (error) {
      this.say(`cannot load the game's content: ${errorText(error)}`);
    }
  }

  /** Shows a short message (a refusal, news) above the skill bar. */
  say(text: string): void {
    this.#message.textContent = text;
    this.#message.hidden = false;
    clearTimeout(this.#messageTimer);
    this.#messageTimer = setTimeout(() => {
      this.#message.hidden = true;
    }, MESSAGE_MS);
  }

  /** A world frame arrived (after the mirror applied it). */
  frame(reset: boolean, tickMs: number): void {
    this.#frameTick = { tick: this.#context.world.tick, atMs: performance.now(), tickMs };
    if (reset) {
      this.hud.reset();
      this.#floating.length = 0;
    }
    const cast = this.#context.world.self?.castSkillId ?? 0;
    if (this.#selfCast !== 0 && cast !== this.#selfCast) this.hud.castEnded(this.#selfCast);
    this.#selfCast = cast;
  }

  /** A combat event arrived: the log, the skill bar and a floating number. */
  combatEvent(event: MirroredCombatEvent): void {
    const world = this.#context.world;
    const text = this.hud.combatEvent(event, (id) => world.entities.get(id)?.name ?? '');
    const target = world.entities.get(event.targetId);
    if (text.floating === '' || target === undefined) return;
    this.#floating.push({ x: target.x, y: target.y, text: text.floating, colour: TONE_COLOURS[text.tone], bornMs: performance.now() });
    if (this.#floating.length > FLOATING_LIMIT) this.#floating.shift();
  }

  /** A pushed message: inventory, loot and trade go to their panels. */
  push(message: ServerMessage): void {
    const payload = serverPayload(message);
    if (payload?.kind === 'inventoryState' && payload.value.inventory) {
      this.inventory.setInventory(payload.value.inventory);
      this.trade.inventoryChanged();
    } else if (payload?.kind === 'lootReceived') {
      const names = payload.value.items.map((stack) => `${itemInfo(this.#items, stack.templateId ?? '').name}${(stack.count ?? 1) > 1 ? ` ×${stack.count ?? 1}` : ''}`);
      if (payload.value.gold > 0) names.push(`${payload.value.gold} gold`);
      this.say(`Loot: ${names.join(', ') || 'nothing'}${payload.value.itemsLeftBehind > 0 ? ` (${payload.value.itemsLeftBehind} left behind: the bag is full)` : ''}`);
    } else if (payload?.kind === 'tradeInvitation') this.trade.invited(payload.value);
    else if (payload?.kind === 'tradeState') this.trade.changed(payload.value);
    else if (payload?.kind === 'tradeEnded') this.trade.ended(payload.value);
  }

  /** A key went down in the world (not typing); true when this handled it. */
  key(event: KeyboardEvent, own: Point | undefined): boolean {
    const digit = /^Digit([1-5])$/.exec(event.code);
    if (digit !== null) {
      this.hud.castKey(Number(digit[1]));
      return true;
    }
    if (event.code === 'Tab') {
      if (own !== undefined) {
        const next = nextEnemy(this.#context.world.entities.values(), own, this.hud.targetId);
        if (next !== undefined) this.hud.select(next.id);
      }
      return true;
    }
    if (event.code === 'Escape') {
      if (this.hud.targetId !== 0) this.hud.select(0);
      return true;
    }
    if (event.code === 'KeyR') this.hud.toggleAutoAttack();
    else if (event.code === 'KeyI') this.inventory.toggle();
    else if (event.code === 'KeyV') this.inventory.openVendor();
    else return false;
    return true;
  }

  /**
   * A click on the world at a point (metres), with every entity's drawn position: selects the
   * entity under it and returns true, or returns false (the click walks).
   */
  click(at: Point, drawn: Iterable<{ readonly id: number; readonly kind: number; readonly x: number; readonly y: number; readonly dead: boolean }>): boolean {
    const entity = entityAt(drawn, at, this.#context.world.selfId);
    if (entity === undefined) return false;
    this.hud.select(entity.id);
    return true;
  }

  /** How far an entity's cast is (0-1), or undefined when it is not casting. */
  castShare(entity: MirroredEntity): number | undefined {
    if (entity.castSkillId === 0 || entity.castEndTick <= entity.castStartTick) return undefined;
    const { tick, atMs, tickMs } = this.#frameTick;
    const now = tick + (performance.now() - atMs) / tickMs;
    return Math.max(0, Math.min(1, (now - entity.castStartTick) / (entity.castEndTick - entity.castStartTick)));
  }

  /** An entity's cast for the renderer. */
  castOf(entity: MirroredEntity): { share: number; label: string } | undefined {
    const share = this.castShare(entity);
    if (share === undefined) return undefined;
    const skill = this.#skills?.skills.get(entity.castSkillId);
    return { share, label: skill === undefined ? 'casting' : displayName(skill.name) };
  }

  /** Floating numbers still in flight at `nowMs` (expired ones are dropped). */
  floating(nowMs: number): FloatingText[] {
    while (this.#floating.length > 0 && nowMs - (this.#floating[0]?.bornMs ?? nowMs) > FLOATING_TEXT_SECONDS * 1000) this.#floating.shift();
    return this.#floating.map((f) => ({ x: f.x, y: f.y, text: f.text, colour: f.colour, age: (nowMs - f.bornMs) / 1000 }));
  }

  /** Per animation frame: the HUD, and the vendor prompt for the vendor in range (if any). */
  render(own: Point | undefined, vendors: readonly VendorPlace[]): void {
    this.hud.render((entity) => this.castShare(entity));
    let near: VendorPlace | undefined;
    if (own !== undefined) {
      let best = VENDOR_RANGE_METRES;
      for (const vendor of vendors) {
        const distance = Math.hypot(vendor.x - own.x, vendor.y - own.y);
        if (distance <= best) {
          best = distance;
          near = vendor;
        }
      }
    }
    this.inventory.setNearVendor(near);
  }
}
