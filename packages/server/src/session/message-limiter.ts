/**
 * Per-session message rate limits: one token bucket per ClientMessage payload case, so a client
 * may move 30 times a second but may not try a password 30 times a second. A message over its
 * case's rate is not handled; the client gets a non-fatal RATE_LIMITED for it. Every such
 * rejection also takes a token from the session's strike bucket; a client that keeps flooding
 * after being told (more than `maxRejections` rejections within `rejectionWindowMs`) is
 * disconnected with a fatal RATE_LIMITED.
 *
 * The check runs once per message before its handler, so it is kept cheap: a Map lookup from
 * the case name to a slot shared by all sessions, then one bucket per slot per session, made
 * on the case's first message; nothing is allocated per message.
 * @module
 */
import { ConfigError } from '../config/config.ts';
import type { ServerConfig } from '../config/config.ts';
import { checkRate, TokenBucket } from '../limits/token-bucket.ts';
import type { BucketRate } from '../limits/token-bucket.ts';
import { handlers } from './handler-table.ts';

/**
 * Built-in rates by payload case. `default` covers every case not listed, including cases
 * added to the schema later. Configuration (`messageRateLimits`) overrides entries one by one.
 */
export const DEFAULT_MESSAGE_RATES: Readonly<Record<string, BucketRate>> = {
  default: { burst: 20, perSecond: 10 },
  hello: { burst: 3, perSecond: 1 },
  ping: { burst: 10, perSecond: 5 },
  pong: { burst: 10, perSecond: 5 },
  register: { burst: 5, perSecond: 1 },
  login: { burst: 3, perSecond: 1 },
  resume: { burst: 3, perSecond: 1 },
  logout: { burst: 3, perSecond: 1 },
  listCharacters: { burst: 10, perSecond: 5 },
  createCharacter: { burst: 10, perSecond: 5 },
  deleteCharacter: { burst: 10, perSecond: 5 },
  enterWorld: { burst: 10, perSecond: 5 },
  moveInput: { burst: 60, perSecond: 30 },
  selectTarget: { burst: 20, perSecond: 10 },
  castSkill: { burst: 20, perSecond: 10 },
  setAutoAttack: { burst: 10, perSecond: 5 },
  releaseSpirit: { burst: 3, perSecond: 1 },
  // Each economy change is a committed (fsynced) ledger append: a few per second per player.
  moveItem: { burst: 10, perSecond: 5 },
  splitStack: { burst: 10, perSecond: 5 },
  equipItem: { burst: 10, perSecond: 5 },
  unequipItem: { burst: 10, perSecond: 5 },
  destroyItem: { burst: 10, perSecond: 5 },
  vendorBrowse: { burst: 10, perSecond: 5 },
  vendorBuy: { burst: 10, perSecond: 5 },
  vendorSell: { burst: 10, perSecond: 5 },
  tradeRequest: { burst: 5, perSecond: 1 },
  tradeRespond: { burst: 5, perSecond: 2 },
  tradeSetOffer: { burst: 10, perSecond: 5 },
  tradeConfirm: { burst: 10, perSecond: 5 },
  tradeCancel: { burst: 5, perSecond: 2 },
  // Each opens a UDP channel (a token, a table entry); a client needs one per connection.
  openDatagramChannel: { burst: 3, perSecond: 0.2 },
  // Each makes the next frame a reset (the whole view): about one per lost datagram.
  resyncFrames: { burst: 5, perSecond: 2 },
};

/** What the limiter says about one message. */
export type RateVerdict = 'admit' | 'reject' | 'disconnect';

/** The limits of every session, as configured. */
export interface MessageRateOptions {
  /** Rates by payload case (and `default`), laid over {@link DEFAULT_MESSAGE_RATES}. */
  readonly rates: Readonly<Record<string, BucketRate>>;
  /** Rejections a session may collect within the window before it is disconnected. */
  readonly maxRejections: number;
  /** The window of `maxRejections`, ms. */
  readonly rejectionWindowMs: number;
}

/**
 * The compiled table, shared by every session: payload case → slot → rate. Built once at
 * start; an override for a case the schema does not have is a configuration error.
 */
export class MessageRatePolicy {
  readonly #slots = new Map<string, number>();
  readonly #rates: BucketRate[] = [];
  readonly #defaultSlot: number;
  /** The strike bucket's rate: `maxRejections` per `rejectionWindowMs`. */
  readonly strikes: BucketRate;

