/**
 * What the inbound benchmark and its load-generator processes say to each other over IPC.
 * @module
 */
import type { InboundCount } from './inbound-client.ts';

/** Parent to worker. */
export type WorkerRequest =
  | { readonly type: 'enter'; readonly port: number; readonly prefix: string; readonly first: number; readonly players: number; readonly datagrams: boolean }
  | { readonly type: 'move'; readonly inputHz: number; readonly jostleM: number }
  | { readonly type: 'count' }
  | { readonly type: 'stop' };

/** Worker to parent. */
export type WorkerReply =
  | { readonly type: 'entered'; readonly entered: number; readonly failed: number }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'count'; readonly count: InboundCount; readonly cpuSeconds: number };
