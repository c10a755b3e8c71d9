/**
 * The browser client's entry point (bundled by esbuild into `app.js`): wires the session to
 * the page's screens (log in or register, characters, world), the canvas renderer, the
 * movement keys and clicks, the chat box and the connection indicator; combat, inventory,
 * vendors and trade are in {@link GameUi} (game-ui.ts).
 * @module
 */
import { connectWebSocket, TickClock, WorldMirror } from '@realmforge/client';
import type { ChatMessage, Point } from '@realmforge/client';
import { CharacterClass, ChatChannel } from '@realmforge/protocol';
import { installDebugHook } from './debug-hook.ts';
import { EntityTracks } from './entity-tracks.ts';
import { GameUi } from './game-ui.ts';
import { directionOf, isMovementKey, sameDirection } from './keyboard.ts';
import { element } from './page-element.ts';
import type { Direction } from './keyboard.ts';
import { WorldRenderer } from './renderer.ts';
import type { DrawnEntity } from './renderer.ts';
import { SelfMotion } from './self-motion.ts';
import { channelLabel, errorText, GameSession } from './session.ts';
import type { Character, ConnectionState } from './session.ts';
import { fetchZoneMap, moveWithCollision } from './zone-map.ts';
import type { ZoneMapView } from './zone-map.ts';

/** Walking speed by class (metres per second), as the server's class table has it. */
const CLASS_SPEED: Readonly<Record<number, number>> = { 1: 5, 2: 5, 3: 5.5 };
const CLASS_NAME: Readonly<Record<number, string>> = { 1: 'Warrior', 2: 'Mage', 3: 'Ranger' };
/** Bodies are circles of this radius on the server. */
const BODY_RADIUS = 0.4;
/** Chat lines kept on screen. */
const CHAT_LINES = 200;

const ui = {
  connection: element('connection', HTMLDivElement),
  connectionText: element('connection-text', HTMLSpanElement),
  retry: element('retry', HTMLButtonElement),
  logout: element('logout', HTMLButtonElement),
  zoneName: element('zone-name', HTMLSpanElement),
  authScreen: element('screen-auth', HTMLElement),
  authForm: element('auth-form', HTMLFormElement),
  username: element('username', HTMLInputElement),
  password: element('password', HTMLInputElement),
  registerButton: element('register-button', HTMLButtonElement),
  authMessage: element('auth-message', HTMLParagraphElement),
  charactersScreen: element('screen-characters', HTMLElement),
  characterList: element('character-list', HTMLUListElement),
  createForm: element('create-form', HTMLFormElement),
  characterName: element('character-name', HTMLInputElement),
  characterClass: element('character-class', HTMLSelectElement),
  charactersMessage: element('characters-message', HTMLParagraphElement),
  worldScreen: element('screen-world', HTMLElement),
  canvas: element('world-canvas', HTMLCanvasElement),
  hud: element('hud', HTMLDivElement),
  chatMessages: element('chat-messages', HTMLOListElement),
  chatForm: element('chat-form', HTMLFormElement),
  chatChannel: element('chat-channel', HTMLSelectElement),
  chatRecipient: element('chat-recipient', HTMLInputElement),
  chatInput: element('chat-input', HTMLInputElement),
};

/** Local times of the server's ticks: frames may arrive a tick late and in pairs (frame pacing). */
const tickClock = new TickClock();
const tracks = new EntityTracks(tickClock);
const world = new WorldMirror({
  onEnter: (entity) => {
    tracks.sample(entity.id, entity.x, entity.y, entity.updatedTick, performance.now());
  },
  onUpdate: (entity) => {
    tracks.sample(entity.id, entity.x, entity.y, entity.updatedTick, performance.now());
  },
  onLeave: (entity) => {
    tracks.remove(entity.id);
  },
  onReset: () => {
    tracks.clear();
  },
  onCombatEvent: (event) => {
    game.combatEvent(event);
  },
});
const wsUrl = new URL('ws', document.baseURI);
wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
const session = new GameSession({ connect: () => connectWebSocket(wsUrl.href), world });
const renderer = new WorldRenderer(ui.canvas);
const game = new GameUi({ session, world });

/** What the page holds besides the session: the current zone's map and the player's input. */
interface ViewState {
  map: ZoneMapView | undefined;
  /** The zone whose map is loaded or loading. */
  mapZone: string;
  tiles: HTMLImageElement | undefined;
  motion: SelfMotion | undefined;
  /** Movement keys held (KeyboardEvent.code). */
  held: Set<string>;
  /** The direction last sent to the server. */
  sentDirection: Direction;
  camera: Point;
  chat: { channel: string; sender: string; text: string }[];
  states: ConnectionState[];
  running: boolean;
  /** The entities as last drawn (clicks pick from where they are drawn). */
  drawn: DrawnEntity[];
}

