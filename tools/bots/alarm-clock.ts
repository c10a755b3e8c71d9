/**
 * The bots' sleeps, all on one timer. A thousand bots each sending ten inputs a second sleep ten
 * thousand times a second; `timers/promises` with an abort signal per sleep gives each of those
 * its own Node timer, promise plumbing and an abort listener added and removed on the bot's
 * signal, which cost a bot process more than its game logic. Here every sleep is an alarm in one
 * heap ordered by due time, and a single Node timer is armed for the earliest. A bot's {@link Sleeper} listens to its stop signal once, for its whole life:
 * when the signal aborts, its waiting alarms are rejected at once with {@link RunEnded}, so the
 * bot stops as promptly as with a signal per sleep. An alarm never rings before its due time.
 * @module
 */
import { performance } from 'node:perf_hooks';
import { RunEnded } from './bounded.ts';

/** One waiting sleep. */
interface Alarm {
  /** When it rings, `performance.now()` ms. */
  readonly due: number;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  /** Whose sleep it is: a stopped sleeper's alarms are rejected. */
  readonly sleeper: Sleeper;
}

/** One timer for the sleeps of every bot of a process. */
export class AlarmClock {
  /** Binary min-heap of the waiting alarms. */
  readonly #heap: Alarm[] = [];
  #timer: NodeJS.Timeout | undefined;
  /** Due time the timer is armed for; Infinity when it is not armed. */
  #armedFor = Infinity;
  /** Whether a sweep of stopped sleepers' alarms is already queued. */
  #sweepQueued = false;

  /** Alarms waiting to ring. */
  get waiting(): number {
    return this.#heap.length;
  }

  /**
   * A sleeper whose sleeps end, rejected with {@link RunEnded}, when `signal` aborts: one abort
   * listener for all its sleeps.
   */
  sleeper(signal: AbortSignal): Sleeper {
    return new Sleeper(this, signal);
  }

  /** Sets an alarm `ms` from now for `sleeper`. */
  set(sleeper: Sleeper, ms: number, resolve: () => void, reject: (error: Error) => void): void {
    const alarm: Alarm = { due: performance.now() + Math.max(0, ms), resolve, reject, sleeper };
    this.#push(alarm);
    if (alarm.due < this.#armedFor) this.#arm(alarm.due);
  }

  /** Rejects the stopped sleepers' alarms, once for every sleeper stopped in this turn of the event loop. */
  sweepSoon(): void {
    if (this.#sweepQueued) return;
    this.#sweepQueued = true;
    queueMicrotask(() => {
      this.#sweepQueued = false;
      this.#sweep();
    });
  }

  #sweep(): void {
    const kept: Alarm[] = [];
    const ended: Alarm[] = [];
    for (const alarm of this.#heap) (alarm.sleeper.stopped ? ended : kept).push(alarm);
    if (ended.length === 0) return;
    this.#heap.length = 0;
    // Sorted by due time is a valid heap.
    kept.sort((a, b) => a.due - b.due);
    for (const alarm of kept) this.#heap.push(alarm);
    if (this.#heap.length === 0) this.#disarm();
    const end = new RunEnded();
    for (const alarm of ended) alarm.reject(end);
  }

  #arm(due: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#armedFor = due;
    // Node's timers count whole milliseconds from the loop's cached time, so the timer may fire
    // a little early: #ring then rings only what is due and arms again.
    this.#timer = setTimeout(() => {
      this.#ring();
    }, Math.max(1, Math.ceil(due - performance.now())));
  }

  #disarm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedFor = Infinity;
  }

  #ring(): void {
    this.#timer = undefined;
    this.#armedFor = Infinity;
    const now = performance.now();
    const heap = this.#heap;
    for (let top = heap[0]; top !== undefined && top.due <= now; top = heap[0]) {
      this.#pop();
      top.resolve();
    }
    const next = heap[0];
    if (next !== undefined) this.#arm(next.due);
  }

  #push(alarm: Alarm): void {
    const heap = this.#heap;
    let i = heap.length;
    heap.push(alarm);
    while (i > 0) {
      const parentIndex = (i - 1) >> 1;
      const parent = heap[parentIndex] as Alarm;
      if (parent.due <= alarm.due) break;
      heap[i] = parent;
      i = parentIndex;
    }
    heap[i] = alarm;
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    const n = heap.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && (heap[right] as Alarm).due < (heap[left] as Alarm).due ? right : left;
      const candidate = heap[child] as Alarm;
      if (last.due <= candidate.due) break;
      heap[i] = candidate;
      i = child;
    }
    heap[i] = last;
  }
}

/** One bot's sleeps on an {@link AlarmClock}, ended by the bot's stop signal. */
export class Sleeper {
  readonly #clock: AlarmClock;
  #stopped: boolean;

  /** Use {@link AlarmClock.sleeper}. */
  constructor(clock: AlarmClock, signal: AbortSignal) {
    this.#clock = clock;
    this.#stopped = signal.aborted;
    if (!this.#stopped) {
      signal.addEventListener('abort', () => {
        this.#stopped = true;
        this.#clock.sweepSoon();
      }, { once: true });
    }
  }

  /** Whether the stop signal aborted. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /**
   * Resolves `ms` from now (never earlier); rejects with {@link RunEnded} as soon as the stop
   * signal aborts, or at once when it already has.
   */
  sleep(ms: number): Promise<void> {
    if (this.#stopped) return Promise.reject(new RunEnded());
    return new Promise((resolve, reject) => {
      this.#clock.set(this, ms, resolve, reject);
    });
  }
}
