/**
 * Running something once the promise continuations of this turn have run, before the event loop
 * goes on to its next phase (I/O).
 *
 * Why the server needs it: a world tick settles promises (a combat request is answered by the
 * tick that resolves it), and the sessions awaiting them queue their answers in the
 * continuations, which run only after the tick's callback has returned, so after the tick's
 * flush. An answer queued there made its batch due at the end of the *next* turn, after that
 * turn's poll phase had read and handled every socket readable meanwhile (at 5,000 players,
 * thousands of messages). A microtask queued at the end of the tick comes after the first
 * continuations but not after the ones they queue in turn; a `process.nextTick` queued from it
 * runs once the microtask queue is empty (Node drains the microtasks, then the ticks they
 * queued, before it leaves the callback), so the flush there finds every answer.
 * @module
 */

/**
 * Calls `callback` after every promise continuation queued so far, and every one those queue in
 * turn, has run; still before the event loop's next phase. Errors thrown by `callback` are
 * uncaught, as in any `process.nextTick`.
 */
export function afterContinuations(callback: () => void): void {
  queueMicrotask(() => {
    process.nextTick(callback);
  });
}
