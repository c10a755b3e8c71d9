/**
 * The plug-in point for simulation systems. A zone runs its systems in order once per tick;
 * movement is the first, combat and AI plug in the same way.
 * @module
 */
import type { Zone } from '../zone.ts';

/** A simulation system run by the zone tick. It must be deterministic: no clocks, no I/O, randomness only from `zone.random`. */
export interface ZoneSystem {
  /** Name for metrics and logs. */
  readonly name: string;
  /** Advances the system by one tick of `dt` seconds. */
  step(zone: Zone, dt: number): void;
}
