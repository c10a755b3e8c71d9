/**
 * A fan-out benchmark client: logs in over TCP with the SDK, enters the world, then counts the
 * entity changes of every world frame with the wire skim (no decoding) and drops the frames
 * before the SDK would decode them; everything else (answers, pings) reaches the SDK as usual.
 * @module
 */
import { connectTcp, GameClient } from '@realmforge/client/node';
import { skimWorldFrame } from '../../tools/bots/frame-skim.ts';

/** What the clients of one run received, counted together. */
export interface DeliveryCount {
  /** World frames. */
  frames: number;
  /** Entity enters, updates and leaves in them: the delivered game messages. */
  entityChanges: number;
  /** Bytes of world frame bodies. */
  frameBytes: number;
}

/** Counts each world frame's entity changes with the wire skim and keeps the frame from the SDK; the rest passes. */
function skimming(count: DeliveryCount): (body: Uint8Array) => boolean {
  return (body) => {
    const frame = skimWorldFrame(body);
    if (frame === undefined) return true;
    count.frames++;
    count.entityChanges += frame.entityChanges;
    count.frameBytes += body.length;
    return false;
  };
}

/** A client in the world, with where it entered. */
export interface FanoutClient {
  /** The SDK client. */
  readonly client: GameClient;
  /** Where its character entered the world, metres. */
  readonly entry: { readonly x: number; readonly y: number };
}

/** Connects, registers `username`, logs in, creates `characterName` and enters the world. */
export async function enterFanoutClient(port: number, username: string, characterName: string, count: DeliveryCount): Promise<FanoutClient> {
  const client = new GameClient(await connectTcp('127.0.0.1', port, { inspect: skimming(count) }));
  await client.hello();
  await client.register(username, 'fanout-password');
  await client.login(username, 'fanout-password');
  const created = await client.createCharacter(characterName);
  const entered = await client.enterWorld(created.character?.id ?? '');
  return { client, entry: { x: entered.character?.position?.x ?? 0, y: entered.character?.position?.y ?? 0 } };
}
