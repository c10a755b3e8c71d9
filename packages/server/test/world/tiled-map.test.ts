import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { deflateSync, gzipSync, zstdCompressSync } from 'node:zlib';
import { CollisionGrid } from '../../src/world/map/collision-grid.ts';
import { ContentError } from '../../src/world/map/tiled-json.ts';
import { loadWorldContent, loadZoneMap, parseZoneMap, validateWorld } from '../../src/world/map/tiled-map.ts';
import type { ZoneMap } from '../../src/world/map/zone-map.ts';

const FILE = 'content/zones/test.tmj';
const TILE_PX = 16;

/** 8 x 6 tiles of 16 px; each tile is 1 m. */
const WALLS = ['########', '#......#', '#..#...#', '#......#', '#......#', '########'];

function gidsOf(lines: readonly string[]): number[] {
  return lines.flatMap((line) => Array.from(line, (c) => (c === '#' ? 2 : 0)));
}

type Json = Record<string, unknown>;

function point(id: number, name: string, x: number, y: number): Json {
  return { id, name, point: true, x: x * TILE_PX, y: y * TILE_PX, width: 0, height: 0, rotation: 0, type: '', visible: true };
}

function rect(id: number, name: string, x: number, y: number, width: number, height: number, targetZone: string, targetSpawn: string): Json {
  return {
    id,
    name,
    x: x * TILE_PX,
    y: y * TILE_PX,
    width: width * TILE_PX,
    height: height * TILE_PX,
    rotation: 0,
    type: '',
    visible: true,
    properties: [
      { name: 'targetZone', type: 'string', value: targetZone },
      { name: 'targetSpawn', type: 'string', value: targetSpawn },
    ],
  };
}

/** A valid map; positions in metres. The portal (5..7, 1..2) leads back to the zone's own "arrive" spawn. */
function validMap(zoneId = 'test', target = { zone: 'test', spawn: 'arrive' }): Json {
  return {
    type: 'map',
    version: '1.10',
    tiledversion: '1.10.2',
    orientation: 'orthogonal',
    renderorder: 'right-down',
    infinite: false,
    width: 8,
    height: 6,
    tilewidth: TILE_PX,
    tileheight: TILE_PX,
    properties: [
      { name: 'zoneId', type: 'string', value: zoneId },
      { name: 'name', type: 'string', value: 'Test Zone' },
      { name: 'tileSizeMetres', type: 'float', value: 1 },
    ],
    tilesets: [{ firstgid: 1, name: 'basic', tilecount: 2, tilewidth: TILE_PX, tileheight: TILE_PX, columns: 2, image: 'x.png', imagewidth: 32, imageheight: 16 }],
    layers: [
      { id: 1, name: 'ground', type: 'tilelayer', width: 8, height: 6, data: new Array<number>(48).fill(1), x: 0, y: 0, opacity: 1, visible: true },
      { id: 2, name: 'collision', type: 'tilelayer', width: 8, height: 6, data: gidsOf(WALLS), x: 0, y: 0, opacity: 1, visible: true },
      { id: 3, name: 'spawns', type: 'objectgroup', objects: [point(1, 'default', 2.5, 1.5), point(2, 'arrive', 5.5, 3.5)], x: 0, y: 0, opacity: 1, visible: true },
      { id: 4, name: 'portals', type: 'objectgroup', objects: [rect(3, 'gate', 5, 1, 2, 1, target.zone, target.spawn)], x: 0, y: 0, opacity: 1, visible: true },
    ],
  };
}

/** The layer called `name` of a map built by {@link validMap}. */
function layer(map: Json, name: string): Json {
  const found = (map.layers as Json[]).find((candidate) => candidate.name === name);
  assert.ok(found);
  return found;
}

function objects(map: Json, name: string): Json[] {
  return layer(map, name).objects as Json[];
}

/** Asserts that parsing the map changed by `change` fails with a message naming the file and matching `problem`. */
function rejects(change: (map: Json) => void, problem: RegExp): void {
  const map = validMap();
  change(map);
  assert.throws(
    () => parseZoneMap(map, FILE),
    (error: unknown) => {
      assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
      assert.ok(error.message.startsWith(`${FILE}: `), error.message);
      assert.match(error.message, problem);
      assert.equal(error.file, FILE);
      return true;
    },
  );
}

function base64(gids: readonly number[], compress: (bytes: Buffer) => Buffer): string {
  const bytes = Buffer.alloc(gids.length * 4);
  gids.forEach((gid, i) => bytes.writeUInt32LE(gid, i * 4));
  return compress(bytes).toString('base64');
}

