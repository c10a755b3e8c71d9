/**
 * The web client's logic that does not need a browser, run in Node: map decoding (with
 * Node's own DecompressionStream), movement keys, own-character prediction, interpolation of
 * others, and the session's connection states and reconnection against a real server over
 * WebSocket. The browser test (e2e.test.ts) covers the page itself.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { deflateSync, gzipSync } from 'node:zlib';
import { connectWebSocket, TickClock, WorldMirror } from '@realmforge/client';
import { CharacterClass, ChatChannel, ErrorCode } from '@realmforge/protocol';
import { ServerError } from '@realmforge/client';
import { startTestServer, uniqueCharacterName, uniqueName } from '../../server/test/helpers/test-server.ts';
import type { TestServer } from '../../server/test/helpers/test-server.ts';
import { EntityTracks, RENDER_DELAY_MS } from '../src/app/entity-tracks.ts';
import { directionOf, isMovementKey, sameDirection } from '../src/app/keyboard.ts';
import { SelfMotion } from '../src/app/self-motion.ts';
import { channelLabel, errorText, GameSession } from '../src/app/session.ts';
import type { ConnectionState, SessionPhase } from '../src/app/session.ts';
import { isWallAt, moveWithCollision, parseZoneMap } from '../src/app/zone-map.ts';
import { combatText } from '../src/app/combat-text.ts';
import { inventoryView } from '../src/app/inventory-view.ts';
import { itemInfo, parseItemBook } from '../src/app/item-book.ts';
import { SkillBar } from '../src/app/skill-bar.ts';
import { ContentError, displayName, parseSkillBook } from '../src/app/skill-book.ts';
import { entityAt, nextEnemy } from '../src/app/targeting.ts';
import { EquipmentSlot, v1 } from '@realmforge/protocol';

const meadowUrl = new URL('../../../content/zones/meadow.tmj', import.meta.url);

/** A small map: `rows` of '.' (open) and '#' (wall), 2 m tiles, 32 px. */
function smallMap(rows: string[], data: (gids: number[]) => unknown = (g) => g, extra: Record<string, unknown> = {}): string {
  const gids = rows.join('').split('').map((c) => (c === '#' ? 3 : 0));
  return JSON.stringify({
    width: rows[0]?.length ?? 0,
    height: rows.length,
    tilewidth: 32,
    tileheight: 32,
    properties: [{ name: 'zoneId', value: 'tiny' }, { name: 'tileSizeMetres', value: 2 }],
    layers: [{ type: 'group', name: 'g', layers: [{ type: 'tilelayer', name: 'collision', data: data(gids), ...extra }] }],
  });
}

function base64Gids(gids: number[], compress: (b: Buffer) => Buffer = (b) => b): string {
  const raw = Buffer.alloc(gids.length * 4);
  gids.forEach((g, i) => raw.writeUInt32LE(g, i * 4));
  return compress(raw).toString('base64');
}

