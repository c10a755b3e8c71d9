/**
 * A load scenario: a named bot behaviour. Scenarios live one per file under scenarios/ and are
 * listed in the scenario table; a run mixes them by percentage.
 * @module
 */
import type { BotBehaviour } from '../bots/behaviour.ts';

/** One named way for a bot to play. */
export interface Scenario {
  /** The name used on the command line (`--scenario wander:80,chatter:20`). */
  readonly name: string;
  /** One line for --help and the reports: what the bots do and at what rate. */
  readonly summary: string;
  /** The behaviour every bot of this scenario plays. */
  readonly behaviour: BotBehaviour;
}
