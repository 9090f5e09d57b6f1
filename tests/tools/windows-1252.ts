/**
 * Windows-1252, the ANSI code page of Western European Windows, read and written the same on every runtime: the
 * shortcut importer reads ANSI files, the demo ESN writes the CSV Excel exports. Node 20's
 * TextDecoder reads its bytes 0x80–0x9F as Latin-1 control characters (’ came out as U+0092, € as U+0080), where
 * the WHATWG table, browsers and Windows give the characters French text is full of: ’ « œ … € –.
 */

/** What bytes 0x80–0x9F stand for; the five Windows leaves undefined stay the control characters WHATWG keeps. */
const HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  return asWindows1252(new TextDecoder('windows-1252').decode(bytes));
}

/** Text a Latin-1 reading of windows-1252 gave, with 0x80–0x9F as Windows means them (a no-op on right text). */
export function asWindows1252(decoded: string): string {
  return decoded.replace(/[\u0080-\u009f]/g, (control) => HIGH_CONTROLS.charAt(control.charCodeAt(0) - 0x80));
}

/** The windows-1252 byte of a character, or undefined where the code page has none (Windows writes "?"). */
export function windows1252Byte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const high = HIGH_CONTROLS.indexOf(char);
  return high >= 0 ? 0x80 + high : undefined;
}

/** Text as Windows writes it in its ANSI code page: what the code page lacks becomes "?". */
export function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => windows1252Byte(char) ?? 0x3f);
}