const view: ViewState = {
  map: undefined,
  mapZone: '',
  tiles: undefined,
  motion: undefined,
  held: new Set(),
  sentDirection: { dx: 0, dy: 0 },
  camera: { x: 0, y: 0 },
  chat: [],
  states: [],
  running: false,
  drawn: [],
};

// ---- connection indicator -------------------------------------------------------------

session.on({
  state: (state, detail) => {
    view.states.push(state);
    ui.connection.dataset.state = state;
    ui.connection.title = detail;
    ui.connectionText.textContent = state;
    ui.retry.hidden = state !== 'offline';
    if (session.phase === 'world' && state !== 'connecting') addSystemLine(state === 'online' ? 'reconnected' : detail);
    else if (state === 'offline') showMessage(currentMessage(), detail);
  },
  phase: (phase, detail) => {
    ui.authScreen.hidden = phase !== 'guest';
    ui.charactersScreen.hidden = phase !== 'account';
    ui.worldScreen.hidden = phase !== 'world';
    ui.logout.hidden = phase === 'guest';
    if (phase === 'guest') {
      stopWorld();
      showMessage(ui.authMessage, detail === 'connected' ? '' : detail, true);
    } else if (phase === 'account') {
      stopWorld();
      showMessage(ui.charactersMessage, detail, true);
      void refreshCharacters();
    } else {
      startWorld();
    }
  },
  chat: (message) => {
    addChat(message);
  },
  notice: (text) => {
    addNoticeLine(text);
  },
  frame: (reset) => {
    onFrame(reset);
    game.frame(reset, 1000 / session.tickRateHz);
  },
  push: (message) => {
    game.push(message);
  },
});

ui.retry.addEventListener('click', () => {
  void session.retry();
});

ui.logout.addEventListener('click', () => {
  void run(currentMessage(), () => session.logout());
});

function currentMessage(): HTMLParagraphElement {
  if (session.phase === 'account') return ui.charactersMessage;
  return ui.authMessage;
}

function showMessage(target: HTMLElement, text: string, info = false): void {
  target.textContent = text;
  target.classList.toggle('info', info);
}

/** Runs a request, showing its error (by code) next to the form that started it. */
async function run(target: HTMLElement, action: () => Promise<unknown>): Promise<void> {
  showMessage(target, '');
  try {
    await action();
  } catch (error) {
    showMessage(target, errorText(error));
  }
}

// ---- log in / register ----------------------------------------------------------------

ui.authForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(ui.authMessage, () => session.login(ui.username.value.trim(), ui.password.value));
});

ui.registerButton.addEventListener('click', () => {
  void run(ui.authMessage, () => session.register(ui.username.value.trim(), ui.password.value));
});

// ---- characters -----------------------------------------------------------------------

async function refreshCharacters(): Promise<void> {
  await run(ui.charactersMessage, async () => {
    const characters = await session.listCharacters();
    ui.characterList.replaceChildren(...characters.map(characterItem));
    if (characters.length === 0) {
      const empty = document.createElement('li');
      empty.textContent = 'No characters yet: create one below.';
      ui.characterList.append(empty);
    }
  });
}

function characterItem(character: Character): HTMLLIElement {
  const item = document.createElement('li');
  const label = document.createElement('span');
  label.textContent = character.name;
  const details = document.createElement('small');
  details.textContent = ` ${CLASS_NAME[character.classId] ?? 'unknown class'}, level ${character.level}, ${character.zone}`;
  label.append(details);
  const play = document.createElement('button');
  play.type = 'button';
  play.className = 'primary';
  play.textContent = 'Play';
  play.dataset.characterName = character.name;
  play.addEventListener('click', () => {
    void run(ui.charactersMessage, () => session.enterWorld(character.id));
  });
  item.append(label, play);
  return item;
}

ui.createForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const characterClass = classOf(ui.characterClass.value);
  void run(ui.charactersMessage, async () => {
    await session.createCharacter(ui.characterName.value.trim(), characterClass);
    ui.characterName.value = '';
    await refreshCharacters();
  });
});

// ---- the world ------------------------------------------------------------------------

function startWorld(): void {
  view.sentDirection = { dx: 0, dy: 0 };
  if (view.running) return;
  view.running = true;
  ui.canvas.focus();
  requestAnimationFrame(frameLoop);
}

function stopWorld(): void {
  view.running = false;
  view.held.clear();
  view.motion = undefined;
  ui.zoneName.textContent = '';
}

