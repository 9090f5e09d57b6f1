/**
 * Usage indicators: what other capabilities report, and the batch sent to the ESN once a day.
 * The batch format is documented in ADMIN.md › Indicators (schema "passerelle.indicators/1").
 */

/** What a capability reports. Only configured tools, feeds and sections are ever kept (see sanitize.ts). */
export type IndicatorEvent =
  /** A news item was opened. itemId: the item's id in its feed (guid or link). */
  | { kind: 'newsView'; feedId: string; itemId: string; title?: string }
  /** A tool was launched; viaEsn: through the ESN's launch route. */
  | { kind: 'launch'; toolId: string; viaEsn: boolean }
  /** A search found nothing (report it when the user stops typing, not on every key). */
  | { kind: 'emptySearch'; query: string }
  /** The relocation guidance was shown. oldAddress: the configured old address or prefix that matched. */
  | { kind: 'guidanceShown'; sectionId: string; oldAddress: string }
  /** The user used Passerelle today (opened the popup). */
  | { kind: 'active' };

export interface NewsViewCount {
  feedId: string;
  itemId: string;
  title?: string;
  views: number;
}

export interface LaunchCount {
  toolId: string;
  count: number;
  /** How many of these launches went through the ESN's launch route. */
  viaEsn: number;
}

export interface QueryCount {
  text: string;
  count: number;
}

export interface GuidanceCount {
  sectionId: string;
  oldAddress: string;
  count: number;
}

/** Everything counted on one day (device time zone). A day is listed only when Passerelle was used. */
export interface DayCounts {
  day: string;
  newsViews: NewsViewCount[];
  launches: LaunchCount[];
  /** count: every search with no result; queries: their text, only when the configuration allows it. */
  emptySearches: { count: number; queries: QueryCount[] };
  guidanceShown: GuidanceCount[];
}

export const BATCH_SCHEMA = 'passerelle.indicators/1';

export interface IndicatorsBatch {
  schema: typeof BATCH_SCHEMA;
  /** Extension version (not an identifier: every install of a version sends the same). */
  version: string;
  /** Days in this batch on which Passerelle was used. */
  daysActive: number;
  days: DayCounts[];
  /** Present when entries were dropped to respect the size bounds. */
  truncated?: true;
}
