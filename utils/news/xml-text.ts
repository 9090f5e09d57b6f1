/**
 * The text of a feed element as feedsmith reads it, from the element's raw content: line ends normalised (as an XML
 * parser does), comments dropped, entities decoded outside CDATA sections (HTML's set, as feeds use it), CDATA kept
 * as written, trimmed; nothing → undefined.
 * The fast RSS reader (read-rss.ts) slices raw content and must give the same values as feedsmith.
 */
import { decodeHTML } from 'entities';

const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';

function withoutComments(raw: string): string {
  let start = raw.indexOf('<!--');
  if (start === -1) return raw;
  let result = '';
  let from = 0;
  while (start !== -1) {
    const end = raw.indexOf('-->', start + 4);
    // An unterminated comment is text (feedsmith keeps the whole value then).
    if (end === -1) return raw;
    result += raw.slice(from, start);
    from = end + 3;
    start = raw.indexOf('<!--', from);
  }
  return result + raw.slice(from);
}

/** Only text with an "&" followed by a ";" can hold an entity (feedsmith's test, so "AT&T" stays as written). */
function decoded(text: string): string {
  const amp = text.indexOf('&');
  return amp !== -1 && text.indexOf(';', amp) !== -1 ? decodeHTML(text) : text;
}

function decodeOutsideCdata(text: string): string {
  let start = text.indexOf(CDATA_START);
  if (start === -1) return decoded(text);
  let result = '';
  let from = 0;
  while (start !== -1) {
    const end = text.indexOf(CDATA_END, start + CDATA_START.length);
    if (end === -1) return decoded(text);
    result += decoded(text.slice(from, start)) + text.slice(start + CDATA_START.length, end);
    from = end + CDATA_END.length;
    start = text.indexOf(CDATA_START, from);
  }
  return result + decoded(text.slice(from));
}

export function xmlText(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return decodeOutsideCdata(withoutComments(lines)).trim() || undefined;
}
