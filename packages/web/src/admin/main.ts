/**
 * The admin dashboard's entry point (bundled by esbuild into `/admin/dashboard.js`): signs in
 * with the admin token, polls the server's samples into the charts once a second, draws the
 * minimap of the chosen zone, and wires the player lookup, the moderation actions and the
 * broadcast. The token comes from the sign-in form or the URL fragment (`#token=…`, which
 * browsers never send to a server) and is kept in sessionStorage for the tab's life; it goes
 * only into the Authorization header of API calls, never into a URL.
 * @module
 */
import { AdminApi, AdminApiError } from './admin-api.ts';
import type { PlayerReport } from './admin-api.ts';
import { installAdminDebugHook } from './debug-hook.ts';
import { Minimap } from './minimap.ts';
import { VitalsCharts } from './vitals-charts.ts';

const TOKEN_KEY = 'realmforge-admin-token';
const POLL_MS = 1000;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`the page has no #${id}`);
  return found;
}

const ui = {
  signIn: element('screen-sign-in', HTMLElement),
  signInForm: element('sign-in-form', HTMLFormElement),
  tokenInput: element('token', HTMLInputElement),
  signInMessage: element('sign-in-message', HTMLParagraphElement),
  dashboard: element('screen-dashboard', HTMLElement),
  signOut: element('sign-out', HTMLButtonElement),
  summary: element('summary', HTMLSpanElement),
  charts: element('charts', HTMLDivElement),
  zoneSelect: element('zone-select', HTMLSelectElement),
  zoneInfo: element('zone-info', HTMLSpanElement),
  minimap: element('minimap', HTMLCanvasElement),
  lookupForm: element('lookup-form', HTMLFormElement),
  lookupName: element('lookup-name', HTMLInputElement),
  player: element('player', HTMLDListElement),
  actions: element('player-actions', HTMLDivElement),
  reason: element('action-reason', HTMLInputElement),
  muteMinutes: element('mute-minutes', HTMLInputElement),
  kick: element('kick', HTMLButtonElement),
  mute: element('mute', HTMLButtonElement),
  unmute: element('unmute', HTMLButtonElement),
  broadcastForm: element('broadcast-form', HTMLFormElement),
  broadcastText: element('broadcast-text', HTMLInputElement),
  status: element('status', HTMLParagraphElement),
};

let api: AdminApi | undefined;
let signedIn = false;
let lastSeq = 0;
let shownPlayer: PlayerReport | undefined;
let pollTimer: number | undefined;
const charts = new VitalsCharts(ui.charts);
const minimap = new Minimap(ui.minimap, (name) => {
  ui.lookupName.value = name;
  void lookUp(name);
});

function say(text: string, error = false): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', error);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Takes `#token=…` out of the address bar into sessionStorage. */
function tokenFromFragment(): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1] === undefined) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
  history.replaceState(null, '', location.pathname + location.search);
}

function showSignIn(message: string): void {
  signedIn = false;
  api = undefined;
  window.clearTimeout(pollTimer);
  ui.dashboard.hidden = true;
  ui.signIn.hidden = false;
  ui.signInMessage.textContent = message;
  ui.tokenInput.focus();
}

async function signIn(token: string): Promise<void> {
  const candidate = new AdminApi(token);
  try {
    const first = await candidate.vitals(0);
    sessionStorage.setItem(TOKEN_KEY, token);
    api = candidate;
    signedIn = true;
    ui.signIn.hidden = true;
    ui.dashboard.hidden = false;
    lastSeq = 0;
    absorb(first.samples);
    await refreshZones();
    schedulePoll();
  } catch (error) {
    sessionStorage.removeItem(TOKEN_KEY);
    showSignIn(error instanceof AdminApiError && error.status === 401 ? 'That token was refused.' : `Cannot reach the server: ${describe(error)}`);
  }
}

function absorb(samples: Parameters<VitalsCharts['add']>[0]): void {
  charts.add(samples);
  const last = samples[samples.length - 1];
  if (last === undefined) return;
  lastSeq = last.seq;
  ui.summary.textContent = `${last.sessions} sessions · ${last.playersInWorld} in the world · sampling costs ${last.sampleCostUs} µs`;
}

async function refreshZones(): Promise<void> {
  if (api === undefined) return;
  const zones = await api.zones();
  const chosen = ui.zoneSelect.value;
  ui.zoneSelect.replaceChildren(
    ...zones.map((zone) => {
      const option = document.createElement('option');
      option.value = zone.zone;
      option.textContent = `${zone.zone} (${zone.players} players, ${zone.entities} entities)`;
      return option;
    }),
  );
  if (zones.some((zone) => zone.zone === chosen)) ui.zoneSelect.value = chosen;
}

