/**
 * The relocated-sections index as CSV, the format an intranet team exports from a spreadsheet: UTF-8 with a
 * BOM, `;` separator, CRLF line ends, fields quoted when needed ("" inside quotes), multiple values joined by
 * `|`. In `old_urls`, an address ending with `*` is a prefix (every address below it is caught).
 */
import type { LocalizedText, SectionEntry } from '../../../utils/config/schema';
import { CSV_COLUMNS } from '../../../utils/sections/parse-csv';

/** The columns the extension reads (utils/sections/parse-csv.ts), in its order. */
export const SECTIONS_CSV_HEADER = CSV_COLUMNS;

export const PREFIX_MARK = '*';

export function csvField(value: string): string {
  return /[";\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function inLanguage(text: LocalizedText | undefined, lang: 'fr' | 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? '';
}

function multi(values: readonly string[] | undefined): string {
  return (values ?? []).join('|');
}

export function renderSectionsCsv(entries: readonly SectionEntry[]): string {
  const rows = entries.map((entry) => [
    entry.id,
    inLanguage(entry.title, 'fr'),
    inLanguage(entry.title, 'en'),
    multi(entry.aliases),
    multi(entry.keywords),
    multi([...(entry.oldUrls ?? []), ...(entry.oldUrlPrefixes ?? []).map((prefix) => `${prefix}${PREFIX_MARK}`)]),
    entry.newUrl,
    inLanguage(entry.breadcrumb, 'fr'),
    inLanguage(entry.breadcrumb, 'en'),
    entry.movedOn ?? '',
    inLanguage(entry.note, 'fr'),
    inLanguage(entry.note, 'en'),
  ]);
  const lines = [[...SECTIONS_CSV_HEADER], ...rows].map((row) => row.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