describe('zone maps in the browser', () => {
  it('decodes the default pack: base64 + zlib layers, tileset image, portals', async () => {
    const map = await parseZoneMap(readFileSync(meadowUrl, 'utf8'), meadowUrl.href);
    assert.equal(map.zoneId, 'meadow');
    assert.equal(map.name, 'Meadow');
    assert.equal(map.width, 512);
    assert.equal(map.tileSizeMetres, 2);
    assert.equal(map.collision.filter((g) => g !== 0).length, 512 * 512 - 249_349);
    assert.equal(map.ground.filter((g) => g === 1).length, 254_181);
    assert.equal(map.tileset?.url, new URL('../tilesets/basic.png', meadowUrl).href);
    assert.equal(map.tileset.columns, 6);
    assert.deepEqual(map.portals.map((p) => [p.id, p.x, p.y, p.width, p.height, p.targetZone]), [['to-ironwood', 1010, 506, 6, 12, 'ironwood']]);
    assert.deepEqual(map.vendors, [{ id: 'meadow-smith', name: 'Smith Aldric', x: 305, y: 301 }, { id: 'meadow-herbalist', name: 'Herbalist Maren', x: 297, y: 301 }]);
    assert.equal(isWallAt(map, 301, 301), false, 'the default spawn is open');
    assert.equal(isWallAt(map, 1, 1), true, 'the border is a wall');
    assert.equal(isWallAt(map, -5, 301), true, 'outside the map blocks');
  });

  it('decodes CSV, gzip and flipped gids, and refuses what it cannot decode', async () => {
    const rows = ['....', '.#..', '....'];
    const csv = await parseZoneMap(smallMap(rows), 'http://x/z.tmj');
    assert.deepEqual([...csv.collision], [0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0]);
    assert.equal(csv.ground.length, 12);
    assert.equal(csv.tileset, undefined);
    const flipped = await parseZoneMap(smallMap(rows, (g) => g.map((x) => (x === 0 ? 0 : x + 0x8000_0000))), 'http://x/z.tmj');
    assert.equal(flipped.collision[5], 3);
    const gzip = await parseZoneMap(smallMap(rows, (g) => base64Gids(g, gzipSync), { encoding: 'base64', compression: 'gzip' }), 'http://x/z.tmj');
    assert.deepEqual(gzip.collision, csv.collision);
    const plain = await parseZoneMap(smallMap(rows, (g) => base64Gids(g), { encoding: 'base64' }), 'http://x/z.tmj');
    assert.deepEqual(plain.collision, csv.collision);
    await assert.rejects(parseZoneMap(smallMap(rows, (g) => base64Gids(g), { encoding: 'base64', compression: 'zstd' }), 'http://x/z.tmj'), /zstd compression cannot be decoded/);
    await assert.rejects(parseZoneMap(smallMap(rows, (g) => g.slice(1)), 'http://x/z.tmj'), /has 11 tiles, expected 12/);
    const bomb = (g: number[]): string => base64Gids([...g, ...new Array<number>(100_000).fill(0)], deflateSync);
    await assert.rejects(parseZoneMap(smallMap(rows, bomb, { encoding: 'base64', compression: 'zlib' }), 'http://x/z.tmj'), /decompresses to more than the map's 12 tiles/);
    await assert.rejects(parseZoneMap(JSON.stringify({ width: 1, height: 1, tilewidth: 32, tileheight: 32, layers: [] }), 'http://x/z.tmj'), /no "collision" tile layer/);
    await assert.rejects(parseZoneMap(JSON.stringify({ width: 0 }), 'http://x/z.tmj'), /"width" is not a positive integer/);
  });

  it('client-side collision slides along walls and never enters one', async () => {
    const map = await parseZoneMap(smallMap(['......', '..#...', '......']), 'http://x/z.tmj');
    // The wall tile covers x 4-6 m, y 2-4 m. Walking east at y = 3 stops before x = 4 - radius.
    const east = moveWithCollision(map, 0.4, 1, 3, 10, 0);
    assert.ok(east.x < 3.6 && east.x > 3.3, `stopped at ${east.x}`);
    assert.equal(east.y, 3);
    // Walking diagonally onto it from the north-west slides along its north face.
    const slide = moveWithCollision(map, 0.4, 3, 1, 2, 1);
    assert.ok(Math.abs(slide.x - 5) < 1e-9, `x ${slide.x}`);
    assert.ok(slide.y > 1 && slide.y <= 1.6, `y ${slide.y}`);
    for (const p of [east, slide]) assert.equal(isWallAt(map, p.x, p.y), false);
    // Open ground: exactly the requested step; the map edge blocks.
    assert.deepEqual(moveWithCollision(map, 0.4, 9, 5, 1, 0), { x: 10, y: 5 });
    assert.ok(moveWithCollision(map, 0.4, 9, 5, 10, 0).x <= 11.6);
  });
});

describe('movement keys', () => {
  it('turns held keys into a unit direction', () => {
    assert.deepEqual(directionOf([]), { dx: 0, dy: 0 });
    assert.deepEqual(directionOf(['KeyD']), { dx: 1, dy: 0 });
    assert.deepEqual(directionOf(['ArrowUp', 'KeyW']), { dx: 0, dy: -1 }, 'two keys for one direction are not faster');
    assert.deepEqual(directionOf(['KeyA', 'KeyD']), { dx: 0, dy: 0 }, 'opposite keys cancel');
    const diagonal = directionOf(['KeyS', 'ArrowLeft', 'KeyQ']);
    assert.ok(Math.abs(Math.hypot(diagonal.dx, diagonal.dy) - 1) < 1e-12);
    assert.ok(diagonal.dx < 0 && diagonal.dy > 0);
    assert.equal(isMovementKey('KeyW'), true);
    assert.equal(isMovementKey('Enter'), false);
    assert.equal(sameDirection(directionOf(['KeyW']), { dx: 0, dy: -1 }), true);
    assert.equal(sameDirection(directionOf(['KeyW']), directionOf(['KeyS'])), false);
  });
});

describe('own-character prediction', () => {
  it('predicts unacknowledged input, then carries the acknowledged intent forward by at most two ticks', () => {
    const m = new SelfMotion(5, 50);
    m.reset(10, 10, 0);
    assert.deepEqual(m.position(500), { x: 10, y: 10 }, 'standing still');
    m.direction(1, 1, 0, 0);
    assert.deepEqual(m.position(100), { x: 10.5, y: 10 }, 'predicted before the server answers');
    m.frame(1, 10.25, 10, 60);
    assert.deepEqual(m.position(60), { x: 10.25, y: 10 }, 'the server position wins at a frame');
    assert.deepEqual(m.position(85), { x: 10.375, y: 10 });
    assert.deepEqual(m.position(10_000), { x: 10.75, y: 10 }, 'no more than two ticks ahead of the last frame (the next may come paired, a tick late)');
    m.direction(2, 0, 0, 100);
    m.frame(2, 10.5, 10, 120);
    assert.deepEqual(m.position(160), { x: 10.5, y: 10 });
  });

  it('walks to a clicked point without passing it, and collides', () => {
    const m = new SelfMotion(5, 50, (x, y, dx, dy) => ({ x: Math.min(x + dx, 11), y: y + dy }));
    m.reset(10, 10, 0);
    m.target(1, 10, 10.2, 0);
    assert.deepEqual(m.walkTarget, { x: 10, y: 10.2 });
    assert.deepEqual(m.position(1000), { x: 10, y: 10.2 }, 'clamped at the target while unacknowledged');
    m.frame(1, 10, 10.1, 50);
    assert.deepEqual(m.position(100), { x: 10, y: 10.2 }, 'and after');
    m.direction(2, 1, 0, 100);
    assert.equal(m.walkTarget, undefined);
    assert.equal(m.position(1000).x, 11, 'the collision function limits the prediction');
  });
});

describe('interpolation of others', () => {
  it('draws entities a render delay in the past, and does not glide across a pause', () => {
    // This entity moves 1 m a tick (20 m/s): the fastest walk it is judged by.
    const tracks = new EntityTracks(new TickClock(), 20);
    assert.equal(tracks.at(1, 0), undefined);
    /** The frame of `tick` brings entity 1 at x, arriving at `arrivalMs`. */
    const frame = (x: number, tick: number, arrivalMs: number): void => {
      tracks.sample(1, x, 0, tick, arrivalMs);
      tracks.frame(tick, arrivalMs);
    };
    // Ticks 20, 21, 22 (50 ms each) arriving on time.
    frame(0, 20, 1000);
    frame(1, 21, 1050);
    frame(2, 22, 1100);
    assert.deepEqual(tracks.at(1, 1075 + RENDER_DELAY_MS), { x: 1.5, y: 0 });
    // Stood still for a second (frames came without it), then moved: the start of the move is
    // one tick before it arrived.
    for (let tick = 23; tick <= 41; tick++) tracks.frame(tick, tick * 50);
    frame(3, 42, 2100);
    assert.deepEqual(tracks.at(1, 2000 + RENDER_DELAY_MS), { x: 2, y: 0 });
    assert.deepEqual(tracks.at(1, 2075 + RENDER_DELAY_MS), { x: 2.5, y: 0 });
    // A pair: tick 43's frame waited a tick and came with tick 44's. Each is placed at its own
    // tick's time, so the entity still moves evenly.
    frame(4, 43, 2200);
    frame(5, 44, 2200);
    assert.deepEqual(tracks.at(1, 2175 + RENDER_DELAY_MS), { x: 4.5, y: 0 });
    // The server stalled 400 ms: the clock follows the late frame rather than placing it in the
    // past, and one late frame does not draw everything later.
    frame(6, 45, 2650);
    assert.equal(tracks.delayAt(2650), RENDER_DELAY_MS);
    assert.deepEqual(tracks.at(1, 2650 + RENDER_DELAY_MS), { x: 6, y: 0 });
    // A busy server caught up on ticks 46-48 and replicated 49: no frame came between, so the
    // entity walked all along and glides across the four ticks (drawn at whatever delay the
    // frames' spacing now calls for).
    frame(10, 49, 2800);
    // (Tick 49's frame came quicker than tick 45's: the clock places it at its arrival, 2800.)
    const drawnAt = 2875 - tracks.delayAt(2875);
    assert.ok(drawnAt > 2650 && drawnAt < 2800);
    assert.deepEqual(tracks.at(1, 2875), { x: 6 + ((drawnAt - 2650) / 150) * 4, y: 0 });
    tracks.remove(1);
    assert.equal(tracks.at(1, 3000), undefined);
    tracks.sample(2, 5, 5, 1, 0);
    tracks.clear();
    assert.equal(tracks.at(2, 0), undefined);
  });

  it('holds a walker through a pause only for the part of the gap it stood still', () => {
    // A walker at 5 m/s (0.25 m a tick), every tick, frames every tick; it stands still from
    // tick 10 to tick 30 (frames come without it), then walks on: its sample at tick 31 is 0.25 m
    // on. Judged by the shipped fastest walk (6 m/s), that distance took 42 ms: under a tick.
    const tracks = new EntityTracks();
    assert.throws(() => new EntityTracks(new TickClock(), 0), /walk speed must be positive/);
    for (let tick = 1; tick <= 30; tick++) {
      if (tick <= 10) tracks.sample(1, tick * 0.25, 0, tick, tick * 50);
      tracks.frame(tick, tick * 50);
    }
    tracks.sample(1, 2.75, 0, 31, 1550);
    tracks.frame(31, 1550);
    // Held at 2.5 m until one tick before tick 31 (1500 ms), then on to 2.75 m.
    assert.deepEqual(tracks.at(1, 1450 + RENDER_DELAY_MS), { x: 2.5, y: 0 });
    assert.deepEqual(tracks.at(1, 1525 + RENDER_DELAY_MS), { x: 2.625, y: 0 });
    assert.equal(tracks.delayAt(1550 + RENDER_DELAY_MS, 1), RENDER_DELAY_MS, 'a pause gives the entity no delay of its own');
  });

  it('a distant walker at a degraded stride (every 4th, then every 8th tick) in frames every tick walks evenly once its own delay has grown, never backwards', () => {
    // Two walkers at 5 m/s, frames every tick. Entity 1 is near: in every frame. Entity 2 is
    // distant: the server, degrading under load, sends its position every 4th tick from tick 1
    // to 80, every 8th from 81 to 160, then every tick again (recovered).
    const tracks = new EntityTracks();
    const inFrame = (tick: number): boolean => (tick <= 80 ? tick % 4 === 0 : tick <= 160 ? tick % 8 === 0 : true);
    const last = new Map<number, number>();
    const stalledMs = new Map<number, number>([[1, 0], [2, 0]]);
    const delays: number[] = [];
    let tick = 0;
    for (let now = 0; now <= 15_000; now += 10) {
      while ((tick + 1) * 50 <= now) {
        tick++;
        tracks.sample(1, tick * 0.25, 0, tick, tick * 50);
        if (inFrame(tick)) tracks.sample(2, tick * 0.25, 10, tick, tick * 50);
        tracks.frame(tick, tick * 50);
      }
      // Drawn from the start (a renderer draws every frame: the delays move as it reads them),
      // judged from 1 s on, once the first samples have come.
      delays.push(tracks.delayAt(now, 2));
      for (const id of [1, 2]) {
        const x = tracks.at(id, now)?.x ?? Number.NaN;
        const before = last.get(id);
        last.set(id, x);
        if (before === undefined || now < 1000) continue;
        assert.ok(x >= before - 1e-9, `entity ${id} at ${now} ms went back from ${before} to ${x}`);
        if (x - before < 1e-9) stalledMs.set(id, (stalledMs.get(id) ?? 0) + 10);
        // The near walker moves evenly throughout; the distant one once its delay covers its
        // stride (within 1.5 s of each change), and until it comes near again.
        const settled = id === 1 || (now > 1500 && now < 4000) || (now > 5500 && now < 8000);
        if (settled) assert.ok(Math.abs(x - before - 0.05) < 1e-9, `entity ${id} at ${now} ms moved ${x - before} m in 10 ms`);
      }
    }
    assert.equal(stalledMs.get(1), 0, 'the near walker never stood still');
    // When the stride doubles, the samples it has run out 150 ms before the next comes, and its
    // delay then grows by 200 ms by holding it: about 350 ms standing, once.
    assert.ok((stalledMs.get(2) ?? 0) <= 400, `the distant walker stood still ${stalledMs.get(2)} ms in all, while its delay grew`);
    const most = Math.max(...delays);
    assert.ok(most >= 400 + 50 - 1e-9 && most <= 450 + 1e-9, `its delay grew to cover eight ticks and a tick of margin: ${most} ms`);
    assert.equal(delays.at(-1), RENDER_DELAY_MS, 'and came back to the frames\' delay once it was sampled every tick again');
    assert.equal(tracks.delayAt(15_000, 1), RENDER_DELAY_MS, 'the near walker is drawn at the frames\' delay');
  });

  it('draws further in the past while a loaded server sends frames further apart, never backwards, and comes back when it recovers', () => {
    // A walker at 5 m/s (0.25 m a tick). For 4 s the server replicates one tick in five (it runs
    // the others as catch-up ticks, which send no frames), before and after it every tick.
    const tracks = new EntityTracks();
    const sparseFrom = 40;
    const sparseTo = 120;
    const frames: number[] = [];
    for (let tick = 1; tick <= 220; tick++) if (tick <= sparseFrom || tick > sparseTo || tick % 5 === 0) frames.push(tick);
    let previousX = Number.NEGATIVE_INFINITY;
    let previousNow = 0;
    let stalledMs = 0;
    const delays: number[] = [];
    for (let now = 0; now <= 11_000; now += 10) {
      while (frames.length > 0 && (frames[0] ?? 0) * 50 <= now) {
        const tick = frames.shift() ?? 0;
        tracks.sample(1, tick * 0.25, 0, tick, tick * 50);
        tracks.frame(tick, tick * 50);
      }
      if (now < 500) continue;
      const x = tracks.at(1, now)?.x ?? Number.NaN;
      delays.push(tracks.delayAt(now));
      assert.ok(x >= previousX - 1e-9, `at ${now} ms the walker went back from ${previousX} to ${x}`);
      if (x - previousX < 1e-9) stalledMs += now - previousNow;
      // Once the delay has grown (within 1.25 s of the first sparse frame), it walks evenly.
      if (now > (sparseFrom + 25) * 50 && now < sparseTo * 50) assert.ok(Math.abs(x - previousX - 0.05) < 1e-9, `at ${now} ms it moved ${x - previousX} m in 10 ms`);
      previousX = x;
      previousNow = now;
    }
    const most = Math.max(...delays);
    assert.ok(most >= 250 + 50 - 1e-9 && most <= 300 + 1e-9, `the delay grew to cover five ticks and a tick of margin: ${most} ms`);
    // Until sparse frames are one in twenty of the window's (four of them), each gap outlasts the
    // floor by 100 ms; growing holds the render time while it is stuck anyway.
    assert.ok(stalledMs <= 500, `the walker stood still ${stalledMs} ms in all: while the delay was still short, and as it grew`);
    assert.equal(delays.at(-1), RENDER_DELAY_MS, 'back to the floor once frames come every tick again');
  });

  it('a distant walker sampled every 2nd tick, its frames a tick late in pairs, moves evenly', () => {
    // The server's default distantUpdateStride (2) with frame pacing: an idle observer gets its
    // frames in pairs (tick t waits and comes with t + 1); a near walker (1) is in every frame, a
    // distant one (2) in every 2nd, always the first of a pair (phase 0) or the second (phase 1).
    for (const phase of [0, 1]) {
      const tracks = new EntityTracks();
      const frames: { tick: number; arrival: number }[] = [];
      for (let tick = 1; tick <= 40; tick++) frames.push({ tick, arrival: (tick + (tick % 2 === phase ? 1 : 0)) * 50 });
      // Drawn every 10 ms, with the frames that arrived by then: both walk 0.05 m per 10 ms, never stopping.
      const last = new Map<number, number>();
      for (let now = 0; now <= 1900; now += 10) {
        while (frames.length > 0 && (frames[0]?.arrival ?? 0) <= now) {
          const frame = frames.shift();
          if (frame === undefined) break;
          tracks.sample(1, frame.tick * 0.25, 0, frame.tick, frame.arrival);
          if (frame.tick % 2 === 0) tracks.sample(2, frame.tick * 0.25, 0, frame.tick, frame.arrival);
        }
        if (now < 500) continue;
        for (const id of [1, 2]) {
          const x = tracks.at(id, now)?.x ?? Number.NaN;
          const before = last.get(id);
          if (before !== undefined) assert.ok(Math.abs(x - before - 0.05) < 1e-9, `entity ${id}, phase ${phase}, at ${now} ms: moved ${x - before} m in 10 ms`);
          last.set(id, x);
        }
      }
    }
  });
});

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

interface Watched {
  readonly session: GameSession;
  readonly states: ConnectionState[];
  readonly phases: SessionPhase[];
  readonly details: string[];
}

describe('the session over a real WebSocket', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ resumeGraceMs: 400 });
  });
  after(() => t.close());

  function watch(retryDelaysMs: readonly number[] = [20, 50]): Watched {
    const session = new GameSession({ connect: () => connectWebSocket(`ws://127.0.0.1:${t.ports.http}/ws`), world: new WorldMirror(), retryDelaysMs });
    const watched: Watched = { session, states: [], phases: [], details: [] };
    session.on({
      state: (state, detail) => {
        watched.states.push(state);
        watched.details.push(detail);
      },
      phase: (phase, detail) => {
        watched.phases.push(phase);
        watched.details.push(detail);
      },
    });
    return watched;
  }

  it('connects, logs in, enters the world, chats, and resumes the same character after a drop', async () => {
    const w = watch();
    const { session } = w;
    assert.throws(() => session.move(1, 0) ?? assert.fail('not sent'), /not sent/);
    await session.start();
    assert.equal(session.state, 'online');
    assert.equal(session.tickRateHz, 20);
    const username = uniqueName('web');
    await session.register(username, 'correct horse');
    assert.equal(session.phase, 'account');
    const created = await session.createCharacter(uniqueCharacterName(), CharacterClass.CHARACTER_CLASS_MAGE);
    assert.ok(created);
    assert.equal(created.classId, CharacterClass.CHARACTER_CLASS_MAGE);
    assert.deepEqual((await session.listCharacters()).map((c) => c.id), [created.id]);
    const chats: string[] = [];
    let frames = 0;
    session.on({ chat: (m) => chats.push(m.text), frame: () => frames++ });
    await session.enterWorld(created.id);
    assert.equal(session.phase, 'world');
    assert.equal(session.character?.name, created.name);
    await until(() => session.world.self !== undefined && frames > 0, 'the reset frame');
    await session.chat(ChatChannel.CHAT_CHANNEL_SAY, 'hello');
    await until(() => chats.includes('hello'), 'the own chat message');

    session.dropConnection();
    await until(() => session.state === 'reconnecting', 'reconnecting');
    await assert.rejects(session.listCharacters(), /not connected/);
    assert.equal(session.move(1, 0), undefined, 'no input while reconnecting');
    await until(() => session.state === 'online', 'online again');
    assert.equal(session.phase, 'world');
    // Read through a function: the compiler would keep the narrowing from before the drop.
    const resumed = (): string | undefined => session.character?.id;
    assert.equal(resumed(), created.id);
    await until(() => session.world.self !== undefined, 'the reset frame after the resume');
    const y = session.world.self?.y ?? 0;
    const sequence = session.moveTo(session.world.self?.x ?? 0, y + 2);
    assert.ok(sequence !== undefined && sequence > 0);
    await until(() => (session.world.self?.y ?? 0) > y + 1, 'walking after the resume');
    assert.deepEqual(w.states, ['connecting', 'online', 'reconnecting', 'online']);

    await session.logout();
    assert.equal(session.phase, 'guest');
    session.dropConnection();
    await until(() => w.states.length === 6 && session.state === 'online', 'reconnected as a guest');
    assert.equal(session.phase, 'guest');
    session.close();
    assert.equal(session.state, 'offline');
    await sleep(100);
    assert.deepEqual(w.states.slice(6), ['offline'], 'closing on purpose does not reconnect');
  });

  it('an expired token sends the player back to the login screen', async () => {
    const w = watch([700]);
    await w.session.start();
    await w.session.register(uniqueName('web'), 'correct horse');
    w.session.dropConnection();
    await until(() => w.states.length === 4 && w.states.at(-1) === 'online', 'the reconnection after the grace period');
    assert.deepEqual(w.states, ['connecting', 'online', 'reconnecting', 'online']);
    assert.equal(w.session.phase, 'guest');
    assert.ok(w.details.includes('the session expired; log in again'));
    w.session.close();
  });

  it('a login elsewhere takes the session offline without reconnecting', async () => {
    const w = watch();
    const username = uniqueName('web');
    await w.session.start();
    await w.session.register(username, 'correct horse');
    const other = await t.connect('tcp');
    await other.login(username, 'correct horse');
    await until(() => w.session.state === 'offline', 'offline');
    assert.equal(w.session.phase, 'guest');
    await sleep(100);
    assert.equal(w.session.state, 'offline', 'it does not reconnect by itself');
    await w.session.retry();
    assert.equal(w.session.state, 'online');
    other.close();
    w.session.close();
  });

  it('gives up and goes offline when the server cannot be reached', async () => {
    const session = new GameSession({ connect: () => Promise.reject(new Error('refused')), world: new WorldMirror(), retryDelaysMs: [5], giveUpAfterMs: 50 });
    const states: string[] = [];
    session.on({ state: (s, detail) => states.push(`${s}: ${detail}`) });
    await session.start();
    assert.equal(session.state, 'offline');
    assert.deepEqual(states, ['connecting: connecting to the server', 'offline: cannot reach the server: refused']);
  });
});