function onFrame(reset: boolean): void {
  const now = performance.now();
  tickClock.tickMs = 1000 / session.tickRateHz;
  tracks.frame(world.tick, now);
  if (reset) {
    view.motion = undefined;
    if (world.zone !== view.mapZone) void loadZone(world.zone);
  }
  const self = world.self;
  if (self === undefined) return;
  if (view.motion === undefined) ensureMotion(now);
  else view.motion.frame(world.ackSequence, self.x, self.y, tickClock.timeOf(world.tick, now));
}

/**
 * Starts predicting the own character from its server position (after a reset frame, and
 * again once the zone's map has loaded, to collide against it). Frames only come when
 * something changes, so this must not wait for the next one.
 */
function ensureMotion(now: number): SelfMotion | undefined {
  const self = world.self;
  if (view.motion !== undefined || self === undefined) return view.motion;
  const speed = CLASS_SPEED[session.character?.classId ?? 0] ?? 5;
  const map = view.map !== undefined && view.mapZone === world.zone ? view.map : undefined;
  const motion = new SelfMotion(speed, 1000 / session.tickRateHz, map === undefined ? undefined : (x, y, dx, dy) => moveWithCollision(map, BODY_RADIUS, x, y, dx, dy));
  motion.reset(self.x, self.y, now);
  view.motion = motion;
  // The server may hold an older intent: send the held keys' direction again.
  view.sentDirection = { dx: 0, dy: 0 };
  return motion;
}

async function loadZone(zone: string): Promise<void> {
  view.mapZone = zone;
  view.map = undefined;
  view.tiles = undefined;
  try {
    const map = await fetchZoneMap(zone);
    if (view.mapZone !== zone) return;
    view.map = map;
    // The predictor is rebuilt with collision against the new map at the next frame.
    view.motion = undefined;
    ui.zoneName.textContent = map.name;
    if (map.tileset !== undefined) {
      const image = new Image();
      image.addEventListener('load', () => {
        if (view.mapZone === zone) view.tiles = image;
      });
      image.src = map.tileset.url;
    }
  } catch (error) {
    addSystemLine(`cannot load the map of ${zone}: ${errorText(error)}`);
  }
}

function frameLoop(): void {
  if (!view.running) return;
  const now = performance.now();
  steer(now);
  const self = world.self;
  const own = self === undefined ? undefined : (view.motion?.position(now) ?? { x: self.x, y: self.y });
  if (own !== undefined) view.camera = own;
  const drawn: DrawnEntity[] = [];
  let selfDrawn: DrawnEntity | undefined;
  for (const entity of world.entities.values()) {
    const isSelf = entity.id === world.selfId;
    const at = isSelf ? own : tracks.at(entity.id, now);
    const item = { ...entity, x: at?.x ?? entity.x, y: at?.y ?? entity.y, isSelf, selected: entity.id === game.hud.targetId, cast: game.castOf(entity) };
    if (isSelf) selfDrawn = item;
    else drawn.push(item);
  }
  if (selfDrawn !== undefined) drawn.push(selfDrawn);
  view.drawn = drawn;
  const vendors = view.map !== undefined && view.mapZone === world.zone ? view.map.vendors : [];
  renderer.draw({ map: view.map, tiles: view.tiles, camera: view.camera, entities: drawn, walkTarget: view.motion?.walkTarget, vendors, floating: game.floating(now) });
  game.render(own, vendors);
  ui.hud.textContent = own === undefined ? '' : `${view.map?.name ?? world.zone}  (${own.x.toFixed(1)}, ${own.y.toFixed(1)}) m  ·  ${world.entities.size - 1} in view`;
  requestAnimationFrame(frameLoop);
}

