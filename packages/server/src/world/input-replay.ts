/**
 * Replays a zone's recorded inputs: given the same starting state and seed, a zone fed its
 * input log reaches the same state, tick for tick. Movement inputs and combat requests are
 * queued just before the tick that applied them, in the order they were recorded. Used for
 * determinism tests, bug reproduction and anti-cheat audits.
 * @module
 */
import type { CombatSystem } from './combat/combat-system.ts';
import { PlayerEntity } from './player-entity.ts';
import type { RecordedInput, Zone } from './zone.ts';

/**
 * Steps the zone through `ticks` ticks, queueing each recorded input just before the tick
 * it was applied at. Returns the state hash after every tick.
 * @param zone - the zone, in the state the recording started from
 * @param log - the recorded inputs ({@link Zone.inputLog})
 * @param ticks - how many ticks to step
 * @param combat - the zone's combat system, which takes the recorded combat requests
 * @throws Error when an input names a handle that is not a player in the zone, or the log
 *   holds combat requests and no combat system is given
 */
export function replayInputs(zone: Zone, log: readonly RecordedInput[], ticks: number, combat?: CombatSystem): string[] {
  const byTick = new Map<number, RecordedInput[]>();
  for (const input of log) {
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
    zone.step();
    hashes.push(zone.stateHash());
  }
  return hashes;
}