describe('labels', () => {
  it('names channels and errors for people', () => {
    assert.equal(channelLabel(ChatChannel.CHAT_CHANNEL_SAY), 'say');
    assert.equal(channelLabel(ChatChannel.CHAT_CHANNEL_ZONE), 'zone');
    assert.equal(channelLabel(ChatChannel.CHAT_CHANNEL_GLOBAL), 'global');
    assert.equal(channelLabel(ChatChannel.CHAT_CHANNEL_WHISPER), 'whisper');
    assert.equal(channelLabel(ChatChannel.CHAT_CHANNEL_PARTY), 'channel 5');
    assert.equal(errorText(new ServerError(ErrorCode.ERROR_CODE_AUTH_FAILED, 'wrong username or password', false)), 'auth failed: wrong username or password');
    assert.equal(errorText(new Error('boom')), 'boom');
    assert.equal(errorText('text'), 'text');
  });
});

const combatJson = JSON.parse(readFileSync(new URL('../../../content/combat.json', import.meta.url), 'utf8')) as unknown;
const itemsJson = JSON.parse(readFileSync(new URL('../../../content/items.json', import.meta.url), 'utf8')) as unknown;

describe('the skill bar', () => {
  const book = parseSkillBook(combatJson);

  it('reads each class kit from the combat content, in key order', () => {
    assert.deepEqual(book.kits.get(CharacterClass.CHARACTER_CLASS_WARRIOR)?.skills.map((id) => book.skills.get(id)?.name), ['heroic-strike', 'rend', 'hamstring', 'shield-bash', 'last-stand']);
    assert.equal(book.kits.get(CharacterClass.CHARACTER_CLASS_MAGE)?.resourceName, 'mana');
    assert.deepEqual(book.skills.get(10), { id: 10, name: 'fireball', target: 'enemy', range: 30, cooldownMs: 0, castMs: 2000, cost: 20 });
    assert.equal(book.auras.get(1), 'rend');
    assert.equal(displayName('heroic-strike'), 'Heroic Strike');
    assert.throws(() => parseSkillBook({ skills: [{ id: 1, name: 'x', target: 'everyone', range: 0, cooldownMs: 0, castMs: 0, cost: 0 }], classes: {} }), ContentError);
    assert.throws(() => parseSkillBook({ skills: [], classes: { warrior: { resource: { name: 'rage' }, skills: ['nope'] } } }), /unknown skill "nope"/);
  });

  it('starts an instant skill cooldown when the server accepts it, a cast skill when it takes effect, and none for an interrupted cast', () => {
    const bar = new SkillBar(book);
    const warrior = CharacterClass.CHARACTER_CLASS_WARRIOR;
    const ready = { resource: 100, dead: false, castSkillId: 0 };
    assert.equal(bar.skillFor(warrior, 1)?.name, 'heroic-strike');
    assert.equal(bar.skillFor(warrior, 6), undefined);
    bar.accepted(1, 0, 1000);
    let slots = bar.slots(warrior, ready, 2500);
    assert.deepEqual(slots.map((s) => [s.key, s.label, s.cooldownLeftMs, s.usable]), [
      [1, 'Heroic Strike', 1500, false], [2, 'Rend', 0, true], [3, 'Hamstring', 0, true], [4, 'Shield Bash', 0, true], [5, 'Last Stand', 0, true],
    ]);
    assert.equal(slots[0]?.cooldownShare, 0.5);
    assert.equal(bar.slots(warrior, ready, 4000)[0]?.cooldownLeftMs, 0, 'ready again after 3 s');
    // Resource, death and casting grey the bar.
    slots = bar.slots(warrior, { resource: 12, dead: false, castSkillId: 0 }, 4000);
    assert.deepEqual(slots.map((s) => s.affordable), [false, true, true, true, true]);
    assert.ok(bar.slots(warrior, { ...ready, dead: true }, 4000).every((s) => !s.usable));
    assert.ok(bar.slots(warrior, { ...ready, castSkillId: 3 }, 4000).every((s) => !s.usable));

    const mage = CharacterClass.CHARACTER_CLASS_MAGE;
    bar.accepted(14, 30, 0); // flame wave: 1.5 s cast, 8 s cooldown
    assert.equal(bar.slots(mage, ready, 100)[4]?.cooldownLeftMs, 0, 'no cooldown while casting');
    bar.event({ sourceId: 9, skillId: 14 }, 7, 1500);
    assert.equal(bar.slots(mage, ready, 1600)[4]?.cooldownLeftMs, 0, "someone else's event starts nothing");
    bar.event({ sourceId: 7, skillId: 14 }, 7, 1500);
    assert.equal(bar.slots(mage, ready, 1600)[4]?.cooldownLeftMs, 7900, 'its first event starts the cooldown');
    bar.accepted(11, 30, 0); // frost nova, then interrupted
    bar.castEnded(11);
    bar.event({ sourceId: 7, skillId: 11 }, 7, 100);
    assert.equal(bar.slots(mage, ready, 200)[1]?.cooldownLeftMs, 0, 'an interrupted cast starts no cooldown');
    assert.deepEqual(bar.slots(99, ready, 0), [], 'an unknown class has no bar');
  });
});

