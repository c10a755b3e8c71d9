import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { ServerError } from '@realmforge/client';
import type { GameClient } from '@realmforge/client';
import { ChatChannel, ErrorCode } from '@realmforge/protocol';
import { loadConfig } from '@realmforge/server';
import { playerInWorld, startTestServer } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { admin, documentedFamilies, observations, scrape, until, value } from './scrape.ts';

describe('metrics on the admin port', () => {
  let t: TestServer;
  let player: GameClient;
  before(async () => {
    t = await startTestServer({ heartbeatIntervalMs: 50, ioThreads: 0 });
  });
  after(async () => {
    player.close();
    await t.close();
  });

  it('after play, exposes every documented family with its documented type, and nothing undocumented', async () => {
    player = await t.connect('tcp');
    await playerInWorld(player);
    player.move(1, 0);
    const guest = await t.connect('ws');
    await assert.rejects(guest.listCharacters(), (e) => e instanceof ServerError && e.code === ErrorCode.ERROR_CODE_NOT_AUTHENTICATED);
    guest.close();
    const m = await until(async () => {
      const scraped = await scrape(t.ports.admin);
      const settled = observations(scraped, 'realmforge_heartbeat_rtt_seconds') > 0
        && observations(scraped, 'realmforge_input_to_frame_seconds') === 1
        && value(scraped, 'realmforge_disconnects_total', { reason: 'closed' }) === 1
        && value(scraped, 'realmforge_messages_received_total', { type: 'moveInput' }) === 1
        && value(scraped, 'realmforge_messages_sent_total', { type: 'worldFrame' }) > 0;
      return settled ? scraped : undefined;
    }, 'the activity to show in /metrics');

    const documented = documentedFamilies();
    assert.ok(documented.length >= 20, 'docs/operations.md lists the metric families');
    for (const { name, type } of documented) {
      const found = m.families.get(name);
      assert.ok(found !== undefined, `${name} is documented but not exposed`);
      assert.equal(found, type, `${name} type`);
      if (name.startsWith('realmforge_')) assert.equal(m.metrics[name]?.type, type, `${name} type, second parser`);
    }
    const names = new Set(documented.map((f) => f.name));
    for (const name of [...m.families.keys()].filter((n) => n.startsWith('realmforge_'))) {
      assert.ok(names.has(name), `${name} is exposed but not documented in docs/operations.md`);
    }

    assert.ok(value(m, 'realmforge_thread_busy_seconds_total', { thread: 'main' }) > 0, 'the main thread has been busy');
    // The configured 2, or twice or four times it if this machine's load degraded a tick.
    assert.ok([2, 4, 8].includes(value(m, 'realmforge_distant_update_stride')), 'the distant stride of the last replicated tick');
    assert.equal(value(m, 'realmforge_thread_busy_seconds_total', { thread: 'io-0' }), 0, 'no I/O threads, no series of theirs');
    assert.equal(value(m, 'realmforge_sessions', { transport: 'tcp' }), 1);
    assert.equal(value(m, 'realmforge_sessions', { transport: 'ws' }), 0);
    assert.equal(value(m, 'realmforge_sessions', { transport: 'tls' }), 0);
    assert.equal(value(m, 'realmforge_players_in_world', { zone: 'meadow' }), 1);
    assert.equal(value(m, 'realmforge_players_in_world', { zone: 'ironwood' }), 0);
    assert.equal(value(m, 'realmforge_connections_total', { transport: 'tcp' }), 1);
    assert.equal(value(m, 'realmforge_connections_total', { transport: 'ws' }), 1);
    for (const type of ['hello', 'register', 'login', 'createCharacter', 'enterWorld']) {
      assert.equal(value(m, 'realmforge_messages_received_total', { type }), type === 'hello' ? 2 : 1, `${type} received`);
    }
    assert.equal(value(m, 'realmforge_messages_received_total', { type: 'listCharacters' }), 1);
    assert.equal(value(m, 'realmforge_messages_sent_total', { type: 'loggedIn' }), 1);
    assert.equal(value(m, 'realmforge_messages_sent_total', { type: 'enteredWorld' }), 1);
    assert.ok(value(m, 'realmforge_messages_sent_total', { type: 'ping' }) > 0);
    assert.equal(value(m, 'realmforge_request_errors_total', { code: 'ERROR_CODE_NOT_AUTHENTICATED' }), 1);
    assert.equal(value(m, 'realmforge_request_errors_total'), 1);
    assert.equal(observations(m, 'realmforge_request_duration_seconds', { type: 'login' }), 1);
    assert.equal(observations(m, 'realmforge_request_duration_seconds', { type: 'listCharacters' }), 1);
    assert.equal(observations(m, 'realmforge_request_duration_seconds', { type: 'moveInput' }), 0, 'moveInput has no direct answer');
    assert.equal(observations(m, 'realmforge_input_to_frame_seconds'), 1, 'the one move was timed to the frame acknowledging it, once');
    assert.ok(observations(m, 'realmforge_tick_duration_seconds', { zone: 'meadow' }) > 0);
    assert.ok(observations(m, 'realmforge_tick_duration_seconds', { zone: 'ironwood' }) > 0);
    assert.equal(observations(m, 'realmforge_store_operation_duration_seconds', { operation: 'createAccount' }), 1);
    assert.equal(observations(m, 'realmforge_store_operation_duration_seconds', { operation: 'createCharacter' }), 1);
    assert.equal(value(m, 'realmforge_store_operation_errors_total'), 0);
    assert.ok(value(m, 'realmforge_bytes_received_total', { transport: 'tcp' }) > 0);
    assert.ok(value(m, 'realmforge_bytes_received_total', { transport: 'ws' }) > 0);
    assert.ok(value(m, 'realmforge_bytes_sent_total', { transport: 'tcp' }) > value(m, 'realmforge_bytes_sent_total', { transport: 'ws' }));
  });

  it('counters move with activity and never go back', async () => {
    const before = await scrape(t.ports.admin);
    const sent = player.move(0, 1);
    assert.ok(sent > 0);
    await player.ping();
    await player.chat(ChatChannel.CHAT_CHANNEL_SAY, 'hello');
    const later = await until(async () => {
      const m = await scrape(t.ports.admin);
      return observations(m, 'realmforge_tick_duration_seconds', { zone: 'meadow' }) > observations(before, 'realmforge_tick_duration_seconds', { zone: 'meadow' })
        && observations(m, 'realmforge_input_to_frame_seconds') === observations(before, 'realmforge_input_to_frame_seconds') + 1
        && value(m, 'realmforge_messages_sent_total', { type: 'worldFrame' }) > value(before, 'realmforge_messages_sent_total', { type: 'worldFrame' })
        ? m
        : undefined;
    }, 'ticks and frames after the move');
    assert.equal(value(later, 'realmforge_messages_received_total', { type: 'moveInput' }), value(before, 'realmforge_messages_received_total', { type: 'moveInput' }) + 1);
    assert.equal(value(later, 'realmforge_messages_received_total', { type: 'ping' }), value(before, 'realmforge_messages_received_total', { type: 'ping' }) + 1);
    assert.equal(observations(later, 'realmforge_request_duration_seconds', { type: 'ping' }), observations(before, 'realmforge_request_duration_seconds', { type: 'ping' }) + 1);
    assert.equal(value(later, 'realmforge_messages_sent_total', { type: 'chatMessage' }), value(before, 'realmforge_messages_sent_total', { type: 'chatMessage' }) + 1, 'a push encoded once for many is counted by its type');
    assert.equal(value(later, 'realmforge_messages_sent_total', { type: 'chatSent' }), value(before, 'realmforge_messages_sent_total', { type: 'chatSent' }) + 1);
    assert.ok(value(later, 'realmforge_bytes_received_total', { transport: 'tcp' }) > value(before, 'realmforge_bytes_received_total', { transport: 'tcp' }));
    assert.ok(value(later, 'realmforge_bytes_sent_total', { transport: 'tcp' }) > value(before, 'realmforge_bytes_sent_total', { transport: 'tcp' }));
    for (const name of Object.keys(later.metrics).filter((n) => n.endsWith('_total'))) {
      assert.ok(value(later, name) >= value(before, name), `${name} went back`);
    }
  });

  it('counts a session that ends with an error code under that code', async () => {
    const client = await t.connect('tcp', false);
    client.send({ login: { username: 'nobody', password: 'whatever' } });
    const reason = await client.closed;
    assert.equal(reason?.code, ErrorCode.ERROR_CODE_HANDSHAKE_REQUIRED);
    await until(async () => {
      const m = await scrape(t.ports.admin);
      return value(m, 'realmforge_disconnects_total', { reason: 'ERROR_CODE_HANDSHAKE_REQUIRED' }) === 1 ? true : undefined;
    }, 'the disconnect to be counted');
  });

  it('answers /healthz, /readyz and nothing else', async () => {
    const health = await admin(t.ports.admin, '/healthz');
    assert.equal(health.status, 200);
    assert.equal((await health.text()).trim(), 'ok');
    const ready = await admin(t.ports.admin, '/readyz');
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', checks: { server: 'ok', world: 'ok', store: 'ok' } });
    assert.equal((await admin(t.ports.admin, '/nope')).status, 404);
    const post = await admin(t.ports.admin, '/metrics', { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    const head = await admin(t.ports.admin, '/healthz', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });

  it('binds the admin port to loopback by default', async () => {
    assert.equal(loadConfig({}).adminHost, '127.0.0.1');
    assert.equal(loadConfig({}).adminPort, 9090);
    assert.equal(t.server.config.adminHost, '127.0.0.1');
    const external = Object.values(networkInterfaces()).flat().find((address) => address !== undefined && !address.internal && address.family === 'IPv4');
    if (external === undefined) return;
    // Reachable on loopback, refused on the machine's other address.
    await assert.rejects(fetch(`http://${external.address}:${t.ports.admin}/healthz`));
    assert.equal((await admin(t.ports.admin, '/healthz')).status, 200);
  });
});
