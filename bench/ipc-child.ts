/**
 * A forked benchmark process spoken to over IPC: requests answered in order, a failure of the
 * process (it exited, or never started) failing whatever waits on it instead of hanging the run,
 * and a stop bounded in time. The socket-floor and inbound benchmarks run their servers and load
 * generators through it.
 * @module
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { yieldToServer } from '../tools/loadtest/bot-priority.ts';

/** A forked benchmark process that answers each request with one reply, in order. */
export class IpcChild<Request, Reply> {
  readonly #name: string;
  readonly #child: ChildProcess;
  readonly #waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void }[] = [];
  readonly #greeting: Promise<Reply> | undefined;
  /** Why the child can answer no more, once it exited or failed to start. */
  #gone: Error | undefined;

  /**
   * @param name - what the child is, for errors
   * @param file - the module to fork
   * @param args - its arguments
   * @param greets - whether the child sends a message of its own accord first (a server's `listening`)
   * @param niceness - the process's niceness, for load generators (bot-priority.ts)
   */
  constructor(name: string, file: string, args: string[], greets: boolean, niceness?: number) {
    this.#name = name;
    this.#child = fork(file, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    if (niceness !== undefined) yieldToServer(this.#child, niceness);
    if (greets) this.#greeting = this.#expect();
    this.#child.on('message', (reply: Reply) => {
      this.#waiting.shift()?.resolve(reply);
    });
    // A child that dies or never starts fails whatever waits on it, instead of hanging the run.
    const fail = (error: Error): void => {
      this.#gone ??= error;
      for (const waiter of this.#waiting.splice(0)) waiter.reject(error);
    };
    this.#child.on('error', (error) => {
      fail(new Error(`the ${name} process failed: ${error.message}`));
    });
    this.#child.on('exit', (code, signal) => {
      fail(new Error(`the ${name} process exited (${signal ?? `code ${code ?? '?'}`})`));
    });
  }

  /** The child's first message, sent of its own accord. */
  greeting(): Promise<Reply> {
    if (this.#greeting === undefined) throw new Error(`the ${this.#name} process sends no greeting`);
    return this.#greeting;
  }

  /** Sends a request; resolves with its reply, rejects when the child exits first. */
  ask(request: Request): Promise<Reply> {
    const reply = this.#expect();
    this.tell(request);
    return reply;
  }

  #expect(): Promise<Reply> {
    if (this.#gone !== undefined) return Promise.reject(this.#gone);
    return new Promise<Reply>((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  /** Sends a message that gets no reply (nothing when the child is gone). */
  tell(request: Request): void {
    if (this.#child.connected) this.#child.send(request as object);
  }

  /** Ends the child: `request` (its stop message) when given, else a disconnect; killed after 10 s. */
  async stop(request?: Request): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.#child.once('exit', () => { resolve(); }));
    if (request !== undefined) this.tell(request);
    else if (this.#child.connected) this.#child.disconnect();
    const killer = setTimeout(() => this.#child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  }
}