describe('parseZoneMap', () => {
  it('reads size, walls, spawns and portals in metres', () => {
    const zone = parseZoneMap(validMap(), FILE);
    assert.equal(zone.id, 'test');
    assert.equal(zone.name, 'Test Zone');
    assert.equal(zone.file, FILE);
    assert.equal(zone.width, 8);
    assert.equal(zone.height, 6);
    assert.equal(zone.tileSize, 1);
    assert.deepEqual(zone.collision.cells, CollisionGrid.fromAscii(WALLS, 1).cells);
    assert.deepEqual([...zone.spawnPoints.values()], [
      { name: 'default', x: 2.5, y: 1.5 },
      { name: 'arrive', x: 5.5, y: 3.5 },
    ]);
    assert.deepEqual(zone.portals, [{ id: 'gate', x: 5, y: 1, width: 2, height: 1, targetZone: 'test', targetSpawn: 'arrive' }]);
  });

  it('scales pixels by tileSizeMetres, defaults it to 1 and the name to the zone id', () => {
    const map = validMap();
    map.properties = [{ name: 'zoneId', type: 'string', value: 'big' }, { name: 'tileSizeMetres', type: 'int', value: 3 }];
    const zone = parseZoneMap(map, FILE);
    assert.equal(zone.name, 'big');
    assert.equal(zone.width, 24);
    assert.equal(zone.collision.tileSize, 3);
    assert.deepEqual(zone.spawnPoints.get('default'), { name: 'default', x: 7.5, y: 4.5 });
    assert.equal(zone.portals[0]?.width, 6);
    map.properties = [{ name: 'zoneId', type: 'string', value: 'plain' }];
    assert.equal(parseZoneMap(map, FILE).tileSize, 1);
  });

  it('decodes CSV arrays and base64 uncompressed, zlib, gzip and zstd data to the same grid', () => {
    const gids = gidsOf(WALLS);
    gids[9] = 0x8000_0002; // a flipped wall tile still blocks
    const expected = [...gids.map((gid) => (gid === 0 ? 0 : 1))];
    const variants: Record<string, Json> = {
      csv: { data: gids },
      'csv (explicit)': { data: gids, encoding: 'csv' },
      'base64 none': { data: base64(gids, (b) => b), encoding: 'base64' },
      'base64 none (empty compression)': { data: base64(gids, (b) => b), encoding: 'base64', compression: '' },
      'base64 zlib': { data: base64(gids, (b) => deflateSync(b)), encoding: 'base64', compression: 'zlib' },
      'base64 gzip': { data: base64(gids, (b) => gzipSync(b)), encoding: 'base64', compression: 'gzip' },
      'base64 zstd': { data: base64(gids, (b) => zstdCompressSync(b)), encoding: 'base64', compression: 'zstd' },
      'base64 with line breaks': { data: base64(gids, (b) => b).replace(/(.{60})/g, '$1\n   '), encoding: 'base64' },
    };
    for (const [name, fields] of Object.entries(variants)) {
      const map = validMap();
      Object.assign(layer(map, 'collision'), fields);
      const zone = parseZoneMap(map, FILE);
      assert.deepEqual([...zone.collision.cells], expected, name);
    }
  });

  it('finds layers inside groups, and allows a map without portals', () => {
    const map = validMap();
    const layers = map.layers as Json[];
    map.layers = [layers[0], { id: 9, name: 'logic', type: 'group', layers: [layers[1], layers[2]] }];
    const zone = parseZoneMap(map, FILE);
    assert.equal(zone.portals.length, 0);
    assert.equal(zone.collision.blockedTileCount(), WALLS.join('').split('#').length - 1);
  });

  describe('names the file and the problem', () => {
    const cases: [string, (map: Json) => void, RegExp][] = [
      ['a non-object', (map) => Object.assign(map, { layers: 'nope' }), /layers: Invalid input: expected array/],
      ['a tileset file', (map) => Object.assign(map, { type: 'tileset' }), /is not a Tiled map: its type is "tileset"/],
      ['another orientation', (map) => Object.assign(map, { orientation: 'isometric' }), /orientation "isometric" is not supported/],
      ['an infinite map', (map) => Object.assign(map, { infinite: true }), /infinite maps are not supported/],
      ['a missing width', (map) => delete map.width, /width: Invalid input: expected number/],
      ['a map too large', (map) => Object.assign(map, { width: 5000 }), /width: Too big/],
      ['a bad tile width', (map) => Object.assign(map, { tilewidth: 0 }), /tilewidth: Too small/],
      ['a missing zoneId', (map) => Object.assign(map, { properties: [] }), /map property "zoneId" is missing/],
      ['a bad zoneId', (map) => Object.assign(map, { properties: [{ name: 'zoneId', value: 'two words' }] }), /"zoneId" must be 1 to 64 letters.*"two words"/],
      ['a non-string zoneId', (map) => Object.assign(map, { properties: [{ name: 'zoneId', value: 7 }] }), /"zoneId" must be .* got 7/],
      ['an empty name', (map) => Object.assign(map, { properties: [{ name: 'zoneId', value: 'z' }, { name: 'name', value: ' ' }] }), /map property "name" must be a non-empty string/],
      ['a string tile size', (map) => Object.assign(map, { properties: [{ name: 'zoneId', value: 'z' }, { name: 'tileSizeMetres', value: '2' }] }), /"tileSizeMetres" must be a number above 0 .* got "2"/],
      ['a zero tile size', (map) => Object.assign(map, { properties: [{ name: 'zoneId', value: 'z' }, { name: 'tileSizeMetres', value: 0 }] }), /"tileSizeMetres" must be a number above 0/],
      ['a layer without a name', (map) => delete layer(map, 'ground').name, /layers\[0\]\.name: Invalid input/],
      ['no collision layer', (map) => Object.assign(layer(map, 'collision'), { name: 'walls' }), /has no tile layer named "collision"/],
      ['collision as objects', (map) => Object.assign(layer(map, 'collision'), { type: 'objectgroup' }), /layer "collision" has type "objectgroup", expected a tile layer/],
      ['two collision layers', (map) => Object.assign(layer(map, 'ground'), { name: 'collision' }), /has 2 layers named "collision", expected one/],
      ['an offset layer', (map) => Object.assign(layer(map, 'spawns'), { offsetx: 4 }), /layer "spawns" is drawn with a pixel offset \(4, 0\)/],
      ['too few tiles', (map) => (layer(map, 'collision').data as number[]).pop(), /layer "collision" has 47 tiles, expected 48 \(8 x 6\)/],
      ['too few base64 tiles', (map) => Object.assign(layer(map, 'collision'), { encoding: 'base64', data: base64([1, 2, 3], (b) => b) }), /layer "collision" has 3 tiles, expected 48 \(8 x 6\)/],
      ['too many zlib tiles', (map) => Object.assign(layer(map, 'collision'), { encoding: 'base64', compression: 'zlib', data: base64(new Array<number>(5000).fill(1), deflateSync) }), /layer "collision" has more than 48 tiles, expected 48/],
      ['a ragged byte count', (map) => Object.assign(layer(map, 'collision'), { encoding: 'base64', data: Buffer.alloc(7).toString('base64') }), /7 bytes, not a whole number of 4-byte tiles/],
      ['bad base64', (map) => Object.assign(layer(map, 'collision'), { encoding: 'base64', data: 'AAAA$AAA' }), /layer "collision" data is not valid base64/],
      ['an unknown compression', (map) => Object.assign(layer(map, 'collision'), { encoding: 'base64', compression: 'lz4', data: 'AAAA' }), /unknown compression "lz4" \(supported: none, zlib, gzip, zstd\)/],
      ['corrupt zlib data', (map) => Object.assign(layer(map, 'collision'), { encoding: 'base64', compression: 'zlib', data: 'AAAAAAAA' }), /layer "collision" has corrupt zlib data/],
      ['an unknown encoding', (map) => Object.assign(layer(map, 'collision'), { encoding: 'xml' }), /unknown encoding "xml"/],
      ['csv given as a string', (map) => Object.assign(layer(map, 'collision'), { data: '0,0,0' }), /data is a string, but its encoding is csv/],
      ['base64 given as an array', (map) => Object.assign(layer(map, 'collision'), { encoding: 'base64' }), /data is an array, but its encoding is base64/],
      ['no data', (map) => delete layer(map, 'collision').data, /layer "collision" has no data/],
      ['a bad tile id', (map) => ((layer(map, 'collision').data as number[])[0] = -1), /layer "collision": data\[0\]: Too small/],
      ['a layer of another size', (map) => Object.assign(layer(map, 'collision'), { width: 4 }), /layer "collision" is 4 x 6 tiles, expected 8 x 6 like the map/],
      ['chunks', (map) => Object.assign(layer(map, 'collision'), { chunks: [] }), /is stored in chunks: infinite maps are not supported/],
      ['no spawns layer', (map) => Object.assign(layer(map, 'spawns'), { name: 'points' }), /has no object layer named "spawns"/],
      ['a malformed object', (map) => delete objects(map, 'spawns')[0]?.x, /layer "spawns": objects\[0\]\.x: Invalid input/],
      ['no default spawn', (map) => Object.assign(objects(map, 'spawns')[0] ?? {}, { name: 'start' }), /has no spawn point named "default" in layer "spawns"/],
      ['a spawn that is not a point', (map) => Object.assign(objects(map, 'spawns')[0] ?? {}, { point: false, width: 16, height: 16 }), /spawn object 1 \("default"\) is a rectangle, expected a point/],
      ['an unnamed spawn', (map) => Object.assign(objects(map, 'spawns')[1] ?? {}, { name: '' }), /spawn object 2 has no name/],
      ['a duplicate spawn', (map) => Object.assign(objects(map, 'spawns')[1] ?? {}, { name: 'default' }), /spawn "default" is defined twice/],
      ['a spawn outside the map', (map) => Object.assign(objects(map, 'spawns')[1] ?? {}, { x: 9 * TILE_PX }), /spawn "arrive" at \(9, 3.5\) m is outside the map \(8 x 6 m\)/],
      ['a spawn inside a wall', (map) => Object.assign(objects(map, 'spawns')[0] ?? {}, { x: 3.5 * TILE_PX, y: 2.5 * TILE_PX }), /spawn "default" at \(3.5, 2.5\) m is inside a wall \(tile 3, 2 of layer "collision"\)/],
      ['a spawn against a wall', (map) => Object.assign(objects(map, 'spawns')[0] ?? {}, { x: 1.2 * TILE_PX }), /spawn "default" at \(1.2, 1.5\) m is closer than 0.5 m to a wall/],
      ['a spawn in a portal', (map) => Object.assign(objects(map, 'spawns')[1] ?? {}, { y: 1.5 * TILE_PX }), /spawn "arrive" at \(5.5, 1.5\) m is within 0.5 m of portal "gate"/],
      ['a spawn next to a portal', (map) => Object.assign(objects(map, 'spawns')[1] ?? {}, { y: 2.3 * TILE_PX }), /spawn "arrive" at \(5.5, 2.3\) m is within 0.5 m of portal "gate"/],
      ['an elliptic portal', (map) => Object.assign(objects(map, 'portals')[0] ?? {}, { ellipse: true }), /portal object 3 \("gate"\) is an ellipse, expected a rectangle/],
      ['a polygon portal', (map) => Object.assign(objects(map, 'portals')[0] ?? {}, { polygon: [] }), /is a polygon, expected a rectangle/],
      ['a tile object portal', (map) => Object.assign(objects(map, 'portals')[0] ?? {}, { gid: 1 }), /is a tile, expected a rectangle/],
      ['a rotated portal', (map) => Object.assign(objects(map, 'portals')[0] ?? {}, { rotation: 45 }), /portal object 3 \("gate"\) is rotated/],
      ['a portal without area', (map) => Object.assign(objects(map, 'portals')[0] ?? {}, { width: 0 }), /has no area \(0 x 16 px\)/],
      ['duplicate portal ids', (map) => objects(map, 'portals').push({ ...objects(map, 'portals')[0], id: 4 }), /portal id "gate" is used twice/],
      ['unnamed portals with one id', (map) => objects(map, 'portals').push({ ...objects(map, 'portals')[0], id: 4, name: '' }, { ...objects(map, 'portals')[0], id: 4, name: '' }), /portal id "portal-4" is used twice/],
      ['no targetZone', (map) => Object.assign(objects(map, 'portals')[0] ?? {}, { properties: [{ name: 'targetSpawn', value: 'a' }] }), /portal object 3 \("gate"\) needs a string property "targetZone"/],
      ['no targetSpawn', (map) => Object.assign(objects(map, 'portals')[0] ?? {}, { properties: [{ name: 'targetZone', value: 'a' }] }), /needs a string property "targetSpawn"/],
      ['a portal outside the map', (map) => Object.assign(objects(map, 'portals')[0] ?? {}, { x: 7 * TILE_PX }), /portal object 3 \("gate"\) \(7..9, 1..2 m\) is outside the map \(8 x 6 m\)/],
      ['a portal in the wall', (map) => Object.assign(objects(map, 'portals')[0] ?? {}, { x: 0, y: 0, width: 8 * TILE_PX }), /\(0..8, 0..1 m\) covers only blocked tiles, so nobody can enter it/],
    ];
    for (const [name, change, problem] of cases) {
      it(name, () => {
        rejects(change, problem);
      });
    }

    it('a value that is not a map at all', () => {
      for (const json of [null, 3, 'map', []]) assert.throws(() => parseZoneMap(json, FILE), /^ContentError: content\/zones\/test.tmj: is not a Tiled map: expected a JSON object$/);
    });

    it('a bad spawn clearance option', () => {
      assert.throws(() => parseZoneMap(validMap(), FILE, { spawnClearance: 0 }), RangeError);
    });
  });
});

