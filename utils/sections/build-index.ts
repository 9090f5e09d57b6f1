/** From validated entries to what is stored: the serialised search index and its metadata. */
import type { SectionEntry } from '../config/schema';
import { toDisplay } from './display';
import { SECTIONS_INDEX_FORMAT } from './index-format';
import type { IndexSourceInfo, RowIssue } from './index-issues';
import { buildSectionsIndex, serializeSectionsIndex } from './search-index';
import type { IndexOrigin, StoredIndexMeta } from './store';

/** Inline entries (configuration) first: they win over a remote entry with the same id. */
export function mergeEntries(inline: readonly SectionEntry[], remote: readonly SectionEntry[]): SectionEntry[] {
  const ids = new Set(inline.map((entry) => entry.id));
  return [...inline, ...remote.filter((entry) => !ids.has(entry.id))];
}

/**
 * How the entries an index is built from are written. SECTIONS_INDEX_FORMAT says how to read an index, so changing it
 * leaves the search empty until the ESN answers; this says whether today's build would write the same entries, and
 * a stored index of an older revision is fetched whole and built again at its next refresh, staying in use until
 * then. 2: new addresses as the browser writes them (storedNewUrl), so a tab showing one is recognised. 3: a file
 * that is not UTF-8 read in its own charset (a windows-1252 CSV had "Cong\uFFFDs" for "Congés", and its server's
 * validators would have kept that index).
 */
export const SECTIONS_ENTRIES_REVISION = 3;

/**
 * A new address as entries keep it, from the index file and inline alike: written back as the browser writes it
 * ("Menus de la cantine" → "Menus%20de%20la%20cantine", the host in lower case, the default port dropped), so that
 * the page on screen is found by its address (store.ts, findEntryByNewPage). `url` is one urlRefusal accepted.
 */
export function storedNewUrl(url: string): string {
  return new URL(url).href;
}

export function buildIndexMeta(
  entries: readonly SectionEntry[],
  origin: IndexOrigin,
  issues: {
    issues: RowIssue[];
    issueCount: number;
    notices?: RowIssue[];
    noticeCount?: number;
    source?: IndexSourceInfo;
  },
  now: number,
): StoredIndexMeta {
  const index = buildSectionsIndex(entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // In the index's order: the loader numbers the entries by their place in this list.
  const ordered = index.ids.map((id) => byId.get(id)).filter((entry) => entry !== undefined);
  return {
    builtAt: now,
    format: SECTIONS_INDEX_FORMAT,
    entriesRevision: SECTIONS_ENTRIES_REVISION,
    entryCount: entries.length,
    origin,
    search: JSON.stringify(serializeSectionsIndex(index)),
    display: JSON.stringify(ordered.map(toDisplay)),
    issues: issues.issues,
    issueCount: issues.issueCount,
    notices: issues.notices ?? [],
    noticeCount: issues.noticeCount ?? 0,
    ...(issues.source && { source: issues.source }),
  };
}

/** A cheap identity of the inline entries: a change of them rebuilds the index even when the file is unchanged. */
export function inlineKeyOf(entries: readonly SectionEntry[], columns?: object): string {
  // The column mapping changes how the same file reads: it is part of the identity too.
  const text = JSON.stringify(columns === undefined ? entries : [entries, columns]);
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return `${text.length}:${hash >>> 0}`;
}
