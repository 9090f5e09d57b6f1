// @vitest-environment node
import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, CHROMIUM_PUBLIC_KEY } from '@/utils/manifest/build-manifest';
import { extensionIdFromBytes, extensionIdOf, manifestKeyOf, publicKeyDer } from '../../../tools/packaging/crx-id';
import { signCrx3 } from '../../../tools/packaging/crx3';
import { generateSigningKeyPem } from '../../../tools/packaging/signing-key';
import { parseCrx3 } from './protobuf-reader';

const ZIP = Buffer.from('PK\x03\x04 pretend zip payload', 'latin1');

function uint32le(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

describe('Chromium extension id', () => {
  it('is the id Chromium gives the repository key (checked by the e2e harness at each launch)', () => {
    expect(extensionIdOf(Buffer.from(CHROMIUM_PUBLIC_KEY, 'base64'))).toBe(CHROMIUM_EXTENSION_ID);
  });

  it('maps each hex digit 0-f to a letter a-p', () => {
    expect(extensionIdFromBytes(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'))).toBe(
      'abcdefghijklmnopabcdefghijklmnop',
    );
  });

  it('puts the public key in the manifest as base64 DER', () => {
    const pem = generateSigningKeyPem();
    const der = publicKeyDer(pem);
    expect(
      createPublicKey({ key: Buffer.from(manifestKeyOf(der), 'base64'), format: 'der', type: 'spki' }).export({
        type: 'spki',
        format: 'der',
      }),
    ).toEqual(der);
  });
});

describe('CRX3 signing', () => {
  const pem = generateSigningKeyPem();
  const crx = parseCrx3(signCrx3(ZIP, pem));

  it('writes a version 3 header whose proof carries the public key and the zip untouched', () => {
    expect(crx.version).toBe(3);
    expect(Buffer.from(crx.publicKey)).toEqual(publicKeyDer(pem));
    expect(Buffer.from(crx.zip)).toEqual(ZIP);
  });

  it('signs the crx_id of the key: the first 16 bytes of its SHA-256', () => {
    const digest = createHash('sha256').update(crx.publicKey).digest();
    expect(Buffer.from(crx.crxId)).toEqual(digest.subarray(0, 16));
    expect(extensionIdFromBytes(crx.crxId)).toBe(extensionIdOf(publicKeyDer(pem)));
  });

  it('has an RSA-SHA256 signature over the context, the signed header data and the zip', () => {
    const signed = Buffer.concat([
      Buffer.from('CRX3 SignedData\x00', 'latin1'),
      uint32le(crx.signedHeaderData.length),
      crx.signedHeaderData,
      crx.zip,
    ]);
    const publicKey = createPublicKey({ key: Buffer.from(crx.publicKey), format: 'der', type: 'spki' });
    expect(verify('sha256', signed, publicKey, crx.signature)).toBe(true);
    const tampered = Buffer.concat([signed.subarray(0, -1), Buffer.from('!')]);
    expect(verify('sha256', tampered, publicKey, crx.signature)).toBe(false);
  });

  it('refuses a key that is not RSA', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const ecPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => signCrx3(ZIP, ecPem)).toThrow(/RSA key \(found ec\)/);
  });
});