describe('the inventory panel', () => {
  const book = parseItemBook(itemsJson);

  it('lays out every bag slot, the equipment slots and the first free slot', () => {
    const view = inventoryView(book, {
      bagSize: 4,
      bag: [{ slot: 2, item: { itemId: 'b', templateId: 'health_potion', count: 3 } }, { slot: 0, item: { itemId: 'a', templateId: 'leather_cap', count: 1 } }],
      equipment: [{ slot: EquipmentSlot.EQUIPMENT_SLOT_MAIN_HAND, item: { itemId: 'c', templateId: 'iron_sword', count: 1 } }],
      gold: 42,
      version: 7,
    });
    assert.deepEqual(view.bag.map((b) => [b.slot, b.item?.info.name, b.item?.count, b.item?.equippable]), [
      [0, 'Leather Cap', 1, true], [1, undefined, undefined, undefined], [2, 'Health Potion', 3, false], [3, undefined, undefined, undefined],
    ]);
    assert.equal(view.freeSlot, 1);
    assert.equal(view.gold, 42);
    assert.deepEqual(view.equipment.map((e) => [e.label, e.item?.info.name]), [
      ['Head', undefined], ['Chest', undefined], ['Legs', undefined], ['Feet', undefined], ['Main hand', 'Iron Sword'], ['Off hand', undefined],
    ]);
    assert.equal(itemInfo(book, 'iron_sword').slot, EquipmentSlot.EQUIPMENT_SLOT_MAIN_HAND);
    assert.deepEqual(itemInfo(book, 'iron_sword').stats, { attackPower: 6 });
  });

  it('shows an empty bag before the first push, a full bag has no free slot, unknown templates show by id', () => {
    const empty = inventoryView(book, undefined);
    assert.deepEqual([empty.bag.length, empty.gold, empty.freeSlot], [0, 0, undefined]);
    const full = inventoryView(book, { bagSize: 1, bag: [{ slot: 0, item: { itemId: 'x', templateId: 'mystery_orb', count: 1 } }], equipment: [], gold: 0, version: 1 });
    assert.equal(full.freeSlot, undefined);
    const orb = full.bag[0]?.item;
    assert.ok(orb);
    assert.equal(orb.info.name, 'mystery_orb');
    assert.equal(orb.equippable, false);
    assert.throws(() => parseItemBook({ items: [{ id: 'x', name: 'X', slot: 'tail' }] }), /known slot/);
    assert.throws(() => parseItemBook({}), /no "items" list/);
  });
});

