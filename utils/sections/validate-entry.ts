/**
 * Validation of one index entry, whatever the file format: the shared schema (field by field), an id seen only
 * once, a new address Passerelle may open, and old addresses ending with "*" read as prefixes.
 */
import { type SectionEntry, sectionEntrySchema } from '../config/schema';
import { urlRefusal } from '../config/url-policy';
import { storedNewUrl } from './build-index';
import {
  DUPLICATE_ID_FIX,
  FOLDER_NOTICE,
  folderLikeAddress,
  INSECURE_FIX,
  LIMIT_FIX,
  refusalWithFix,
} from './entry-refusal';
import { MAX_INDEX_ENTRIES, MAX_KEPT_ISSUES, type ParseOutcome, type RowIssue } from './index-issues';

const PREFIX_MARK = '*';

/** Moves `…*` addresses from oldUrls to oldUrlPrefixes (the spreadsheet convention, accepted in JSON too). */
function splitPrefixes(raw: Record<string, unknown>): Record<string, unknown> {
  const oldUrls = raw.oldUrls;
  if (!Array.isArray(oldUrls)) return raw;
  const exact: unknown[] = [];
  const prefixes: unknown[] = Array.isArray(raw.oldUrlPrefixes) ? [...raw.oldUrlPrefixes] : [];
  for (const url of oldUrls) {
    if (typeof url === 'string' && url.endsWith(PREFIX_MARK)) prefixes.push(url.slice(0, -PREFIX_MARK.length));
    else exact.push(url);
  }
  const result: Record<string, unknown> = { ...raw, oldUrls: exact };
  if (prefixes.length > 0) result.oldUrlPrefixes = prefixes;
  if (exact.length === 0) delete result.oldUrls;
  return result;
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
}

/** The reason an entry is refused, or the entry. */
function validateEntry(raw: unknown, allowedInsecureOrigins: readonly string[]): SectionEntry | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return 'is not an object — write each entry as {"id": …, "title": …, "newUrl": …}';
  }
  const parsed = sectionEntrySchema.safeParse(splitPrefixes(raw as Record<string, unknown>));
  if (!parsed.success) {
    return parsed.error.issues
      .slice(0, 3)
      .map((issue) => refusalWithFix(issue.path, issue.message))
      .join('; ');
  }
  const refusal = urlRefusal(parsed.data.newUrl, allowedInsecureOrigins);
  if (refusal) return `newUrl ${refusal} — ${INSECURE_FIX}`;
  return { ...parsed.data, newUrl: storedNewUrl(parsed.data.newUrl) };
}

/** Validates rows one by one: a bad row is refused with its number, the rest loads. */
export function validateRows(
  rows: readonly { row: number; raw: unknown }[],
  allowedInsecureOrigins: readonly string[],
): ParseOutcome {
  const entries: SectionEntry[] = [];
  const issues: RowIssue[] = [];
  const notices: RowIssue[] = [];
  let issueCount = 0;
  let noticeCount = 0;
  const firstRowOfId = new Map<string, number>();
  const refuse = (issue: RowIssue) => {
    issueCount += 1;
    if (issues.length < MAX_KEPT_ISSUES) issues.push(issue);
  };
  const notice = (row: number, entry: SectionEntry) => {
    for (const url of (entry.oldUrls ?? []).filter(folderLikeAddress)) {
      noticeCount += 1;
      if (notices.length < MAX_KEPT_ISSUES) notices.push({ row, id: entry.id, reason: `${url} ${FOLDER_NOTICE}` });
    }
  };
  for (const { row, raw } of rows) {
    const id = idOf(raw);
    if (entries.length >= MAX_INDEX_ENTRIES) {
      refuse({ row, ...(id && { id }), reason: `beyond the limit of ${MAX_INDEX_ENTRIES} entries — ${LIMIT_FIX}` });
      continue;
    }
    const result = validateEntry(raw, allowedInsecureOrigins);
    if (typeof result === 'string') {
      refuse({ row, ...(id && { id }), reason: result });
      continue;
    }
    const first = firstRowOfId.get(result.id);
    if (first !== undefined) {
      refuse({ row, id: result.id, reason: `duplicate id (first used on row ${first}) — ${DUPLICATE_ID_FIX}` });
      continue;
    }
    firstRowOfId.set(result.id, row);
    entries.push(result);
    notice(row, result);
  }
  return { ok: true, entries, issues, issueCount, notices, noticeCount };
}
