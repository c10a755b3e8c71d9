/**
 * Replays a zone's recorded inputs: given the same starting state and seed, a zone fed its
 * input log reaches the same state, tick for tick. Movement inputs and combat requests are
 * queued just before the tick that applied them, in the order they were recorded. Used for
 * determinism tests, bug reproduction and anti-cheat audits.
 * @module
 */
import type { CombatSystem } from './combat/combat-system.ts';
import { PlayerEntity } from './player-entity.ts';
import type { RecordedCombat, RecordedInput, RecordedMove, Zone } from './zone.ts';

/**
 * Steps the zone through `ticks` ticks, queueing each recorded input just before the tick
 * it was applied at, and running the recorded catch-up ticks without replication, as they ran.
 * Returns the state hash after every tick.
 * @param zone - the zone, in the state the recording started from
 * @param log - the recorded inputs ({@link Zone.inputLog})
 * @param ticks - how many ticks to step
 * @param combat - the zone's combat system, which takes the recorded combat requests
 * @throws Error when an input names a handle that is not a player in the zone, or the log
 *   holds combat requests and no combat system is given
 */
export function replayInputs(zone: Zone, log: readonly RecordedInput[], ticks: number, combat?: CombatSystem): string[] {
  const byTick = new Map<number, (RecordedMove | RecordedCombat)[]>();
  const catchUps = new Set<number>();
  for (const input of log) {
    if ('catchUp' in input) {
      catchUps.add(input.tick);
      continue;
    }
    const list = byTick.get(input.tick) ?? [];
    list.push(input);
    byTick.set(input.tick, list);
  }
  const hashes: string[] = [];
  for (let i = 0; i < ticks; i++) {
    for (const input of byTick.get(zone.tick + 1) ?? []) {
      const player = zone.entity(input.handle);
      if (!(player instanceof PlayerEntity)) throw new Error(`recorded input for handle ${input.handle}, which is not a player in zone ${zone.id}`);
      if ('intent' in input) {
        zone.queueInput(player, input.intent);
      } else {
        if (combat === undefined) throw new Error(`the log of zone ${zone.id} holds combat requests; replay it with its combat system`);
        // Settled at the tick like a session's request; the replay reads the state, not the answers.
        void combat.request(zone, player, input.combat);
      }
    }
    zone.step(!catchUps.has(zone.tick + 1));
    hashes.push(zone.stateHash());
  }
  return hashes;
}
