/**
 * The Colyseus side's synchronised state for the wander peer benchmark, declared with
 * @colyseus/schema's `schema()` builder (the decorator form needs a compile step that Node's
 * type stripping does not do). A walker carries its position and the last move sequence the
 * room applied, which is how a bot sees its input acknowledged.
 * @module
 */
import { schema, t } from '@colyseus/schema';

/** One player in a wander room: where it stands and the last input sequence applied. */
export const Walker = schema({
  /** East, metres. */
  x: t.float32(),
  /** South, metres. */
  y: t.float32(),
  /** Sequence of the last move input the simulation applied (the acknowledgement). */
  ack: t.uint32(),
}, 'Walker');

/** A walker instance. */
export type Walker = InstanceType<typeof Walker>;

/** A wander room's whole state: every walker by session id (Colyseus sends it all to everyone). */
export const WanderState = schema({
  /** Walkers by session id. */
  walkers: t.map(Walker),
}, 'WanderState');

/** A wander state instance. */
export type WanderState = InstanceType<typeof WanderState>;
