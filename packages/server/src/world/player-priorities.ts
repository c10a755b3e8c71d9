/**
 * What a player must keep in view in a crowd the view cap cuts (see {@link ViewPriorities}): its
 * combat target, every entity whose combat target it is (NPCs whose threat put it on top,
 * players attacking or healing it), and its party members in the same zone. Read from the
 * zone's own state: targets from each entity's combat state, parties from `combat.party`,
 * which the party service writes onto members' entities between ticks (so the world learns
 * membership without depending on the social code).
 *
 * Asked only for views the cap cuts, during the zone's interest update. The first question of
 * a tick indexes the zone once (who targets whom, who is in which party: a counting pass over
 * the entities), and every later question of that tick is read from the index; a tick with no
 * view cut builds nothing.
 * @module
 */
import type { Entity } from './entity.ts';
import type { ViewPriorities } from './view-cap.ts';

/** What the index reads of a zone. */
export interface PriorityZone {
  /** Ticks completed: the index is rebuilt once per tick. */
  readonly tick: number;
  /** Every handle in use is below this. */
  readonly handleLimit: number;
  /** The entity with this handle. */
  entity(handle: number): Entity | undefined;
  /** Every entity, as a dense array. */
  entityList(): readonly Entity[];
}

/** The priority entities of each player in one zone. */
export class PlayerPriorities implements ViewPriorities {
  readonly #zone: PriorityZone;
  /** The zone tick the index was built at; -1: never. */
  #indexedTick = -1;
  /** Per handle h: its attackers are `#attackers` from `#attackerStart[h]` to `#attackerStart[h + 1]` (excluded). */
  #attackerStart = new Int32Array(0);
  #attackers = new Int32Array(0);
  /** Party id → handles of its members in the zone. */
  readonly #parties = new Map<string, number[]>();

  /** @param zone - the zone whose players are asked about */
  constructor(zone: PriorityZone) {
    this.#zone = zone;
  }

  /** Appends the player's target, its attackers and its party members in the zone to `out`. */
  prioritiesOf(observer: number, out: number[]): void {
    const player = this.#zone.entity(observer);
    if (player === undefined) return;
    if (this.#indexedTick !== this.#zone.tick) this.#index();
    const combat = player.combat;
    if (combat.target !== 0) out.push(combat.target);
    const start = this.#attackerStart;
    if (observer + 1 < start.length) {
      for (let k = start[observer] ?? 0, end = start[observer + 1] ?? 0; k < end; k++) out.push(this.#attackers[k] ?? 0);
    }
    if (combat.party !== undefined) {
      const members = this.#parties.get(combat.party);
      if (members !== undefined) for (const member of members) out.push(member);
    }
  }

  /** Indexes who targets whom (a counting sort by target) and who is in which party. */
  #index(): void {
    const zone = this.#zone;
    this.#indexedTick = zone.tick;
    const limit = zone.handleLimit;
    if (this.#attackerStart.length < limit + 1) this.#attackerStart = new Int32Array(limit + 1);
    const start = this.#attackerStart;
    start.fill(0);
    const entities = zone.entityList();
    for (const entity of entities) {
      const target = entity.combat.target;
      if (target > 0 && target < limit) start[target] = (start[target] ?? 0) + 1;
    }
    // Running totals: start[h] is now where h's range ends (start[limit]: all of them).
    for (let h = 1; h <= limit; h++) start[h] = (start[h] ?? 0) + (start[h - 1] ?? 0);
    const total = start[limit] ?? 0;
    if (this.#attackers.length < total) this.#attackers = new Int32Array(Math.max(total, this.#attackers.length * 2));
    const attackers = this.#attackers;
    // Filled from the back, each range's end moves down to its start.
    for (let i = entities.length - 1; i >= 0; i--) {
      const entity = entities[i] as Entity;
      const target = entity.combat.target;
      if (target <= 0 || target >= limit) continue;
      const slot = (start[target] ?? 0) - 1;
      start[target] = slot;
      attackers[slot] = entity.handle;
    }
    const parties = this.#parties;
    parties.clear();
    for (const entity of entities) {
      const party = entity.combat.party;
      if (party === undefined) continue;
      const members = parties.get(party);
      if (members === undefined) parties.set(party, [entity.handle]);
      else members.push(entity.handle);
    }
  }
}