  /**
   * @param options - configured rates and strike limit
   * @param kinds - every ClientMessage payload case this build handles
   * @throws ConfigError naming `messageRateLimits.<case>` for an unknown case or a bad rate
   */
  constructor(options: MessageRateOptions, kinds: readonly string[]) {
    for (const key of Object.keys(options.rates)) {
      if (key !== 'default' && !kinds.includes(key)) {
        throw new ConfigError(`config key "messageRateLimits.${key}": no ClientMessage payload case is called "${key}"; known: default, ${kinds.join(', ')}`);
      }
    }
    const table = { ...DEFAULT_MESSAGE_RATES, ...options.rates };
    const rateOf = (key: string): BucketRate => {
      const rate = table[key] ?? table.default ?? DEFAULT_FALLBACK;
      try {
        checkRate(rate);
      } catch (error) {
        throw new ConfigError(`config key "messageRateLimits.${key}": ${(error as Error).message}`);
      }
      return rate;
    };
    this.#defaultSlot = this.#rates.push(rateOf('default')) - 1;
    for (const kind of kinds) this.#slots.set(kind, this.#rates.push(rateOf(kind)) - 1);
    this.strikes = { burst: options.maxRejections, perSecond: options.maxRejections / (options.rejectionWindowMs / 1000) };
    checkRate(this.strikes, 'rate-limit strikes');
  }

  /** Number of slots (cases plus the default). */
  get size(): number {
    return this.#rates.length;
  }

  /** The slot of a payload case; unknown cases share the default slot. */
  slot(kind: string): number {
    return this.#slots.get(kind) ?? this.#defaultSlot;
  }

  /** The rate of a slot. */
  rate(slot: number): BucketRate {
    return this.#rates[slot] ?? this.#rates[this.#defaultSlot] ?? DEFAULT_FALLBACK;
  }

  /** The rate that applies to a payload case. */
  rateOf(kind: string): BucketRate {
    return this.rate(this.slot(kind));
  }
}

const DEFAULT_FALLBACK: BucketRate = { burst: 20, perSecond: 10 };

/** One session's buckets. */
export class SessionRateLimiter {
  readonly #policy: MessageRatePolicy;
  readonly #buckets: (TokenBucket | undefined)[];
  readonly #strikes: TokenBucket;
  #rejected = 0;

  /**
   * @param policy - the shared table
   * @param nowMs - the clock now, ms (buckets start full)
   */
  constructor(policy: MessageRatePolicy, nowMs: number) {
    this.#policy = policy;
    this.#buckets = new Array<TokenBucket | undefined>(policy.size);
    this.#strikes = new TokenBucket(policy.strikes, nowMs);
  }

  /** Messages rejected so far. */
  get rejected(): number {
    return this.#rejected;
  }

  /**
   * Checks one message of a payload case against its bucket.
   * @returns `admit` to handle it; `reject` to answer RATE_LIMITED and go on; `disconnect`
   *   when the session has been rejected too often and must be closed
   */
  admit(kind: string, nowMs: number): RateVerdict {
    const bucket = this.#bucket(kind, nowMs);
    if (bucket.take(nowMs)) return 'admit';
    this.#rejected++;
    return this.#strikes.take(nowMs) ? 'reject' : 'disconnect';
  }

  /** Milliseconds until a message of the case would be admitted. */
  retryAfterMs(kind: string, nowMs: number): number {
    return this.#bucket(kind, nowMs).waitMs(nowMs);
  }

  #bucket(kind: string, nowMs: number): TokenBucket {
    const slot = this.#policy.slot(kind);
    let bucket = this.#buckets[slot];
    if (bucket === undefined) {
      bucket = new TokenBucket(this.#policy.rate(slot), nowMs);
      this.#buckets[slot] = bucket;
    }
    return bucket;
  }
}

/** Every ClientMessage payload case this build handles: the session's own plus the handler table's. */
export function clientPayloadKinds(): string[] {
  return ['hello', 'ping', 'pong', ...Object.keys(handlers)];
}

/**
 * The policy a configuration asks for.
 * @throws ConfigError naming the key when `messageRateLimits` is unusable
 */
export function messageRatePolicy(config: Pick<ServerConfig, 'messageRateLimits' | 'maxRateLimitRejections' | 'rateLimitRejectionWindowMs' | 'heartbeatIntervalMs'>): MessageRatePolicy {
  return new MessageRatePolicy(
    { rates: withHeartbeatPongs(config.messageRateLimits, config.heartbeatIntervalMs), maxRejections: config.maxRateLimitRejections, rejectionWindowMs: config.rateLimitRejectionWindowMs },
    clientPayloadKinds(),
  );
}

/**
 * The rates with the pong limit raised, where it is lower, to twice the server's own ping rate:
 * a client answers every heartbeat ping with a pong, and one whose answers come in a bunch after
 * a pause must not be refused, and in the end disconnected, for keeping the server's pace. (With
 * the built-in 5 a second, a heartbeat under 200 ms did just that.)
 */
function withHeartbeatPongs(rates: Readonly<Record<string, BucketRate>>, heartbeatIntervalMs: number): Readonly<Record<string, BucketRate>> {
  // The pong rate the policy would take from these rates (MessageRatePolicy's own lookup).
  const pong = { ...DEFAULT_MESSAGE_RATES, ...rates }.pong ?? DEFAULT_FALLBACK;
  const heartbeatPace = 2000 / heartbeatIntervalMs;
  return pong.perSecond >= heartbeatPace ? rates : { ...rates, pong: { burst: pong.burst, perSecond: heartbeatPace } };
}
