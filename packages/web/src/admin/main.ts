/**
 * The admin dashboard's entry point (bundled by esbuild into `/admin/dashboard.js`): signs in
 * with the admin token, polls the server's samples into the charts once a second, draws the
 * minimap of the chosen zone, lists bans and the anti-cheat's detections, and wires the player
 * lookup, the moderation actions (kick, mute, ban and their lifting) and the broadcast. The token comes from the sign-in form or the URL fragment (`#token=…`, which
 * browsers never send to a server) and is kept in sessionStorage for the tab's life; it goes
 * only into the Authorization header of API calls, never into a URL.
 * @module
 */
import { AdminApi, AdminApiError } from './admin-api.ts';
import type { AuditEntry, Ban, PlayerReport } from './admin-api.ts';
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
  banPlayer: element('ban-player', HTMLButtonElement),
  banForm: element('ban-form', HTMLFormElement),
  banAccount: element('ban-account', HTMLInputElement),
  banMinutes: element('ban-minutes', HTMLInputElement),
  banReason: element('ban-reason', HTMLInputElement),
  bans: element('bans', HTMLUListElement),
  audit: element('audit', HTMLTableSectionElement),
  broadcastForm: element('broadcast-form', HTMLFormElement),
  broadcastText: element('broadcast-text', HTMLInputElement),
  status: element('status', HTMLParagraphElement),
};

let api: AdminApi | undefined;
let signedIn = false;
let lastSeq = 0;
let shownPlayer: PlayerReport | undefined;
let pollTimer: number | undefined;
/** Bumped at every sign-in and sign-out, so only the latest polling loop goes on. */
let generation = 0;
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

/** Takes `#token=…` out of the address bar; returns the token, if there was one. */
function tokenFromFragment(): string | undefined {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1] === undefined) return undefined;
  history.replaceState(null, '', location.pathname + location.search);
  return decodeURIComponent(match[1]);
}

function showSignIn(message: string): void {
  signedIn = false;
  api = undefined;
  generation++;
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
    generation++;
    window.clearTimeout(pollTimer);
    api = candidate;
    signedIn = true;
    ui.signIn.hidden = true;
    ui.dashboard.hidden = false;
    lastSeq = 0;
    absorb(first.samples);
    await Promise.all([refreshZones(), refreshSanctions()]);
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
  // Keep the operator's choice; at first, show the busiest zone.
  const busiest = zones.reduce<(typeof zones)[number] | undefined>((best, zone) => (best === undefined || zone.players > best.players ? zone : best), undefined);
  if (zones.some((zone) => zone.zone === chosen)) ui.zoneSelect.value = chosen;
  else if (busiest !== undefined) ui.zoneSelect.value = busiest.zone;
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
  if (tick % 5 === 0) await Promise.all([refreshZones(), refreshSanctions()]);
}

function formatTime(ms: number): string {
  return new Date(ms).toLocaleString();
}

function showBans(bans: readonly Ban[]): void {
  ui.bans.replaceChildren(
    ...bans.map((ban) => {
      const item = document.createElement('li');
      const text = document.createElement('span');
      text.textContent = `${ban.accountId} until ${formatTime(ban.endsAt)}: ${ban.reason} (${ban.createdBy})`;
      const lift = document.createElement('button');
      lift.type = 'button';
      lift.textContent = 'Lift';
      lift.addEventListener('click', () => {
        void run(`Lifted the ban of ${ban.accountId}`, (a) => a.lift(ban.accountId));
      });
      item.append(text, lift);
      return item;
    }),
  );
  if (bans.length === 0) {
    const none = document.createElement('li');
    none.textContent = 'No bans in force.';
    ui.bans.append(none);
  }
}

function showAudit(entries: readonly AuditEntry[]): void {
  ui.audit.replaceChildren(
    ...entries.map((entry) => {
      const row = document.createElement('tr');
      row.className = entry.kind;
      for (const value of [new Date(entry.at).toLocaleTimeString(), entry.accountId, entry.name, String(entry.occurrences), entry.suspicion.toFixed(1), entry.sent, entry.expected, entry.actor]) {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.append(cell);
      }
      return row;
    }),
  );
}

async function refreshSanctions(): Promise<void> {
  if (api === undefined) return;
  const [bans, audit] = await Promise.all([api.bans(), api.audit(50)]);
  showBans(bans);
  showAudit(audit);
}

function schedulePoll(tick = 1): void {
  const mine = generation;
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
        if (signedIn && mine === generation) schedulePoll(tick + 1);
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
    ['Chat', report.mutedUntilMs === undefined ? 'not muted' : `muted until ${formatTime(report.mutedUntilMs)}`],
    ['Suspicion', report.suspicion.toFixed(1)],
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

/** Runs an action, reports, and refreshes the bans and the audit list. */
async function run(what: string, action: (api: AdminApi) => Promise<unknown>): Promise<boolean> {
  if (api === undefined) return false;
  try {
    await action(api);
    say(what);
  } catch (error) {
    say(`${what} failed: ${describe(error)}`, true);
    return false;
  }
  await refreshSanctions().catch((error: unknown) => {
    say(`Refreshing bans failed: ${describe(error)}`, true);
  });
  return true;
}

/** Runs an action on the shown player, then refreshes the lookup (a kicked player is gone). */
async function act(what: string, action: (api: AdminApi, player: PlayerReport) => Promise<unknown>): Promise<void> {
  const player = shownPlayer;
  if (api === undefined || player === undefined) return;
  if (!(await run(`${what}: ${player.name}`, (a) => action(a, player)))) return;
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
ui.kick.addEventListener('click', () => void act('Kicked', (a, p) => a.kick(p.name, ui.reason.value.trim())));
ui.mute.addEventListener('click', () => void act('Muted', (a, p) => a.mute(p.name, Number(ui.muteMinutes.value), ui.reason.value.trim())));
ui.unmute.addEventListener('click', () => void act('Unmuted', (a, p) => a.unmute(p.name)));
ui.banPlayer.addEventListener('click', () => void act('Banned', (a, p) => a.ban(p.accountId, Number(ui.muteMinutes.value), ui.reason.value.trim())));
ui.banForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const account = ui.banAccount.value.trim();
  void run(`Banned ${account}`, (a) => a.ban(account, Number(ui.banMinutes.value), ui.banReason.value.trim())).then((done) => {
    if (done) ui.banForm.reset();
  });
});
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
  chartValues: () => charts.latestValues(),
  minimap: () => {
    const snapshot = minimap.snapshot;
    return snapshot === undefined ? undefined : { zone: snapshot.zone, names: snapshot.entities.map((e) => e[4]) };
  },
  status: () => ui.status.textContent,
});

// A link with the token pasted into an open tab changes only the fragment: sign in again.
window.addEventListener('hashchange', () => {
  const token = tokenFromFragment();
  if (token !== undefined) void signIn(token);
});
const initial = tokenFromFragment() ?? sessionStorage.getItem(TOKEN_KEY);
if (initial === null) showSignIn('');
else void signIn(initial);
