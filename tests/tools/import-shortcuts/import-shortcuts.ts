import { decodeWindows1252 } from '../windows-1252';
import { parseBookmarksHtml } from './bookmarks-html';
import { parseDesktopFile } from './desktop-file';
import { parseLnkFile } from './lnk/lnk-file';
import { parseManagedBookmarks } from './managed-bookmarks';
import { type ImportResult, toTools } from './to-tools';
import type { ParseResult, ShortcutCandidate } from './types';
import { parseUrlFile } from './url-file';

/** A file to read: its text, or its bytes (needed for .lnk); its path is what the removal script names. */
export interface ShortcutFile {
  name: string;
  text?: string;
  bytes?: Uint8Array;
  path?: string;
}

/** A shortcut file that became a tool (the removal script lists these, and only these). */
export interface ImportedFile {
  file: ShortcutFile;
  toolId: string;
}

const LNK_MAGIC = [0x4c, 0x00, 0x00, 0x00];

function isLnk({ name, bytes }: ShortcutFile): boolean {
  return (
    name.toLowerCase().endsWith('.lnk') || (bytes !== undefined && LNK_MAGIC.every((byte, i) => bytes[i] === byte))
  );
}

/** Picks the reader by extension, then by content for a file named otherwise. */
function parseFile(file: ShortcutFile): ParseResult {
  const { name } = file;
  if (isLnk(file)) return parseLnkFile(name, file.bytes ?? new Uint8Array());
  const text = file.text ?? decodeShortcutBytes(file.bytes ?? new Uint8Array());
  const lower = name.toLowerCase();
  if (lower.endsWith('.url') || /^\s*\[InternetShortcut\]/i.test(text)) return parseUrlFile(name, text);
  if (lower.endsWith('.desktop') || /^\s*\[Desktop Entry\]/m.test(text)) return parseDesktopFile(name, text);
  if (lower.endsWith('.json')) return parseManagedBookmarks(name, text);
  if (/<!DOCTYPE NETSCAPE-Bookmark-file-1>/i.test(text) || /\.html?$/.test(lower))
    return parseBookmarksHtml(name, text);
  return {
    candidates: [],
    skipped: [{ origin: name, reason: 'unknown format (expected .lnk, .url, .desktop, .html or .json)' }],
  };
}

/**
 * Reads every file and returns the tool entries, deduplicated by address, with what was skipped and why, and the
 * files each tool came from.
 */
export function importShortcuts(files: readonly ShortcutFile[]): ImportResult & { imported: ImportedFile[] } {
  const fileOf = new Map<ShortcutCandidate, ShortcutFile>();
  const parsed = files.map((file) => {
    const result = parseFile(file);
    for (const candidate of result.candidates) fileOf.set(candidate, file);
    return result;
  });
  const result = toTools(parsed.flatMap((file) => file.candidates));
  const imported = result.sources.flatMap(({ candidate, toolId }) => {
    const file = fileOf.get(candidate);
    return file ? [{ file, toolId }] : [];
  });
  return {
    tools: result.tools,
    skipped: [...parsed.flatMap((file) => file.skipped), ...result.skipped],
    sources: result.sources,
    imported,
  };
}

/** Windows writes .url files in UTF-8, UTF-16 (with a byte-order mark) or the ANSI code page. */
export function decodeShortcutBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
