/**
 * Every scenario by name. A new scenario is one file under scenarios/ and one line here.
 * @module
 */
import type { Scenario } from './scenario.ts';
import { chatter } from './scenarios/chatter.ts';
import { churn } from './scenarios/churn.ts';
import { combat } from './scenarios/combat.ts';
import { crowd } from './scenarios/crowd.ts';
import { traders } from './scenarios/traders.ts';
import { wander } from './scenarios/wander.ts';

/** The scenarios a run can mix, by name. */
export const SCENARIOS: ReadonlyMap<string, Scenario> = new Map([wander, crowd, combat, chatter, traders, churn].map((s) => [s.name, s]));
