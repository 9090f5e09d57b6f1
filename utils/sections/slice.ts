import type { LocalizedText } from '../config/schema';
import type { IndexSourceInfo, RowIssue } from './index-issues';

/** A moved section as the popup's "Recently moved" list shows it. */
export interface SectionSummary {
  id: string;
  title: LocalizedText;
  breadcrumb?: LocalizedText;
  newUrl: string;
  movedOn?: string;
}

type SectionsSyncState = 'never' | 'ok' | 'unreachable' | 'refused';

/** How far the guidance rules cover the index (the browser caps the number of redirect rules). */
export interface GuidanceStatus {
  enabled: boolean;
  ruleCount: number;
  ruleLimit: number;
  /** Ids of entries (some of) whose old addresses are not caught: beyond the limit, or not expressible. */
  uncovered: string[];
  uncoveredCount: number;
  error?: string;
}

/** What the popup (and the diagnostics) need of the relocated-sections index. */
export interface SectionsSlice {
  entryCount: number;
  /** When the stored index was built: changes with every new index, so the popup reloads its search. */
  builtAt: number | null;
  recent: SectionSummary[];
  sync: {
    state: SectionsSyncState;
    lastSuccessAt?: number;
    detail?: string;
    lastAttemptAt?: number;
    /** The last failure and why, kept after a later success (the diagnostics show both). */
    lastFailureAt?: number;
    lastFailure?: string;
  };
  /** Refused rows of the last index file (first ones only) and how many there were. */
  issues: RowIssue[];
  issueCount: number;
  /** Rows kept but worth a look (an old address that looks like a folder), first ones only, and their total. */
  notices?: RowIssue[];
  noticeCount?: number;
  /** How the stored index's file was read (format, separator, columns). */
  source?: IndexSourceInfo & { url?: string };
  guidance: GuidanceStatus;
}

export const EMPTY_SECTIONS_SLICE: SectionsSlice = {
  entryCount: 0,
  builtAt: null,
  recent: [],
  sync: { state: 'never' },
  issues: [],
  issueCount: 0,
  guidance: { enabled: false, ruleCount: 0, ruleLimit: 0, uncovered: [], uncoveredCount: 0 },
};

/**
 * The build of the index the popup's search box can search: null when sections search is off or no index was built
 * yet (the popup then neither reads the titles nor asks the background).
 */
export function searchableIndexBuild(snapshot: {
  config: { features: { sectionsSearch: boolean } };
  sections: Pick<SectionsSlice, 'builtAt'>;
}): number | null {
  return snapshot.config.features.sectionsSearch ? snapshot.sections.builtAt : null;
}
