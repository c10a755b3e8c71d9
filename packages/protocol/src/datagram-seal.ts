/**
 * Sealed datagrams (Node only: node:crypto): a datagram channel opened with a key
 * (DatagramChannel.key) has every datagram, both ways, encrypted and authenticated with
 * AES-256-GCM (docs/protocol.md, "Datagrams").
 *
 * A sealed datagram keeps the 28-byte header of datagram.ts, with one change: bytes 8-23 hold
 * the 16-byte GCM tag instead of the token. The payload is encrypted. The nonce is the header's
 * other 12 bytes in order (bytes 0-7 and 24-27: version, kind, flags, reserved, channel id,
 * sequence), so the header is authenticated with the payload (GCM authenticates its nonce: a
 * datagram whose header was changed fails its tag like one whose payload was).
 *
 * Why a nonce is never used for two different datagrams under one key (each channel has its
 * own): the kind tells the directions apart (hello and message go to the server, frames and
 * bound to the client); a client's hellos and messages share one sequence that grows with every
 * datagram; the server numbers its frames datagrams 1, 2, 3 …; and a `bound` datagram, whose
 * sequence repeats the last frames number, has no payload and fixed flags, so two with one
 * nonce are the same bytes. A channel's sequences would have to wrap (2^32 datagrams one way)
 * before a nonce came round again.
 *
 * The cost is Node's per-call overhead more than the cipher: about 4-5 µs to seal and 3-4.5 µs
 * to open a datagram of 30 to 1,200 bytes on a 2-core AMD EPYC, about what its send or receive
 * costs in the kernel.
 * @module
 */
import { createCipheriv, createDecipheriv, createSecretKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { DATAGRAM_HEADER_BYTES, DATAGRAM_TOKEN_BYTES } from './datagram.ts';

/** Bytes of a channel's key (AES-256). */
export const DATAGRAM_KEY_BYTES = 32;

const CIPHER = 'aes-256-gcm';
const TAG_AT = 8;
const TAG_BYTES = DATAGRAM_TOKEN_BYTES;
const SEQUENCE_AT = 24;
const NONCE_BYTES = 12;

/** Seals and opens one channel's datagrams. */
export class DatagramSeal {
  readonly #key: KeyObject;
  /** Reused for every datagram: the cipher copies its nonce when it is made. */
  readonly #nonce = Buffer.alloc(NONCE_BYTES);

  /**
   * @param key - the channel's {@link DATAGRAM_KEY_BYTES}-byte key
   * @throws RangeError for a key of another length
   */
  constructor(key: Uint8Array) {
    if (key.length !== DATAGRAM_KEY_BYTES) throw new RangeError(`a datagram key is ${DATAGRAM_KEY_BYTES} bytes, not ${key.length}`);
    this.#key = createSecretKey(key);
  }

  /**
   * A sealed copy of a datagram: `datagram` holds a written header (its token bytes are not
   * read) and the payload in the clear; the copy has the tag in the header and the payload
   * encrypted. `datagram` is not changed.
   * @throws RangeError for a datagram shorter than a header
   */
  seal(datagram: Uint8Array): Buffer {
    if (datagram.length < DATAGRAM_HEADER_BYTES) throw new RangeError(`a datagram is at least ${DATAGRAM_HEADER_BYTES} bytes; this one is ${datagram.length}`);
    const cipher = createCipheriv(CIPHER, this.#key, this.#nonceOf(datagram), { authTagLength: TAG_BYTES });
    const sealed = Buffer.allocUnsafe(datagram.length);
    sealed.set(datagram.subarray(0, TAG_AT));
    sealed.set(datagram.subarray(SEQUENCE_AT, DATAGRAM_HEADER_BYTES), SEQUENCE_AT);
    if (datagram.length > DATAGRAM_HEADER_BYTES) sealed.set(cipher.update(datagram.subarray(DATAGRAM_HEADER_BYTES)), DATAGRAM_HEADER_BYTES);
    cipher.final();
    sealed.set(cipher.getAuthTag(), TAG_AT);
    return sealed;
  }

  /**
   * The payload of a sealed datagram, decrypted (empty for a kind without one), or undefined
   * when the datagram is not authentic: sealed with another key, or changed on the way.
   */
  open(datagram: Uint8Array): Buffer | undefined {
    if (datagram.length < DATAGRAM_HEADER_BYTES) return undefined;
    const decipher = createDecipheriv(CIPHER, this.#key, this.#nonceOf(datagram), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(datagram.subarray(TAG_AT, TAG_AT + TAG_BYTES));
    const payload = datagram.length > DATAGRAM_HEADER_BYTES ? decipher.update(datagram.subarray(DATAGRAM_HEADER_BYTES)) : Buffer.alloc(0);
    try {
      decipher.final();
    } catch {
      return undefined;
    }
    return payload;
  }

  /** The header's bytes other than the tag, in order. */
  #nonceOf(datagram: Uint8Array): Buffer {
    const nonce = this.#nonce;
    nonce.set(datagram.subarray(0, TAG_AT));
    nonce.set(datagram.subarray(SEQUENCE_AT, DATAGRAM_HEADER_BYTES), TAG_AT);
    return nonce;
  }
}
