/**
 * `window.__realmforge`: a small read-only view of the client's state for automated browser
 * tests (and curious players in the devtools console). It is not an API for gameplay: it sends
 * nothing to the server, except `dropConnection()`, which closes the socket the way a network
 * failure would so a test can watch the client reconnect and resume.
 * @module
 */
import type { WorldMirror } from '@realmforge/client';
import type { Point } from '@realmforge/client';
import type { GameUi } from './game-ui.ts';
import type { ConnectionState, GameSession, SessionPhase } from './session.ts';

/** An entity as the hook reports it (server positions, metres). */
export interface DebugEntity {
  /** Zone-local entity id. */
  readonly id: number;
  /** 1 player, 2 NPC. */
  readonly kind: number;
  /** Display name. */
  readonly name: string;
  /** Metres, as the server last sent it. */
  readonly x: number;
  /** Metres. */
  readonly y: number;
  /** Current hit points. */
  readonly hitPoints: number;
  /** Maximum hit points. */
  readonly maxHitPoints: number;
  /** Whether it is dead. */
  readonly dead: boolean;
}

/** An item as the hook reports it. */
export interface DebugItem {
  /** Instance id. */
  readonly itemId: string;
  /** Template id. */
  readonly templateId: string;
  /** Display name. */
  readonly name: string;
  /** How many. */
  readonly count: number;
}

/** What `window.__realmforge` offers. */
export interface DebugHook {
  /** The connection state shown by the indicator. */
  state(): ConnectionState;
  /** Every connection state shown since the page loaded, in order. */
  states(): ConnectionState[];
  /** The session flow's phase (which screen is shown). */
  phase(): SessionPhase;
  /** The zone the player is in ('' before entering the world). */
  zone(): string;
  /** The character in the world: its id and name. */
  character(): { id: string; name: string } | undefined;
  /** The player's own entity (server position) and where it is drawn (predicted). */
  self(): (DebugEntity & { drawn: Point | undefined }) | undefined;
  /** Every entity in view, the player's own included. */
  entities(): DebugEntity[];
  /** Chat messages received, oldest first. */
  chat(): { channel: string; sender: string; text: string }[];
  /** Whether the current zone's map has loaded. */
  mapLoaded(): boolean;
  /** The selected target's entity id (0 for none). */
  target(): number;
  /** Whether auto-attack is on. */
  autoAttack(): boolean;
  /** The skill bar: key, skill name, cooldown left and whether it is usable now. */
  skillBar(): { key: number; skill: string; cooldownLeftMs: number; usable: boolean }[];
  /** The inventory as the panel shows it. */
  inventory(): { gold: number; bag: (DebugItem & { slot: number })[]; equipment: (DebugItem & { slot: string })[] };
  /** The open trade: partner, revision and confirmations; undefined when none. */
  trade(): { partner: string; revision: number; iConfirmed: boolean; theyConfirmed: boolean } | undefined;
  /** Closes the WebSocket as a network failure would; the client reconnects and resumes. */
  dropConnection(): void;
}

/** What the hook reads from. */
export interface DebugSources {
  /** The session. */
  readonly session: GameSession;
  /** The world mirror. */
  readonly world: WorldMirror;
  /** The combat, inventory and trade UI. */
  readonly game: GameUi;
  /** The chat lines kept. */
  readonly chat: () => { channel: string; sender: string; text: string }[];
  /** The connection states seen. */
  readonly states: () => ConnectionState[];
  /** Whether the map is loaded. */
  readonly mapLoaded: () => boolean;
  /** Where the own character is drawn. */
  readonly drawnSelf: () => Point | undefined;
}

declare global {
  interface Window {
    /** The client's debug hook, for tests; see debug-hook.ts. */
    __realmforge?: DebugHook;
  }
}

function entityOf(e: DebugEntity): DebugEntity {
  return { id: e.id, kind: e.kind, name: e.name, x: e.x, y: e.y, hitPoints: e.hitPoints, maxHitPoints: e.maxHitPoints, dead: e.dead };
}

/** Puts the hook on `window.__realmforge`. */
export function installDebugHook(sources: DebugSources): DebugHook {
  const { session, world, game } = sources;
  const hook: DebugHook = {
    state: () => session.state,
    states: () => [...sources.states()],
    phase: () => session.phase,
    zone: () => world.zone,
    character: () => {
      const c = session.character;
      return c === undefined ? undefined : { id: c.id, name: c.name };
    },
    self: () => {
      const self = world.self;
      return self === undefined ? undefined : { ...entityOf(self), drawn: sources.drawnSelf() };
    },
    entities: () => [...world.entities.values()].map(entityOf),
    chat: () => sources.chat().map((line) => ({ ...line })),
    mapLoaded: sources.mapLoaded,
    target: () => game.hud.targetId,
    autoAttack: () => game.hud.autoAttack,
    skillBar: () => {
      const self = world.self;
      if (self === undefined) return [];
      return (game.hud.bar?.slots(self.classId, self, performance.now()) ?? []).map((s) => ({ key: s.key, skill: s.skill.name, cooldownLeftMs: s.cooldownLeftMs, usable: s.usable }));
    },
    inventory: () => {
      const view = game.inventory.view;
      return {
        gold: view.gold,
        bag: view.bag.flatMap((b) => (b.item === undefined ? [] : [{ slot: b.slot, itemId: b.item.itemId, templateId: b.item.templateId, name: b.item.info.name, count: b.item.count }])),
        equipment: view.equipment.flatMap((e) => (e.item === undefined ? [] : [{ slot: e.label, itemId: e.item.itemId, templateId: e.item.templateId, name: e.item.info.name, count: e.item.count }])),
      };
    },
    trade: () => {
      const trade = game.trade.trade;
      return trade === undefined ? undefined : { partner: trade.partnerName, revision: trade.revision, iConfirmed: trade.iConfirmed, theyConfirmed: trade.theyConfirmed };
    },
    dropConnection: () => {
      session.dropConnection();
    },
  };
  window.__realmforge = hook;
  return hook;
}