/** Sends the held keys' direction when it differs from the last one sent. */
function steer(now: number): void {
  const motion = ensureMotion(now);
  const wanted = directionOf(view.held);
  if (motion === undefined || sameDirection(wanted, view.sentDirection)) return;
  const sequence = session.move(wanted.dx, wanted.dy);
  if (sequence === undefined) return;
  view.sentDirection = wanted;
  motion.direction(sequence, wanted.dx, wanted.dy, now);
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

window.addEventListener('keydown', (event) => {
  if (ui.worldScreen.hidden) return;
  if (event.key === 'Escape' && typing(event.target)) {
    (event.target as HTMLElement).blur();
    ui.canvas.focus();
    return;
  }
  if (typing(event.target)) return;
  if (event.key === 'Enter') {
    event.preventDefault();
    ui.chatInput.focus();
    return;
  }
  if (!event.repeat && game.key(event, world.self === undefined ? undefined : view.camera)) {
    event.preventDefault();
    return;
  }
  if (!isMovementKey(event.code)) return;
  event.preventDefault();
  view.held.add(event.code);
});

window.addEventListener('keyup', (event) => {
  view.held.delete(event.code);
});

window.addEventListener('blur', () => {
  view.held.clear();
});

ui.canvas.addEventListener('mousedown', (event) => {
  const motion = ensureMotion(performance.now());
  if (event.button !== 0 || motion === undefined) return;
  event.preventDefault();
  ui.canvas.focus();
  const rect = ui.canvas.getBoundingClientRect();
  const target = renderer.screenToWorld(event.clientX - rect.left, event.clientY - rect.top, view.camera);
  if (game.click(target, view.drawn)) return;
  const sequence = session.moveTo(target.x, target.y);
  if (sequence === undefined) return;
  motion.target(sequence, target.x, target.y, performance.now());
  // The server now walks to the point; a held key changes course at the next frame.
  view.sentDirection = { dx: 0, dy: 0 };
});

// ---- chat -----------------------------------------------------------------------------

ui.chatChannel.addEventListener('change', () => {
  ui.chatRecipient.hidden = channelOf(ui.chatChannel.value) !== ChatChannel.CHAT_CHANNEL_WHISPER;
});

ui.chatForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.chatInput.value;
  if (text.trim() === '') return;
  const channel = channelOf(ui.chatChannel.value);
  ui.chatInput.value = '';
  // Enter opens the chat line and Enter sends it: the keys walk again right after.
  ui.chatInput.blur();
  ui.canvas.focus();
  session.chat(channel, text, ui.chatRecipient.value.trim()).catch((error: unknown) => {
    addSystemLine(`not sent (${errorText(error)}): ${text}`);
  });
});

/** The chat channel select's options (the values are the wire numbers). */
const CHANNELS: ReadonlyMap<string, ChatChannel> = new Map(
  [ChatChannel.CHAT_CHANNEL_SAY, ChatChannel.CHAT_CHANNEL_ZONE, ChatChannel.CHAT_CHANNEL_GLOBAL, ChatChannel.CHAT_CHANNEL_WHISPER].map((c) => [String(c), c]),
);
/** The class select's options. */
const CLASSES: ReadonlyMap<string, CharacterClass> = new Map(
  [CharacterClass.CHARACTER_CLASS_WARRIOR, CharacterClass.CHARACTER_CLASS_MAGE, CharacterClass.CHARACTER_CLASS_RANGER].map((c) => [String(c), c]),
);

function channelOf(value: string): ChatChannel {
  return CHANNELS.get(value) ?? ChatChannel.CHAT_CHANNEL_SAY;
}

function classOf(value: string): CharacterClass {
  return CLASSES.get(value) ?? CharacterClass.CHARACTER_CLASS_UNSPECIFIED;
}

function addChat(message: ChatMessage): void {
  const channel = channelLabel(message.channel);
  const item = document.createElement('li');
  item.className = channel;
  const label = document.createElement('span');
  label.className = 'channel';
  label.textContent = `[${channel}] `;
  const sender = document.createElement('span');
  sender.className = 'sender';
  const own = message.senderName === session.character?.name;
  sender.textContent = message.channel === ChatChannel.CHAT_CHANNEL_WHISPER
    ? (own ? `to ${message.recipientName}` : `from ${message.senderName}`)
    : message.senderName;
  // Chat text is shown as text, never parsed as HTML.
  item.append(label, sender, document.createTextNode(`: ${message.text}`));
  appendChatLine(item);
  view.chat.push({ channel, sender: message.senderName, text: message.text });
  if (view.chat.length > CHAT_LINES) view.chat.shift();
}

function addSystemLine(text: string): void {
  const item = document.createElement('li');
  item.className = 'system';
  item.textContent = text;
  appendChatLine(item);
}

/** A notice from the server's operators: highlighted, apart from what players write. */
function addNoticeLine(text: string): void {
  const item = document.createElement('li');
  item.className = 'notice';
  item.textContent = `[server] ${text}`;
  appendChatLine(item);
  view.chat.push({ channel: 'notice', sender: '', text });
  if (view.chat.length > CHAT_LINES) view.chat.shift();
}

function appendChatLine(item: HTMLLIElement): void {
  const list = ui.chatMessages;
  const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
  list.append(item);
  while (list.childElementCount > CHAT_LINES) list.firstElementChild?.remove();
  if (atBottom) list.scrollTop = list.scrollHeight;
}

// ---- start ----------------------------------------------------------------------------

installDebugHook({
  session,
  world,
  game,
  chat: () => view.chat,
  states: () => view.states,
  mapLoaded: () => view.map !== undefined && view.mapZone === world.zone,
  drawnSelf: () => (world.self === undefined ? undefined : view.camera),
});
void game.loadBooks();
void session.start();
