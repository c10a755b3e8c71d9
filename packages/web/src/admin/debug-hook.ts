/**
 * `window.__realmforgeAdmin`: a read-only view of the dashboard for automated browser tests:
 * how many data points each chart holds, what the minimap shows, and what the page last said.
 * It calls nothing on the server.
 * @module
 */

/** What `window.__realmforgeAdmin` offers. */
export interface AdminDebugHook {
  /** True once the page has a token the server accepted. */
  signedIn(): boolean;
  /** Data points held by each chart, by chart id (`players`, `messages`, `ticks`, …). */
  chartPoints(): Record<string, number>;
  /** Each chart's newest values, by chart id and line label (e.g. `players` → `sessions`). */
  chartValues(): Record<string, Record<string, number | null>>;
  /** The zone on the minimap and the names of the entities drawn on it. */
  minimap(): { zone: string; names: string[] } | undefined;
  /** The status line's text (results of actions, errors). */
  status(): string;
}

declare global {
  interface Window {
    /** The dashboard's debug hook, for tests; see admin/debug-hook.ts. */
    __realmforgeAdmin?: AdminDebugHook;
  }
}

/** Puts the hook on `window.__realmforgeAdmin`. */
export function installAdminDebugHook(hook: AdminDebugHook): void {
  window.__realmforgeAdmin = hook;
}
