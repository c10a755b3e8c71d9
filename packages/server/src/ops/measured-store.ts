/**
 * A Store decorator that times every call into the metrics, so any backend (SQLite,
 * PostgreSQL, a test double) is measured the same way without touching its code.
 * @module
 */
import type { AppendOutcome, EventOperation, StoredEvent, StreamSnapshot } from '../store/event-store.ts';
import type { AccountRecord, AuditQuery, AuditRecord, BanRecord, CharacterRecord, CharacterState, GuildRecord, GuildRoster, Store } from '../store/store.ts';
import type { StoreMetrics } from './metrics.ts';

/** Every timed Store operation: the label values of the store metrics. */
export const STORE_OPERATIONS = [
  'createAccount',
  'findAccountByUsername',
  'findAccountById',
  'createCharacter',
  'listCharacters',
  'getCharacter',
  'deleteCharacter',
  'saveCharacters',
  'createGuild',
  'disbandGuild',
  'addGuildMember',
  'removeGuildMember',
  'setGuildRank',
  'loadGuildOf',
  'appendEvents',
  'readEvents',
  'streamVersion',
  'listStreams',
  'hasOperation',
  'saveSnapshot',
  'loadSnapshot',
  'appendAudits',
  'listAudit',
  'createBan',
  'activeBan',
  'listActiveBans',
  'liftBans',
  'ping',
  'close',
] as const satisfies readonly Exclude<keyof Store, 'kind'>[];

/** A store operation name. */
export type StoreOperation = (typeof STORE_OPERATIONS)[number];

/** Times each call of the wrapped store and reports it, failures included. */
export class MeasuredStore implements Store {
  readonly #inner: Store;
  readonly #metrics: StoreMetrics;

  /**
   * @param inner - the store that does the work
   * @param metrics - where durations go
   */
  constructor(inner: Store, metrics: StoreMetrics) {
    this.#inner = inner;
    this.#metrics = metrics;
  }

  get kind(): Store['kind'] {
    return this.#inner.kind;
  }

  createAccount(account: AccountRecord): Promise<void> {
    return this.#time('createAccount', () => this.#inner.createAccount(account));
  }

  findAccountByUsername(username: string): Promise<AccountRecord | undefined> {
    return this.#time('findAccountByUsername', () => this.#inner.findAccountByUsername(username));
  }

  findAccountById(id: string): Promise<AccountRecord | undefined> {
    return this.#time('findAccountById', () => this.#inner.findAccountById(id));
  }

  createCharacter(character: CharacterRecord): Promise<void> {
    return this.#time('createCharacter', () => this.#inner.createCharacter(character));
  }

  listCharacters(accountId: string): Promise<CharacterRecord[]> {
    return this.#time('listCharacters', () => this.#inner.listCharacters(accountId));
  }

  getCharacter(id: string): Promise<CharacterRecord | undefined> {
    return this.#time('getCharacter', () => this.#inner.getCharacter(id));
  }

  deleteCharacter(accountId: string, characterId: string): Promise<boolean> {
    return this.#time('deleteCharacter', () => this.#inner.deleteCharacter(accountId, characterId));
  }

  saveCharacters(states: readonly CharacterState[]): Promise<void> {
    return this.#time('saveCharacters', () => this.#inner.saveCharacters(states));
  }

  createGuild(guild: GuildRecord, masterId: string): Promise<void> {
    return this.#time('createGuild', () => this.#inner.createGuild(guild, masterId));
  }

  disbandGuild(guildId: string): Promise<boolean> {
    return this.#time('disbandGuild', () => this.#inner.disbandGuild(guildId));
  }

  addGuildMember(guildId: string, characterId: string, rank: number, joinedAt: number): Promise<void> {
    return this.#time('addGuildMember', () => this.#inner.addGuildMember(guildId, characterId, rank, joinedAt));
  }

  removeGuildMember(guildId: string, characterId: string): Promise<boolean> {
    return this.#time('removeGuildMember', () => this.#inner.removeGuildMember(guildId, characterId));
  }

  setGuildRank(guildId: string, characterId: string, rank: number): Promise<boolean> {
    return this.#time('setGuildRank', () => this.#inner.setGuildRank(guildId, characterId, rank));
  }

  loadGuildOf(characterId: string): Promise<GuildRoster | undefined> {
    return this.#time('loadGuildOf', () => this.#inner.loadGuildOf(characterId));
  }

  appendEvents(operation: EventOperation): Promise<AppendOutcome> {
    return this.#time('appendEvents', () => this.#inner.appendEvents(operation));
  }

  readEvents(stream: string, fromVersion: number): Promise<StoredEvent[]> {
    return this.#time('readEvents', () => this.#inner.readEvents(stream, fromVersion));
  }

  streamVersion(stream: string): Promise<number> {
    return this.#time('streamVersion', () => this.#inner.streamVersion(stream));
  }

  listStreams(): Promise<string[]> {
    return this.#time('listStreams', () => this.#inner.listStreams());
  }

  hasOperation(operationId: string): Promise<boolean> {
    return this.#time('hasOperation', () => this.#inner.hasOperation(operationId));
  }

  saveSnapshot(snapshot: StreamSnapshot): Promise<void> {
    return this.#time('saveSnapshot', () => this.#inner.saveSnapshot(snapshot));
  }

  loadSnapshot(stream: string): Promise<StreamSnapshot | undefined> {
    return this.#time('loadSnapshot', () => this.#inner.loadSnapshot(stream));
  }

  appendAudits(records: readonly AuditRecord[]): Promise<void> {
    return this.#time('appendAudits', () => this.#inner.appendAudits(records));
  }

  listAudit(query: AuditQuery): Promise<AuditRecord[]> {
    return this.#time('listAudit', () => this.#inner.listAudit(query));
  }

  createBan(ban: BanRecord): Promise<void> {
    return this.#time('createBan', () => this.#inner.createBan(ban));
  }

  activeBan(accountId: string, now: number): Promise<BanRecord | undefined> {
    return this.#time('activeBan', () => this.#inner.activeBan(accountId, now));
  }

  listActiveBans(now: number): Promise<BanRecord[]> {
    return this.#time('listActiveBans', () => this.#inner.listActiveBans(now));
  }

  liftBans(accountId: string, now: number, liftedBy: string): Promise<number> {
    return this.#time('liftBans', () => this.#inner.liftBans(accountId, now, liftedBy));
  }

  ping(): Promise<void> {
    return this.#time('ping', () => this.#inner.ping());
  }

  close(): Promise<void> {
    return this.#time('close', () => this.#inner.close());
  }

  async #time<T>(operation: StoreOperation, call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    let ok = false;
    try {
      const result = await call();
      ok = true;
      return result;
    } finally {
      this.#metrics.storeOperation(operation, (performance.now() - started) / 1000, ok);
    }
  }
}
