import { parseBookmarksHtml } from './bookmarks-html';
import { parseDesktopFile } from './desktop-file';
import { parseManagedBookmarks } from './managed-bookmarks';
import { type ImportResult, toTools } from './to-tools';
import type { ParseResult } from './types';
import { parseUrlFile } from './url-file';

export interface ShortcutFile {
  name: string;
  text: string;
}

/** Picks the reader by extension, then by content for a file named otherwise. */
function parseFile({ name, text }: ShortcutFile): ParseResult {
  const lower = name.toLowerCase();
  if (lower.endsWith('.url') || /^\s*\[InternetShortcut\]/i.test(text)) return parseUrlFile(name, text);
  if (lower.endsWith('.desktop') || /^\s*\[Desktop Entry\]/m.test(text)) return parseDesktopFile(name, text);
  if (lower.endsWith('.json')) return parseManagedBookmarks(name, text);
  if (/<!DOCTYPE NETSCAPE-Bookmark-file-1>/i.test(text) || /\.html?$/.test(lower))
    return parseBookmarksHtml(name, text);
  return {
    candidates: [],
    skipped: [{ origin: name, reason: 'unknown format (expected .url, .desktop, .html or .json)' }],
  };
}

/** Reads every file and returns the tool entries, deduplicated by address, with what was skipped and why. */
export function importShortcuts(files: readonly ShortcutFile[]): ImportResult {
  const parsed = files.map(parseFile);
  const result = toTools(parsed.flatMap((file) => file.candidates));
  return { tools: result.tools, skipped: [...parsed.flatMap((file) => file.skipped), ...result.skipped] };
}

/** Windows writes .url files in UTF-8, UTF-16 (with a byte-order mark) or the ANSI code page. */
export function decodeShortcutBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