describe('loading files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'realmforge-maps-'));
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, content: unknown): string {
    const file = join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  }

  it('loadZoneMap reads a file and names it in errors', async () => {
    const file = write('one.tmj', validMap());
    assert.equal((await loadZoneMap(file)).file, file);
    const broken = write('broken.tmj', '{"width": 8,');
    await assert.rejects(loadZoneMap(broken), (error: Error) => error.message.startsWith(`${broken}: is not valid JSON: `));
    const missing = join(dir, 'missing.tmj');
    await assert.rejects(loadZoneMap(missing), (error: Error) => error.message.startsWith(`${missing}: cannot be read: `));
  });

  it('loadWorldContent loads every .tmj in a directory and links them', async () => {
    const world = mkdtempSync(join(dir, 'world-'));
    writeFileSync(join(world, 'a.tmj'), JSON.stringify(validMap('alpha', { zone: 'beta', spawn: 'arrive' })));
    writeFileSync(join(world, 'b.tmj'), JSON.stringify(validMap('beta', { zone: 'alpha', spawn: 'arrive' })));
    writeFileSync(join(world, 'notes.txt'), 'not a map');
    const zones = await loadWorldContent(world);
    assert.deepEqual([...zones.keys()], ['alpha', 'beta']);
    assert.equal(zones.get('beta')?.file, join(world, 'b.tmj'));
  });

  it('loadWorldContent names the first bad file, in name order', async () => {
    const world = mkdtempSync(join(dir, 'world-'));
    writeFileSync(join(world, 'a.tmj'), JSON.stringify(validMap('alpha')));
    writeFileSync(join(world, 'b.tmj'), '[');
    writeFileSync(join(world, 'c.tmj'), '{');
    await assert.rejects(loadWorldContent(world), (error: Error) => error.message.startsWith(`${join(world, 'b.tmj')}: is not valid JSON`));
  });

  it('loadWorldContent rejects an empty or missing directory', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    await assert.rejects(loadWorldContent(empty), { message: `${empty}: holds no .tmj maps` });
    await assert.rejects(loadWorldContent(join(dir, 'nowhere')), (error: Error) => error.message.startsWith(`${join(dir, 'nowhere')}: cannot be read`));
  });
});