async function poll(tick: number): Promise<void> {
  if (api === undefined) return;
  const { samples } = await api.vitals(lastSeq);
  absorb(samples);
  if (ui.zoneSelect.value !== '') {
    const snapshot = await api.zone(ui.zoneSelect.value);
    minimap.draw(snapshot);
    ui.zoneInfo.textContent = `tick ${snapshot.tick} · ${snapshot.entities.length} entities${snapshot.truncated ? ' (cut)' : ''}`;
  }
  if (tick % 5 === 0) await refreshZones();
}

function schedulePoll(tick = 1): void {
  pollTimer = window.setTimeout(() => {
    poll(tick)
      .catch((error: unknown) => {
        if (error instanceof AdminApiError && error.status === 401) {
          sessionStorage.removeItem(TOKEN_KEY);
          showSignIn('The server no longer accepts this token.');
          return;
        }
        say(`Update failed: ${describe(error)}`, true);
      })
      .finally(() => {
        if (signedIn) schedulePoll(tick + 1);
      });
  }, POLL_MS);
}

function showPlayer(report: PlayerReport | undefined): void {
  shownPlayer = report;
  ui.actions.hidden = report === undefined;
  if (report === undefined) {
    ui.player.replaceChildren();
    return;
  }
  const rows: [string, string][] = [
    ['Character', `${report.name} (level ${report.level})`],
    ['Where', `${report.zone} at ${report.x.toFixed(1)}, ${report.y.toFixed(1)}`],
    ['Hit points', `${report.hitPoints} / ${report.maxHitPoints}`],
    ['Account', `${report.username ?? '?'} (${report.accountId})`],
    ['Session', report.connected ? `connected from ${report.address ?? '?'} (${report.sessionId ?? ''})` : 'not connected (grace period)'],
    ['Chat', report.mutedUntilMs === undefined ? 'not muted' : `muted until ${new Date(report.mutedUntilMs).toLocaleString()}`],
  ];
  ui.player.replaceChildren(
    ...rows.flatMap(([term, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      return [dt, dd];
    }),
  );
}

async function lookUp(name: string): Promise<void> {
  if (api === undefined) return;
  try {
    showPlayer(await api.player(name));
    say('');
  } catch (error) {
    showPlayer(undefined);
    say(describe(error), true);
  }
}

/** Runs an action on the shown player, reports, and refreshes the lookup. */
async function act(what: string, action: (api: AdminApi, name: string) => Promise<unknown>): Promise<void> {
  const player = shownPlayer;
  if (api === undefined || player === undefined) return;
  try {
    await action(api, player.name);
    say(`${what}: ${player.name}`);
  } catch (error) {
    say(`${what} failed: ${describe(error)}`, true);
    return;
  }
  try {
    showPlayer(await api.player(player.name));
  } catch {
    showPlayer(undefined);
  }
}

ui.signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void signIn(ui.tokenInput.value.trim());
});
ui.signOut.addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  showSignIn('Signed out.');
});
ui.lookupForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void lookUp(ui.lookupName.value.trim());
});
ui.kick.addEventListener('click', () => void act('Kicked', (a, name) => a.kick(name, ui.reason.value.trim())));
ui.mute.addEventListener('click', () => void act('Muted', (a, name) => a.mute(name, Number(ui.muteMinutes.value), ui.reason.value.trim())));
ui.unmute.addEventListener('click', () => void act('Unmuted', (a, name) => a.unmute(name)));
ui.broadcastForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.broadcastText.value;
  if (api === undefined) return;
  api
    .broadcast(text)
    .then(({ delivered }) => {
      say(`Notice sent to ${delivered} players.`);
      ui.broadcastText.value = '';
    })
    .catch((error: unknown) => {
      say(`Broadcast failed: ${describe(error)}`, true);
    });
});

installAdminDebugHook({
  signedIn: () => signedIn,
  chartPoints: () => charts.points(),
  minimap: () => {
    const snapshot = minimap.snapshot;
    return snapshot === undefined ? undefined : { zone: snapshot.zone, names: snapshot.entities.map((e) => e[4]) };
  },
  status: () => ui.status.textContent,
});

tokenFromFragment();
const saved = sessionStorage.getItem(TOKEN_KEY);
if (saved === null) showSignIn('');
else void signIn(saved);
