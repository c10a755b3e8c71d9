/**
 * Encoding and decoding of the envelopes. Decoding never throws anything but a
 * {@link ProtocolError}: whatever bytes arrive, the caller gets a message or a coded error.
 * @module
 */
import { ErrorCode, ProtocolError } from './protocol-error.ts';
import { ClientMessage, ServerMessage } from './schema.ts';
import type { ClientMessageInit, ServerMessageInit } from './schema.ts';

/**
 * Decodes one ClientMessage body (no length prefix).
 * @throws ProtocolError MALFORMED_MESSAGE for bytes that are not a valid ClientMessage,
 *   UNKNOWN_MESSAGE for a message with no payload case this build knows
 */
export function decodeClientMessage(body: Uint8Array): ClientMessage {
  const message = decodeOrThrow(() => ClientMessage.decode(body));
  if (message.payload === undefined) {
    throw new ProtocolError(ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE, 'message carries no payload this server knows');
  }
  return message;
}

/**
 * Decodes one ServerMessage body (no length prefix).
 * @throws ProtocolError as {@link decodeClientMessage} does
 */
export function decodeServerMessage(body: Uint8Array): ServerMessage {
  const message = decodeOrThrow(() => ServerMessage.decode(body));
  if (message.payload === undefined) {
    throw new ProtocolError(ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE, 'message carries no payload this client knows');
  }
  return message;
}

/** Encodes a ClientMessage body (no length prefix). */
export function encodeClientMessage(message: ClientMessageInit): Uint8Array {
  return ClientMessage.encode(message).finish();
}

/** Encodes a ServerMessage body (no length prefix). */
export function encodeServerMessage(message: ServerMessageInit): Uint8Array {
  return ServerMessage.encode(message).finish();
}

function decodeOrThrow<T>(decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'undecodable';
    throw new ProtocolError(ErrorCode.ERROR_CODE_MALFORMED_MESSAGE, `malformed message: ${reason}`);
  }
}
