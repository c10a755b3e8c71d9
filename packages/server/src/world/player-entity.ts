/**
 * A player's character while it is in a zone: an entity plus what the player lifecycle,
 * movement input and replication need.
 * @module
 */
import { EntityKinds, Entity } from './entity.ts';
import type { CharacterClass } from '@realmforge/protocol';

/**
 * Where a player's world frames go: the session while connected.
 *
 * A frame's bytes are lent, not given: they are valid only until the next world tick starts,
 * when the frame builder may begin writing over them (it reuses its slabs from two builds on).
 * A sink must copy them, or hand them to a transport that copies or fully consumes them,
 * before then: the session passes them to Connection.send, whose transports copy each turn's
 * queued bodies into their own write buffer at the flush that ends the tick's event-loop turn
 * (the world clock runs at most one replicated tick per turn), and the WebSocket transport copies what it
 * hands to `ws`. Pushes (the session's own messages) are owned by the sink as before.
 *
 * A frame may reach its sink one replicated tick after it was built (the world's FramePacer lets
 * a frame nothing waits on share the player's next write); the loan then runs from that delivery,
 * which the frame builder's slab reuse (from two builds after a slab was written) allows.
 */
export interface FrameSink {
  /**
   * Queues one encoded ServerMessage{world_frame}.
   * @param bytes - the encoded message; valid until the next world tick starts
   *   (copy it to keep it longer)
   * @param ackSequence - the last movement input the frame acknowledges (the session times inputs with it)
   * @param reset - whether the frame is a reset (a datagram channel flags those)
   */
  deliverFrame(bytes: Uint8Array, ackSequence: number, reset: boolean): void;
}

/** A movement input as the zone applies it. */
export interface MoveIntent {
  /** The client's input sequence number. */
  readonly sequence: number;
  /** Direction, length ≤ 1 (ignored when a target is set). */
  readonly directionX: number;
  /** Direction, length ≤ 1 (ignored when a target is set). */
  readonly directionY: number;
  /** Target point in metres, or NaN for none. */
  readonly targetX: number;
  /** Target point in metres, or NaN for none. */
  readonly targetY: number;
}

/** What a player entity is made from: the stored character. */
export interface PlayerSpec {
  /** Character id (ULID). */
  readonly characterId: string;
  /** Owning account id. */
  readonly accountId: string;
  /** Display name. */
  readonly name: string;
  /** Class. */
  readonly classId: CharacterClass;
  /** Level. */
  readonly level: number;
  /** Experience points. */
  readonly experience: number;
  /** Current hit points. */
  readonly hitPoints: number;
  /** Hit points at full health. */
  readonly maxHitPoints: number;
  /** Walking speed, metres per second. */
  readonly speed: number;
}

/** A player character in a zone. */
export class PlayerEntity extends Entity {
  /** Character id (ULID): the persistent identity. */
  readonly id: string;
  /** Owning account. */
  readonly accountId: string;
  /** Experience points. */
  experience: number;
  /** The zone the entity is in. */
  zone: string;
  /** Where frames go; undefined while the player is disconnected. */
  sink: FrameSink | undefined;
  /** The latest input received since the last tick, applied at the next tick. */
  pendingInput: MoveIntent | undefined;
  /** Inputs received since the last tick (more than one means some were superseded). */
  inputsSinceTick = 0;
  /** The sequence of the last input applied. */
  ackSequence = 0;
  /** The ack sequence last sent in a frame. */
  ackSent = -1;

  /** The sequence of the newest input received, applied or waiting for the tick: one not above it is a repeat. */
  get newestInput(): number {
    return Math.max(this.ackSequence, this.pendingInput?.sequence ?? 0);
  }

  /**
   * The tick of the last build that served the player (gave it a frame, or found nothing to
   * send); -1 before the first. Its next frame carries what changed since (FrameBuilder).
   */
  servedTick = -1;
  /**
   * The distant stride (or the stride of the refreshes still owed) of the build that last served
   * the player: above 1, positions of distant entities it sees may be that many ticks older than
   * {@link PlayerEntity.servedTick}.
   */
  servedStride = 1;

  /** True until the player has been sent a reset frame for its current zone. */
  needsReset = true;
  /** A frame of the previous tick waiting to share this tick's write (FramePacer); undefined when none. */
  waitingFrame: Uint8Array | undefined = undefined;
  /** The ack sequence {@link PlayerEntity.waitingFrame} carries. */
  waitingAck = 0;
  /** The last tick in which a frame was handed to the player's sink (FramePacer). */
  frameWrittenTick = -1;

  /**
   * @param handle - zone-local handle
   * @param spec - the stored character
   * @param zone - the zone id
   * @param x - metres
   * @param y - metres
   */
  constructor(handle: number, spec: PlayerSpec, zone: string, x: number, y: number) {
    super(handle, {
      name: spec.name,
      kind: EntityKinds.player,
      classId: spec.classId,
      x,
      y,
      hitPoints: spec.hitPoints,
      maxHitPoints: spec.maxHitPoints,
      level: spec.level,
      speed: spec.speed,
    });
    this.id = spec.characterId;
    this.accountId = spec.accountId;
    this.experience = spec.experience;
    this.zone = zone;
  }
}