describe('targeting and combat text', () => {
  const entities = [
    { id: 1, kind: 1, x: 10, y: 10, dead: false },
    { id: 2, kind: 2, x: 13, y: 10, dead: false },
    { id: 3, kind: 2, x: 10, y: 15, dead: false },
    { id: 4, kind: 2, x: 11, y: 10, dead: true },
    { id: 5, kind: 1, x: 12, y: 10, dead: false },
    { id: 6, kind: 2, x: 100, y: 100, dead: false },
  ];

  it('picks the body under a click, never the player itself', () => {
    assert.equal(entityAt(entities, { x: 13.5, y: 10.2 }, 1)?.id, 2);
    assert.equal(entityAt(entities, { x: 10, y: 10 }, 1), undefined, 'the own body is not a target');
    assert.equal(entityAt(entities, { x: 11.9, y: 10 }, 1)?.id, 5, 'the nearest of two close bodies');
    assert.equal(entityAt(entities, { x: 20, y: 20 }, 1), undefined);
  });

  it('Tab cycles through living NPCs in range, nearest first', () => {
    const from = { x: 10, y: 10 };
    assert.equal(nextEnemy(entities, from, 0)?.id, 2);
    assert.equal(nextEnemy(entities, from, 2)?.id, 3);
    assert.equal(nextEnemy(entities, from, 3)?.id, 2, 'wraps around');
    assert.equal(nextEnemy(entities, from, 5)?.id, 2, 'from a player target: the nearest');
    assert.equal(nextEnemy(entities.filter((e) => e.kind === 1), from, 0), undefined, 'no NPCs, no target');
  });

  it('puts combat events in words', () => {
    const book = parseSkillBook(combatJson);
    const names: Record<number, string> = { 2: 'Grey Wolf' };
    const nameOf = (id: number): string => names[id] ?? '';
    const event = (kind: number, sourceId: number, targetId: number, amount = 0, skillId = 0, auraId = 0) => ({ kind, sourceId, targetId, amount, skillId, auraId, tick: 1 });
    const K = v1.CombatEventKind;
    assert.deepEqual(combatText(event(K.COMBAT_EVENT_KIND_DAMAGE, 1, 2, 14, 20), nameOf, 1, book), { line: 'You hit Grey Wolf for 14 (Aimed Shot)', floating: '-14', tone: 'damage' });
    assert.equal(combatText(event(K.COMBAT_EVENT_KIND_DAMAGE, 2, 1, 3, 0, 1), nameOf, 1, book).line, 'Grey Wolf hits you for 3 (Rend)');
    assert.equal(combatText(event(K.COMBAT_EVENT_KIND_HEAL, 1, 1, 30, 5), nameOf, 1, book).floating, '+30');
    assert.equal(combatText(event(K.COMBAT_EVENT_KIND_MISS, 2, 1), nameOf, 1, book).line, 'Grey Wolf misses you');
    assert.equal(combatText(event(K.COMBAT_EVENT_KIND_INTERRUPT, 2, 1, 0, 10), nameOf, 1, book).line, 'Grey Wolf interrupts your cast (Fireball)');
    assert.equal(combatText(event(K.COMBAT_EVENT_KIND_DEATH, 1, 2), nameOf, 1, book).line, 'Grey Wolf dies');
    assert.equal(combatText(event(K.COMBAT_EVENT_KIND_DEATH, 2, 1), nameOf, 1, book).line, 'You die');
    assert.deepEqual(combatText(event(K.COMBAT_EVENT_KIND_EXPERIENCE, 0, 1, 45), nameOf, 1, book), { line: 'You gain 45 experience', floating: '+45 xp', tone: 'experience' });
    assert.equal(combatText(event(K.COMBAT_EVENT_KIND_LEVEL_UP, 0, 3, 4), nameOf, 1, book).line, 'Something reaches level 4');
    assert.equal(combatText(event(K.COMBAT_EVENT_KIND_LEVEL_UP, 0, 3, 4), nameOf, 1, book).floating, '', 'nothing floats over others for their level');
    assert.equal(combatText(event(99, 2, 1), nameOf, 1, undefined).floating, '');
  });
});
