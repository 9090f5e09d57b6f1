/** What parsing an index file yields: the good entries, and each refused row with its number and reason. */
import type { SectionEntry } from '../config/schema';
import type { CharsetSource } from '../http/decode-body';

export interface RowIssue {
  /** Spreadsheet row (header = row 1) for CSV, position in the list (first = 1) for JSON. */
  row: number;
  /** The row's id, when it had one. */
  id?: string;
  reason: string;
}

/** How the file was read, for the diagnostics. */
export interface IndexSourceInfo {
  format: 'json' | 'csv';
  /** CSV: the separator detected. */
  separator?: string;
  /** CSV: each header and the field it was read as (null: ignored; fallback: only where both languages are empty). */
  columns?: { header: string; field: string | null; fallback?: true }[];
  /** The file's charset and how it was told (utils/http/decode-body.ts): "guess" is a file that is not UTF-8. */
  encoding?: { name: string; from: CharsetSource };
}

/** A file read: the entries kept, the rows refused (first ones only, and their total) and what the file was. */
export interface ParsedIndex {
  entries: SectionEntry[];
  issues: RowIssue[];
  issueCount: number;
  /** Rows kept but worth a look (an old address that looks like a folder), first ones only, and their total. */
  notices?: RowIssue[];
  noticeCount?: number;
  source?: IndexSourceInfo;
}

export type ParseOutcome = ({ ok: true } & ParsedIndex) | { ok: false; error: string };

/** Only the first refusals are kept: a 50,000-row file of bad rows must not flood the diagnostics. */
export const MAX_KEPT_ISSUES = 100;

/** Files larger than this are refused as a whole, before parsing. */
export const MAX_INDEX_BYTES = 20 * 1024 * 1024;

/** Entries beyond this count are refused (search and the guidance rules are measured up to it). */
export const MAX_INDEX_ENTRIES = 50_000;