describe('validateWorld', () => {
  const alpha = (): ZoneMap => parseZoneMap(validMap('alpha', { zone: 'beta', spawn: 'arrive' }), 'alpha.tmj');
  const beta = (): ZoneMap => parseZoneMap(validMap('beta', { zone: 'alpha', spawn: 'arrive' }), 'beta.tmj');

  it('accepts portals that lead to existing spawns, including within the same zone', () => {
    assert.deepEqual([...validateWorld([alpha(), beta()]).keys()], ['alpha', 'beta']);
    assert.deepEqual([...validateWorld([parseZoneMap(validMap(), FILE)]).keys()], ['test']);
  });

  it('rejects a zone id used twice, naming both files', () => {
    const twin = parseZoneMap(validMap('alpha', { zone: 'beta', spawn: 'arrive' }), 'twin.tmj');
    assert.throws(() => validateWorld([alpha(), beta(), twin]), { message: 'twin.tmj: zone id "alpha" is also used by alpha.tmj' });
  });

  it('rejects a portal to a zone that does not exist', () => {
    assert.throws(() => validateWorld([alpha()]), { message: 'alpha.tmj: portal "gate" leads to zone "beta", which does not exist (zones: alpha)' });
  });

  it('rejects a portal to a spawn that does not exist', () => {
    const lost = parseZoneMap(validMap('alpha', { zone: 'beta', spawn: 'nowhere' }), 'alpha.tmj');
    assert.throws(() => validateWorld([lost, beta()]), {
      message: 'alpha.tmj: portal "gate" leads to spawn "nowhere" of zone "beta" (beta.tmj), which has no such spawn (spawns: default, arrive)',
    });
  });

  it('rejects a portal whose arrival spawn lies in a portal of the target zone', () => {
    // Built by hand: the loader already refuses spawns inside their own zone's portals.
    const trap: ZoneMap = { ...beta(), portals: [{ id: 'back', x: 5, y: 3, width: 1, height: 1, targetZone: 'alpha', targetSpawn: 'arrive' }] };
    assert.throws(() => validateWorld([alpha(), trap]), {
      message: 'alpha.tmj: portal "gate" leads to spawn "arrive" of zone "beta", which lies within 0.5 m of that zone\'s portal "back"; travellers would bounce back and forth',
    });
  });
});
