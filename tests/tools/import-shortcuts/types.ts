import type { LocalizedText } from '../../../utils/config/schema';

/** A shortcut found in one of the files, before it becomes a tool entry. */
export interface ShortcutCandidate {
  label: LocalizedText;
  url: string;
  category?: string;
  icon?: string;
  keywords?: string[];
  /** File (and position) it came from, for the report. */
  origin: string;
}

/** Something that was not turned into a tool, and why. */
export interface SkippedShortcut {
  origin: string;
  label?: string;
  url?: string;
  reason: string;
}

export interface ParseResult {
  candidates: ShortcutCandidate[];
  skipped: SkippedShortcut[];
}
