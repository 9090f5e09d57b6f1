/**
 * Reads an index file of either format. The format comes from the Content-Type, then the address's extension,
 * then the first character. An HTML page (typically a sign-in page served instead of the file) is refused as a
 * whole. The size limit is the fetch's (fetch-index.ts): it stops reading there, and decoded text is never longer
 * than its bytes.
 */
import { decodeBody } from '../http/decode-body';
import { looksLikeHtml } from '../http/sign-in-page';
import type { ColumnMapping } from './csv-columns';
import type { ParseOutcome } from './index-issues';
import { parseSectionsCsv } from './parse-csv';
import { parseSectionsJson } from './parse-json';

type IndexFormat = 'json' | 'csv';

export function detectFormat(text: string, contentType = '', url = ''): IndexFormat {
  if (/json/i.test(contentType)) return 'json';
  if (/csv|comma-separated/i.test(contentType)) return 'csv';
  const path = URL.canParse(url) ? new URL(url).pathname : url;
  if (/\.json$/i.test(path)) return 'json';
  if (/\.csv$/i.test(path)) return 'csv';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

interface IndexSource {
  text: string;
  contentType?: string;
  url?: string;
  allowedInsecureOrigins?: readonly string[];
  /** `sections.columns`: CSV header names for fields the recognition misses. */
  columns?: ColumnMapping;
}

export function parseSectionsIndex({
  text,
  contentType = '',
  url = '',
  allowedInsecureOrigins = [],
  columns = {},
}: IndexSource): ParseOutcome {
  if (/text\/html/i.test(contentType) || looksLikeHtml(text)) {
    return {
      ok: false,
      error:
        'the address returned an HTML page (a sign-in or error page?) instead of a JSON or CSV index — check sections.url, and that the file is readable with the employee’s ESN session',
    };
  }
  if (text.trim() === '') return { ok: false, error: 'the index file is empty — publish the export again' };
  return detectFormat(text, contentType, url) === 'json'
    ? parseSectionsJson(text, allowedInsecureOrigins)
    : parseSectionsCsv(text, allowedInsecureOrigins, columns);
}

/**
 * Reads an index file as fetched (fetch-index.ts, which stops at the size limit): its bytes decoded in the charset
 * they were written in, then parsed.
 */
export function parseSectionsFile({ bytes, ...rest }: Omit<IndexSource, 'text'> & { bytes: Uint8Array }): ParseOutcome {
  const decoded = decodeBody(bytes, rest.contentType);
  const parsed = parseSectionsIndex({ ...rest, text: decoded.text });
  if (!parsed.ok || !parsed.source) return parsed;
  return { ...parsed, source: { ...parsed.source, encoding: { name: decoded.encoding, from: decoded.source } } };
}
