/**
 * Turns a response body's bytes into text. `response.text()` always decodes as UTF-8, and garbles what intranets
 * still serve: windows-1252 feeds, and the CSV Excel writes on a Western European Windows ("CSV (séparateur :
 * point-virgule)" is windows-1252, with no BOM and no charset from the file server). The order is the XML parsers':
 * byte-order mark › HTTP Content-Type charset › the document's own declaration (feeds) › UTF-8 (even damaged) › a
 * guess.
 */

export type CharsetSource = 'bom' | 'http' | 'declaration' | 'utf-8' | 'guess';

export interface DecodedBody {
  text: string;
  /** The WHATWG name of the encoding used (e.g. "windows-1252" for a declared ISO-8859-1). */
  encoding: string;
  source: CharsetSource;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM still starts with an ASCII character ("<", "{", a header's letter): one byte of two is 0. */
function sniffUtf16(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0) return 'utf-16be';
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) return 'utf-16le';
  return null;
}

/** A label TextDecoder knows, or null (an unknown label is ignored rather than failing the document). */
export function supportedEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*("?)([^";\s]+)\1/i);
  return supportedEncoding(match?.[2]);
}

/** The text when the bytes are valid UTF-8, else null: one pass both checks and decodes (the text is kept). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Whether bytes that are not quite UTF-8 are UTF-8 with some damage (a cut or stray byte): more well-formed
 * multi-byte sequences than broken ones. Legacy text rarely forms one ("é" in windows-1252 is 0xE9 followed by a
 * letter), and reading a damaged UTF-8 file as windows-1252 would turn every accent in it into two characters.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let wellFormed = 0;
  let broken = 0;
  for (let at = 0; at < bytes.length; at += 1) {
    const lead = bytes[at] as number;
    if (lead < 0x80) continue;
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let next = 1;
    while (next < length && ((bytes[at + next] ?? 0) & 0xc0) === 0x80) next += 1;
    if (length > 0 && next === length) {
      wellFormed += 1;
      at += length - 1;
    } else broken += 1;
  }
  return wellFormed > broken;
}

/**
 * Undeclared bytes that are not UTF-8: mostly Western European text (windows-1252, a superset of Latin-1),
 * sometimes Russian. Text where most letters are high bytes is Cyrillic; Russian prose is mostly lower case,
 * which KOI8-R puts at 0xC0–0xDF and windows-1251 at 0xE0–0xFF.
 */
export function guessLegacyEncoding(bytes: Uint8Array): string {
  let ascii = 0;
  let lowHalf = 0;
  let highHalf = 0;
  for (const byte of bytes) {
    if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) ascii += 1;
    else if (byte >= 0xc0 && byte <= 0xdf) lowHalf += 1;
    else if (byte >= 0xe0) highHalf += 1;
  }
  // Markup and separators are ASCII: count only what could be letters, and require a clear majority of high bytes.
  const high = lowHalf + highHalf;
  if (high > 20 && high > ascii * 0.5) return lowHalf > highHalf ? 'koi8-r' : 'windows-1251';
  return 'windows-1252';
}

/**
 * Decodes a body; `contentType` is the response's Content-Type header, if any, and `declared` the encoding the
 * document names itself (an XML declaration), if any.
 */
export function decodeBody(
  input: Uint8Array | ArrayBuffer,
  contentType?: string | null,
  declared?: string | null,
): DecodedBody {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const decode = (encoding: string, source: CharsetSource, skip = 0): DecodedBody => ({
    text: new TextDecoder(encoding).decode(bytes.subarray(skip)),
    encoding,
    source,
  });
  // Read as UTF-8 at most once, and only when a rule below needs to know.
  let utf8: string | null | undefined;
  const asUtf8 = () => {
    utf8 ??= strictUtf8(bytes);
    return utf8;
  };

  const bom = bomEncoding(bytes);
  if (bom) return decode(bom.encoding, 'bom', bom.length);
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return decode(sniffed, 'guess');
  const http = charsetFromContentType(contentType);
  // A server default of ISO-8859-1 on a UTF-8 document is a common misconfiguration: valid UTF-8 with
  // multi-byte sequences wins over a Latin-1 header.
  if (http && !(http === 'windows-1252' && NON_ASCII.test(asUtf8() ?? ''))) return decode(http, 'http');
  if (declared && !declared.startsWith('utf-16')) return decode(declared, 'declaration');
  const text = asUtf8();
  if (text !== null) return { text, encoding: 'utf-8', source: 'utf-8' };
  if (mostlyUtf8(bytes)) return decode('utf-8', 'utf-8');
  return decode(guessLegacyEncoding(bytes), 'guess');
}

/** A character beyond ASCII: the multi-byte sequences that tell UTF-8 from Latin-1. */
const NON_ASCII = /[\u0080-\u{10ffff}]/u;
