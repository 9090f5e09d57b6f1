/** The organisation's signing key: generated once, kept by IT, never committed (.gitignore lists *.pem). */
import { generateKeyPairSync } from 'node:crypto';

/** A new 2048-bit RSA private key in PKCS#8 PEM, the form Chromium's own packer writes. */
export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
