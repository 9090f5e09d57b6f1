/**
 * The Chromium extension id of a signing key, as Chromium computes it: the first 16 bytes of the SHA-256 of the
 * public key (DER SubjectPublicKeyInfo), each hex digit 0-f written as a letter a-p.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

export function publicKeyDer(key: KeyObject | string): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

/** The 16 bytes CRX3 signs as `crx_id`. */
export function crxIdBytes(publicKeySpkiDer: Uint8Array): Buffer {
  return createHash('sha256').update(publicKeySpkiDer).digest().subarray(0, 16);
}

export function extensionIdFromBytes(idBytes: Uint8Array): string {
  return [...Buffer.from(idBytes).toString('hex')]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)))
    .join('');
}

export function extensionIdOf(publicKeySpkiDer: Uint8Array): string {
  return extensionIdFromBytes(crxIdBytes(publicKeySpkiDer));
}

/** The manifest's `key` field: the public key in base64 DER, which pins the id of an unpacked build too. */
export function manifestKeyOf(publicKeySpkiDer: Uint8Array): string {
  return Buffer.from(publicKeySpkiDer).toString('base64');
}
