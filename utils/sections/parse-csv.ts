/**
 * The index as a spreadsheet export (CSV): UTF-8 with or without BOM, `;` or `,` separator (detected), quoted
 * fields, several values in one cell separated by `|`. Columns (header row, any order, case-insensitive):
 * id; title_fr; title_en; aliases; keywords; old_urls; new_url; breadcrumb_fr; breadcrumb_en; moved_on; note_fr;
 * note_en — plus optional old_prefixes, and title / breadcrumb / note for a single-language sheet. In old_urls an
 * address ending with `*` is a prefix. Row numbers are the spreadsheet's (header = row 1).
 */
import Papa from 'papaparse';
import { MAX_KEPT_ISSUES, type ParseOutcome } from './index-issues';
import { validateRows } from './validate-entry';

export const CSV_COLUMNS = [
  'id',
  'title_fr',
  'title_en',
  'aliases',
  'keywords',
  'old_urls',
  'new_url',
  'breadcrumb_fr',
  'breadcrumb_en',
  'moved_on',
  'note_fr',
  'note_en',
] as const;

type Cells = (column: string) => string;

function multi(value: string): string[] | undefined {
  const values = value
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  return values.length > 0 ? values : undefined;
}

/** `{fr, en}` from the two language columns, the neutral column when the sheet has one language only. */
function localized(cells: Cells, base: string): string | Record<string, string> | undefined {
  const text: Record<string, string> = {};
  const fr = cells(`${base}_fr`);
  const en = cells(`${base}_en`);
  if (fr) text.fr = fr;
  if (en) text.en = en;
  if (Object.keys(text).length > 0) return text;
  return cells(base) || undefined;
}

function toRawEntry(cells: Cells): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    id: cells('id'),
    title: localized(cells, 'title'),
    aliases: multi(cells('aliases')),
    keywords: multi(cells('keywords')),
    oldUrls: multi(cells('old_urls')),
    oldUrlPrefixes: multi(cells('old_prefixes')),
    newUrl: cells('new_url'),
    breadcrumb: localized(cells, 'breadcrumb'),
    movedOn: cells('moved_on') || undefined,
    note: localized(cells, 'note'),
  };
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  return raw;
}

function headerProblem(header: readonly string[]): string | null {
  const missing = ['id', 'new_url'].filter((column) => !header.includes(column));
  const hasTitle = header.some((column) => column === 'title' || column === 'title_fr' || column === 'title_en');
  if (missing.length === 0 && hasTitle) return null;
  const wanted = [...missing, ...(hasTitle ? [] : ['title_fr or title_en'])].join(', ');
  const hint = header.length <= 1 ? ' (the separator must be ";" or ",")' : '';
  return `the header row lacks the column(s) ${wanted}${hint}; expected ${CSV_COLUMNS.join(';')}`;
}

export function parseSectionsCsv(text: string, allowedInsecureOrigins: readonly string[] = []): ParseOutcome {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [';', ',', '\t'],
  });
  const records = parsed.data;
  const header = (records[0] ?? []).map((column) => column.trim().toLowerCase());
  const problem = headerProblem(header);
  if (problem) return { ok: false, error: problem };
  const rows: { row: number; raw: unknown }[] = [];
  const shapeIssues: { row: number; reason: string }[] = [];
  records.slice(1).forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.length !== header.length) {
      shapeIssues.push({ row, reason: `expected ${header.length} fields, found ${record.length}` });
      return;
    }
    const cells: Cells = (column) => {
      const at = header.indexOf(column);
      return at < 0 ? '' : (record[at] ?? '').trim();
    };
    rows.push({ row, raw: toRawEntry(cells) });
  });
  const outcome = validateRows(rows, allowedInsecureOrigins);
  if (!outcome.ok || shapeIssues.length === 0) return outcome;
  const issues = [...shapeIssues, ...outcome.issues].sort((a, b) => a.row - b.row);
  return { ...outcome, issues: issues.slice(0, MAX_KEPT_ISSUES), issueCount: outcome.issueCount + shapeIssues.length };
}
