/**
 * A load-generator process of the inbound benchmark (forked by bench/inbound.bench.ts): it
 * enters its share of the seeded accounts, then on `move` sends every client's movement input
 * once per input interval, spread over ten slices of it, each as its own socket write. Its
 * parent reads the counts (and this process's own CPU) whenever it asks, and stops it.
 * @module
 */
import { performance } from 'node:perf_hooks';
import { BOT_PASSWORD, usernameFor } from '../../tools/bots/names.ts';
import { InboundClient } from './inbound-client.ts';
import type { InboundCount } from './inbound-client.ts';
import type { WorkerReply, WorkerRequest } from './inbound-messages.ts';

/** Logins in flight at once per process. */
const LOGIN_CONCURRENCY = 100;
/** Slices each input interval is spread over. */
const SLICES = 10;

const count: InboundCount = { inputsSent: 0, framesReceived: 0, bytesReceived: 0, closedInWorld: 0 };
const clients: InboundClient[] = [];
let moving: NodeJS.Timeout | undefined;

function reply(message: WorkerReply): void {
  process.send?.(message);
}

async function enter(port: number, prefix: string, first: number, players: number, datagrams: boolean): Promise<number> {
  let failed = 0;
  for (let i = first; i < first + players; i += LOGIN_CONCURRENCY) {
    const batch: Promise<InboundClient>[] = [];
    for (let k = i; k < Math.min(first + players, i + LOGIN_CONCURRENCY); k++) batch.push(InboundClient.enter(port, usernameFor(prefix, k), BOT_PASSWORD, count, datagrams));
    for (const outcome of await Promise.allSettled(batch)) {
      if (outcome.status === 'fulfilled') clients.push(outcome.value);
      else failed++;
    }
  }
  return failed;
}

function startMoving(inputHz: number, jostleM: number): void {
  const sliceMs = 1000 / inputHz / SLICES;
  const startedAt = performance.now();
  let slicesSent = 0;
  // Timers slip on a busy process: each wake sends every slice that has come due since, so the
  // input rate holds even when the interval does not.
  moving = setInterval(() => {
    const due = Math.floor((performance.now() - startedAt) / sliceMs);
    for (; slicesSent < due; slicesSent++) {
      for (let k = slicesSent % SLICES; k < clients.length; k += SLICES) {
        const client = clients[k] as InboundClient;
        const angle = Math.random() * 2 * Math.PI;
        const distance = Math.random() * jostleM;
        client.moveTo(client.entry.x + Math.cos(angle) * distance, client.entry.y + Math.sin(angle) * distance);
      }
    }
  }, sliceMs);
}

process.on('message', (message: WorkerRequest) => {
  switch (message.type) {
    case 'enter':
      enter(message.port, message.prefix, message.first, message.players, message.datagrams).then(
        (failed) => {
          reply({ type: 'entered', entered: clients.length, failed });
        },
        (error: unknown) => {
          reply({ type: 'failed', message: String(error) });
        },
      );
      break;
    case 'move':
      startMoving(message.inputHz, message.jostleM);
      break;
    case 'count': {
      const cpu = process.cpuUsage();
      reply({ type: 'count', count: { ...count }, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
      break;
    }
    case 'stop':
      clearInterval(moving);
      for (const client of clients) client.close();
      process.disconnect();
      break;
  }
});
