/**
 * What the socket-floor benchmark says to its server and client processes over IPC.
 * @module
 */

/** How the floor's clients talk to its server. */
export type FloorTransport = 'tcp' | 'ws' | 'udp';

/** Parent to the floor server. */
export type ServerRequest = { readonly type: 'measure' } | { readonly type: 'report' };

/** The floor server to its parent. */
export type ServerReply =
  | { readonly type: 'listening'; readonly port: number }
  | {
    readonly type: 'report';
    /** Inputs read since start. */
    readonly inputs: number;
    /** Frames written since start (one socket write each). */
    readonly writes: number;
    /** process.cpuUsage() since start, µs. */
    readonly userMicros: number;
    readonly systemMicros: number;
    /** How late each tick started since `measure`, µs, an HdrHistogram (compressed base64). */
    readonly tickLateness: string;
  };

/** Parent to a floor client process. */
export type ClientRequest =
  | { readonly type: 'open'; readonly transport: FloorTransport; readonly port: number; readonly count: number; readonly perSecond: number }
  | { readonly type: 'inputs'; readonly inputHz: number }
  | { readonly type: 'measure' }
  | { readonly type: 'report' }
  | { readonly type: 'stop' };

/** A floor client process to its parent. */
export type ClientReply =
  | { readonly type: 'opened'; readonly open: number; readonly failed: number }
  | { readonly type: 'measuring' }
  | {
    readonly type: 'report';
    readonly inputsSent: number;
    readonly framesReceived: number;
    /** Connections that closed before the end. */
    readonly closed: number;
    /** process.cpuUsage() since start, µs (user + system). */
    readonly cpuMicros: number;
    /** Input sent → first frame acknowledging it since `measure`, µs (compressed base64). */
    readonly ack: string;
  };
