/**
 * From the header row to the column of each field: the `sections.columns` mapping first, then the names a team
 * would naturally use (csv-headers.ts). A header that cannot be read is refused with a message that says how to
 * fix it: which field has no column, the headers found, and the two ways out (rename, or map).
 */
import type { CsvField } from '../config/csv-fields';
import { fieldOfHeader, foldHeader } from './csv-headers';

/** `sections.columns`: field → the header as written in the sheet, e.g. { "new_url": "Lien RSE" }. */
export type ColumnMapping = Partial<Record<CsvField, string>>;

/** Fields that hold a list: several columns may feed them (e.g. "Mots-clés FR" and "Keywords EN"). */
const LIST_FIELDS: ReadonlySet<CsvField> = new Set(['aliases', 'keywords', 'old_urls', 'old_prefixes']);

export interface ColumnPlan {
  /** Field → column positions (one, except for list fields). */
  positions: Map<CsvField, number[]>;
  /** Each header and the field it was read as (null: ignored), for the diagnostics. */
  headers: ColumnReading[];
}

interface ColumnReading {
  header: string;
  field: CsvField | null;
  /** A title, breadcrumb or note without a language beside a column for each: read only where both are empty. */
  fallback?: true;
}

const DESCRIPTION: Partial<Record<CsvField, string>> = {
  id: 'the id',
  new_url: 'the new address',
  title: 'the title',
};

const listed = (headers: readonly string[]) =>
  headers.length === 0 ? '(nothing)' : headers.map((header) => header || '(empty)').join(', ');

/**
 * In a sheet with one language column and one neutral one, the neutral column is the other language. Beside a
 * column for each language it is their fallback (read only where both are empty): its positions are returned.
 */
function pairNeutral(positions: Map<CsvField, number[]>, base: 'title' | 'breadcrumb' | 'note'): number[] {
  const neutral = positions.get(base);
  if (!neutral) return [];
  const fr = positions.has(`${base}_fr`);
  const en = positions.has(`${base}_en`);
  if (fr && en) return neutral;
  if (fr || en) {
    positions.delete(base);
    positions.set(fr ? `${base}_en` : `${base}_fr`, neutral);
  }
  return [];
}

export function planColumns(header: readonly string[], mapping: ColumnMapping = {}): ColumnPlan | string {
  const positions = new Map<CsvField, number[]>();
  const fieldAt: (CsvField | null)[] = header.map(() => null);
  for (const [field, name] of Object.entries(mapping) as [CsvField, string][]) {
    const at = header.findIndex((candidate) => foldHeader(candidate) === foldHeader(name));
    if (at < 0) {
      return `sections.columns maps ${field} to "${name}", but the header row has no such column; found: ${listed(header)} — correct the name in sections.columns`;
    }
    fieldAt[at] = field;
    positions.set(field, [at]);
  }
  const mapped = new Set(positions.keys());
  for (const [at, name] of header.entries()) {
    if (fieldAt[at] !== null) continue;
    const field = fieldOfHeader(name);
    if (field === null || mapped.has(field)) continue;
    const taken = positions.get(field);
    if (taken && !LIST_FIELDS.has(field)) {
      const first = header[taken[0] ?? 0] ?? '';
      return `header row: two columns for ${DESCRIPTION[field] ?? field} ("${first}" and "${name}") — rename one of them, or map the right one with sections.columns ({"${field}": "${first}"})`;
    }
    fieldAt[at] = field;
    positions.set(field, [...(taken ?? []), at]);
  }
  const fallbacks = new Set((['title', 'breadcrumb', 'note'] as const).flatMap((base) => pairNeutral(positions, base)));
  const hasTitle = positions.has('title') || positions.has('title_fr') || positions.has('title_en');
  const missing = [
    ...(positions.has('id') ? [] : (['id'] as const)),
    ...(positions.has('new_url') ? [] : (['new_url'] as const)),
    ...(hasTitle ? [] : (['title'] as const)),
  ];
  if (missing.length > 0) {
    const what = missing.map((field) => DESCRIPTION[field]).join(', ');
    const example = `{"${missing[0]}": "…"}`;
    const separator = header.length <= 1 ? ' (only one column was read: the separator must be ";" or ",")' : '';
    return `header row: no column for ${what}; found: ${listed(header)}${separator} — rename ${header.length > 1 ? 'one of them' : 'it'}, or map it with sections.columns (${example})`;
  }
  const headers = header.map(
    (name, at): ColumnReading =>
      fallbacks.has(at)
        ? { header: name, field: fieldAt[at] ?? null, fallback: true }
        : { header: name, field: fieldAt[at] ?? null },
  );
  return { positions, headers };
}
