/**
 * Replays a zone's recorded inputs: given the same starting state and seed, a zone fed its
 * input log reaches the same state, tick for tick. Used for determinism tests, bug
 * reproduction and anti-cheat audits.
 * @module
 */
import { PlayerEntity } from './player-entity.ts';
import type { RecordedInput, Zone } from './zone.ts';

/**
 * Steps the zone through `ticks` ticks, queueing each recorded input just before the tick
 * it was applied at. Returns the state hash after every tick.
 * @throws Error when an input names a handle that is not a player in the zone
 */
export function replayInputs(zone: Zone, log: readonly RecordedInput[], ticks: number): string[] {
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
      zone.queueInput(player, input.intent);
    }
    zone.step();
    hashes.push(zone.stateHash());
  }
  return hashes;
}
