/**
 * A load scenario: a named bot behaviour. Scenarios live one per file under scenarios/ and are
 * listed in the scenario table; a run mixes them by percentage.
 * @module
 */
import type { CharacterClass } from '@realmforge/protocol';
import type { BotBehaviour, Point } from '../bots/behaviour.ts';

/** One named way for a bot to play. */
export interface Scenario {
  /** The name used on the command line (`--scenario wander:80,chatter:20`). */
  readonly name: string;
  /** One line for --help and the reports: what the bots do and at what rate. */
  readonly summary: string;
  /** The behaviour every bot of this scenario plays. */
  readonly behaviour: BotBehaviour;
  /** The class of the character bot `index` creates (warrior when absent). */
  readonly characterClass?: (index: number) => CharacterClass;
  /** True when the bots read every world frame into their sight (to find and follow targets). */
  readonly watchesWorld?: boolean;
  /** True when the bots play in pairs (each gets a partner of the same scenario, same worker). */
  readonly pairs?: boolean;
  /**
   * Where a warm world (`--warm-world`) stands this scenario's characters, given the zone and its
   * default spawn point: where such players log out (traders at the market). A random reachable
   * spot of the zone when absent or undefined.
   */
  readonly warmSpot?: (zone: string, spawn: Point) => Point | undefined;
}
