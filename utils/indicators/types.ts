/**
 * Usage indicators: what other capabilities report, and the batch sent to the ESN once a day.
 * The batch format is documented in ADMIN.md › Indicators (schema "passerelle.indicators/2"); the paths
 * vocabulary is in vocabulary.ts.
 */
import type { RingLabel } from '../rollout/ring-label';
import type { Destination, EntryPoint, PostVia, Sequence } from './vocabulary';

/** What a capability reports. Only configured tools, feeds and sections are ever kept (see sanitize.ts). */
export type IndicatorEvent =
  /**
   * A post (news item) was read: opened from Passerelle (via: the entry point) or read on the ESN in a tab
   * (via: "esnTab"). itemId: the item's id in its feed (guid or link). Counted once per post per day.
   * alternatives: the feed's other items, among which local noise may pick (never sent themselves).
   */
  | {
      kind: 'newsView';
      feedId: string;
      itemId: string;
      title?: string;
      via: PostVia;
      alternatives?: readonly { itemId: string; title?: string }[];
    }
  /** A tool was launched; viaEsn: through the ESN's launch route. */
  | { kind: 'launch'; toolId: string; viaEsn: boolean }
  /** An arrival at the ESN or a tool: from which entry point, to which destination (id: tool, feed or section). */
  | { kind: 'path'; from: EntryPoint; to: Destination; id?: string }
  /** One of the short sequences of ADMIN.md › Paths was completed. */
  | { kind: 'sequence'; sequence: Sequence }
  /** A search found nothing (report it when the user stops typing, not on every key). */
  | { kind: 'emptySearch'; query: string }
  /** The relocation guidance was shown. oldAddress: the configured old address or prefix that matched. */
  | { kind: 'guidanceShown'; sectionId: string; oldAddress: string }
  /** The user used Passerelle today (opened the popup). */
  | { kind: 'active' };

interface NewsViewCount {
  feedId: string;
  itemId: string;
  title?: string;
  /** The path of the day's first reading (a Passerelle entry point wins over "esnTab"). */
  via: PostVia;
  /** Always 1: a post counts once per device per day. */
  views: number;
}

interface LaunchCount {
  toolId: string;
  count: number;
  /** How many of these launches went through the ESN's launch route. */
  viaEsn: number;
}

export interface PathCount {
  from: EntryPoint;
  to: Destination;
  /** Tool id, feed id or section id; absent for the ESN home and help. */
  id?: string;
  count: number;
}

interface SequenceCount {
  sequence: Sequence;
  count: number;
}

interface QueryCount {
  text: string;
  count: number;
}

interface GuidanceCount {
  sectionId: string;
  oldAddress: string;
  count: number;
}

/** Everything counted on one day (device time zone). A day is listed only when Passerelle was used. */
export interface DayCounts {
  day: string;
  newsViews: NewsViewCount[];
  launches: LaunchCount[];
  paths: PathCount[];
  sequences: SequenceCount[];
  /** count: every search with no result; queries: their text, only when the configuration allows it. */
  emptySearches: { count: number; queries: QueryCount[] };
  guidanceShown: GuidanceCount[];
}

export const BATCH_SCHEMA = 'passerelle.indicators/2';

export interface IndicatorsBatch {
  schema: typeof BATCH_SCHEMA;
  /** Extension version (not an identifier: every install of a version sends the same). */
  version: string;
  /** The device's ring, "pilot" or "general" (a label shared by the whole ring, never the rollout bucket). */
  ring: RingLabel;
  /** Days in this batch on which Passerelle was used. */
  daysActive: number;
  days: DayCounts[];
  /** Present when local noise is on: the probability that an entry point or a post was replaced at random. */
  noise?: number;
  /** Present when entries were dropped to respect the size bounds. */
  truncated?: true;
}
