/**
 * CRX3 signing (the format Chromium installs from an update server), with node:crypto only.
 * Layout: "Cr24", version 3 (uint32 LE), header length (uint32 LE), CrxFileHeader (protobuf), then the zip.
 * CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000; }
 * AsymmetricKeyProof { bytes public_key = 1; bytes signature = 2; }   SignedData { bytes crx_id = 1; }
 * The RSA-SHA256 signature covers "CRX3 SignedData\0", the SignedData length (uint32 LE), SignedData, the zip.
 * (components/crx_file/crx3.proto and crx_verifier.cc in Chromium.)
 */
import { createPrivateKey, createSign } from 'node:crypto';
import { crxIdBytes, publicKeyDer } from './crx-id';

const MAGIC = Buffer.from('Cr24', 'ascii');
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'binary');

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** A length-delimited protobuf field (wire type 2): tag, length, bytes. */
function bytesField(fieldNumber: number, value: Uint8Array): Buffer {
  return Buffer.concat([varint(fieldNumber * 8 + 2), varint(value.length), value]);
}

function uint32le(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

/** A signed CRX3 file from the extension's zip and the organisation's RSA private key (PEM). */
export function signCrx3(zip: Uint8Array, privateKeyPem: string): Buffer {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new Error(`The signing key must be an RSA key (found ${privateKey.asymmetricKeyType}).`);
  }
  const publicKey = publicKeyDer(privateKey);
  const signedData = bytesField(1, crxIdBytes(publicKey));
  const signature = createSign('sha256')
    .update(SIGNATURE_CONTEXT)
    .update(uint32le(signedData.length))
    .update(signedData)
    .update(zip)
    .sign(privateKey);
  const proof = Buffer.concat([bytesField(1, publicKey), bytesField(2, signature)]);
  const header = Buffer.concat([bytesField(2, proof), bytesField(10000, signedData)]);
  return Buffer.concat([MAGIC, uint32le(3), uint32le(header.length), header, zip]);
}
