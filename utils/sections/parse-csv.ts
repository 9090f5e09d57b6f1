/**
 * The index as a spreadsheet export (CSV), already decoded (parse-index.ts): `;`, `,` or tab separator (detected),
 * quoted fields. Columns are recognised by name (csv-columns.ts, csv-headers.ts) or mapped with `sections.columns`.
 * A list cell (aliases, keywords, old addresses, prefixes) holds several values separated by `|`, by `;` in a
 * `,` file, or by ", " (a comma and a space). In the old addresses an address ending with `*` is a prefix.
 * Row numbers are the spreadsheet's (header = row 1).
 */
import Papa from 'papaparse';
import type { CsvField } from '../config/csv-fields';
import { type ColumnMapping, type ColumnPlan, planColumns } from './csv-columns';
import { MAX_KEPT_ISSUES, type ParseOutcome } from './index-issues';
import { validateRows } from './validate-entry';

/** The canonical header the demo ESN and the admin guide's example write. */
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

type CsvSeparator = ';' | ',' | '\t';

/** The values of a list cell; `;` separates values only where it cannot be the file's separator. */
export function splitList(value: string, separator: CsvSeparator): string[] {
  const pattern = separator === ',' ? /[|;\r\n]|,\s+/ : /[|\r\n]|,\s+/;
  return value
    .split(pattern)
    .map((part) => part.trim())
    .filter(Boolean);
}

type Cells = (field: CsvField) => string;

function localized(cells: Cells, base: 'title' | 'breadcrumb' | 'note'): string | Record<string, string> | undefined {
  const text: Record<string, string> = {};
  const fr = cells(`${base}_fr`);
  const en = cells(`${base}_en`);
  if (fr) text.fr = fr;
  if (en) text.en = en;
  if (Object.keys(text).length > 0) return text;
  return cells(base) || undefined;
}

function toRawEntry(cells: Cells, list: (field: CsvField) => string[] | undefined): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    id: cells('id'),
    title: localized(cells, 'title'),
    aliases: list('aliases'),
    keywords: list('keywords'),
    oldUrls: list('old_urls'),
    oldUrlPrefixes: list('old_prefixes'),
    newUrl: cells('new_url'),
    breadcrumb: localized(cells, 'breadcrumb'),
    movedOn: cells('moved_on') || undefined,
    note: localized(cells, 'note'),
  };
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  return raw;
}

function rowReader(plan: ColumnPlan, record: readonly string[], separator: CsvSeparator) {
  const cellsOf = (field: CsvField) => (plan.positions.get(field) ?? []).map((at) => (record[at] ?? '').trim());
  const cells: Cells = (field) => cellsOf(field)[0] ?? '';
  const list = (field: CsvField) => {
    const values = cellsOf(field).flatMap((cell) => splitList(cell, separator));
    return values.length > 0 ? values : undefined;
  };
  return toRawEntry(cells, list);
}

export function parseSectionsCsv(
  text: string,
  allowedInsecureOrigins: readonly string[] = [],
  mapping: ColumnMapping = {},
): ParseOutcome {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [';', ',', '\t'],
  });
  const separator = (parsed.meta.delimiter || ';') as CsvSeparator;
  const records = parsed.data;
  const header = (records[0] ?? []).map((column) => column.trim());
  const plan = planColumns(header, mapping);
  if (typeof plan === 'string') return { ok: false, error: plan };
  const rows: { row: number; raw: unknown }[] = [];
  const shapeIssues: { row: number; reason: string }[] = [];
  records.slice(1).forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.length !== header.length) {
      shapeIssues.push({
        row,
        reason: `the row has ${record.length} fields but the header has ${header.length} — quote a cell that contains "${separator}" or a line break, or remove the extra separator`,
      });
      return;
    }
    rows.push({ row, raw: rowReader(plan, record, separator) });
  });
  const outcome = validateRows(rows, allowedInsecureOrigins);
  if (!outcome.ok) return outcome;
  const read = {
    ...outcome,
    source: { format: 'csv' as const, separator, columns: plan.headers },
  };
  if (shapeIssues.length === 0) return read;
  const issues = [...shapeIssues, ...outcome.issues].sort((a, b) => a.row - b.row);
  return { ...read, issues: issues.slice(0, MAX_KEPT_ISSUES), issueCount: outcome.issueCount + shapeIssues.length };
}
