import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { WorldMirror } from '@realmforge/client';
import { CharacterClass, decodeServerMessage, serverPayload } from '@realmforge/protocol';
import { quantise } from '../../src/world/entity.ts';
import type { PlayerEntity, PlayerSpec } from '../../src/world/player-entity.ts';
import { movementSystem } from '../../src/world/systems/movement.ts';
import { Zone } from '../../src/world/zone.ts';
import { openZone } from '../helpers/test-maps.ts';

const options = { tickRateHz: 20, viewRadius: 30, hysteresis: 4, cellSize: 10, seed: 11, systems: [movementSystem] };
const TICKS = 400;

function spec(n: number): PlayerSpec {
  return {
    characterId: `C${n}`, accountId: `A${n}`, name: `P${n}`, classId: CharacterClass.CHARACTER_CLASS_WARRIOR,
    level: 1, experience: 0, hitPoints: 100, maxHitPoints: 100, speed: 5,
  };
}

/** A lent frame as the sink got it, and a copy of what it held then. */
interface Lent {
  readonly player: PlayerEntity;
  readonly bytes: Uint8Array;
  readonly copy: Uint8Array;
}

/**
 * A scripted churn run: 240 players wander a 48 m zone (nearly all see each other, so a tick
 * writes more than a slab and slabs are retired and reused from tick to tick), one leaves and
 * another joins every few ticks (reset frames: the largest), for TICKS ticks. Each tick's
 * frames are handed to `lent` uncopied, after the tick and before the next one starts. The ticks
 * `catchUp` names run without replication (no frames), as a clock that fell behind runs them.
 */
function churn(lent: (tick: number, frames: readonly Lent[]) => void, catchUp: (tick: number) => boolean = () => false): void {
  const zone = new Zone(openZone('z', { size: 48 }), options);
  const players: PlayerEntity[] = [];
  let joined = 0;
  const join = (): void => {
    const n = joined++;
    players.push(zone.addPlayer(spec(n), 4 + ((n * 37) % 40), 4 + ((n * 53) % 40)));
  };
  for (let i = 0; i < 240; i++) join();
  let sequence = 0;
  for (let tick = 1; tick <= TICKS; tick++) {
    for (let i = 0; i < players.length; i++) {
      const p = players[i] as PlayerEntity;
      const turn = (tick + i * 7) % 20;
      if (turn === 0) zone.queueInput(p, { sequence: ++sequence, directionX: Math.cos(i + tick), directionY: Math.sin(i * 3 + tick), targetX: Number.NaN, targetY: Number.NaN });
      if (turn === 10) p.setHitPoints(p.hitPoints === 100 ? 93 : 100);
    }
    if (tick % 3 === 0) {
      const leaving = players.splice((tick * 13) % players.length, 1)[0];
      if (leaving !== undefined) zone.remove(leaving);
      join();
    }
    for (const p of players) p.sink ??= { deliverFrame: () => undefined };
    const replicate = !catchUp(tick);
    zone.step(replicate);
    if (replicate) lent(tick, zone.outbox.map((f) => ({ player: f.player, bytes: f.bytes, copy: f.bytes.slice() })));
    else assert.equal(zone.outbox.length, 0, 'a catch-up tick builds no frames');
  }
}

describe('frame builder slabs', () => {
  it("keeps a tick's frames intact through the next tick, and reuses its slabs after that", () => {
    let previous: readonly Lent[] = [];
    const buffers = new Set<ArrayBufferLike>();
    let written = 0;
    churn((_tick, frames) => {
      // The contract lends frames until the next tick starts; the builder keeps them a tick longer.
      for (const f of previous) assert.deepEqual(f.bytes, f.copy);
      previous = frames;
      for (const f of frames) {
        buffers.add(f.bytes.buffer);
        written += f.bytes.length;
      }
    });
    const slabs = Math.ceil(written / (256 * 1024));
    assert.ok(slabs >= TICKS, `the run wrote only ${written} bytes: too few slabs to reuse any`);
    assert.ok(buffers.size < slabs / 2, `${buffers.size} slabs used for ${slabs} slabs' worth of frames: not reused`);
  });

  it("keeps a build's frames intact through the next build when catch-up ticks ran between (a waiting frame is read then)", () => {
    let previous: readonly Lent[] = [];
    const buffers = new Set<ArrayBufferLike>();
    let written = 0;
    let builds = 0;
    // Two catch-up ticks in every five: builds three ticks apart, then one apart.
    churn((_tick, frames) => {
      for (const f of previous) assert.deepEqual(f.bytes, f.copy);
      previous = frames;
      builds++;
      for (const f of frames) {
        buffers.add(f.bytes.buffer);
        written += f.bytes.length;
      }
    }, (tick) => tick % 5 === 1 || tick % 5 === 2);
    const slabs = Math.ceil(written / (256 * 1024));
    assert.ok(slabs >= builds, `the run wrote only ${written} bytes: too few slabs to reuse any`);
    assert.ok(buffers.size < slabs / 2, `${buffers.size} slabs used for ${slabs} slabs' worth of frames: not reused`);
  });

  it('frames over reused slabs are what fresh memory would give, and decode to what each player sees', () => {
    // Run twice: once by sinks that only copy, once by sinks that scribble over every lent frame
    // as soon as the contract lets them (after the next tick). Were a frame ever to carry a byte
    // it did not write, or be written over memory still lent, the two runs' frames would differ.
    const hashes: string[] = [];
    for (const hostile of [false, true]) {
      const hash = createHash('sha256');
      const mirrors = new Map<PlayerEntity, WorldMirror>();
      let previous: readonly Lent[] = [];
      let compared = 0;
      churn((_tick, frames) => {
        if (hostile) for (const f of previous) f.bytes.fill(0xee);
        previous = frames;
        for (const f of frames) {
          hash.update(f.bytes);
          // Every frame is hashed; one player in eight is mirrored (decoding them all is slow).
          if (f.player.handle % 8 !== 0) continue;
          let mirror = mirrors.get(f.player);
          if (mirror === undefined) {
            mirror = new WorldMirror();
            mirrors.set(f.player, mirror);
          }
          const payload = serverPayload(decodeServerMessage(f.bytes));
          assert.ok(payload?.kind === 'worldFrame');
          mirror.apply(payload.value);
          const seen = mirror.entities.get(f.player.handle);
          assert.ok(seen !== undefined);
          assert.equal(seen.x * 16, quantise(f.player.x));
          assert.equal(seen.y * 16, quantise(f.player.y));
          assert.equal(seen.hitPoints, f.player.hitPoints);
          compared++;
        }
      });
      assert.ok(compared > 8_000, `only ${compared} frames compared`);
      hashes.push(hash.digest('hex'));
    }
    assert.equal(hashes[0], hashes[1]);
  });
});
