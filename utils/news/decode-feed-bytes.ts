/**
 * Turns a feed's bytes into text (utils/http/decode-body.ts), with the XML declaration as the feed's own word on
 * its charset: `response.text()` would garble the windows-1252, Latin-1, gb2312, KOI8-R and UTF-16 feeds still
 * served by intranets.
 */
import { type DecodedBody, decodeBody, supportedEncoding } from '../http/decode-body';

/** The encoding named by `<?xml … encoding="…"?>`, read as ASCII from the first bytes. */
function charsetFromDeclaration(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  const declaration = head.match(/<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i);
  return supportedEncoding(declaration?.[1]);
}

/** Decodes a feed body; `contentType` is the response's Content-Type header, if any. */
export function decodeFeedBytes(input: Uint8Array | ArrayBuffer, contentType?: string | null): DecodedBody {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  return decodeBody(bytes, contentType, charsetFromDeclaration(bytes));
}
