/** Green, amber or red per source: one pure rule each, so the page and the bundle agree. */
import type { ConfigIssue } from '../config/effective';
import type { SyncState } from '../config/slice';
import type { FeedHealth } from '../news/types';
import type { SectionsSlice } from '../sections/slice';
import type { SourceLevel } from './types';

export function documentLevel(
  url: string | undefined,
  state: SyncState,
  refusals: readonly ConfigIssue[],
): SourceLevel {
  if (!url) return 'off';
  if (state === 'unreachable' || state === 'signedOut' || state === 'stale') return 'error';
  return state === 'never' || refusals.length > 0 ? 'warning' : 'ok';
}

export function sectionsLevel(slice: SectionsSlice, configured: boolean): SourceLevel {
  if (!configured) return 'off';
  if (slice.sync.state === 'unreachable' || slice.sync.state === 'refused') return 'error';
  const attention =
    slice.sync.state === 'never' ||
    slice.issueCount > 0 ||
    (slice.noticeCount ?? 0) > 0 ||
    slice.guidance.uncoveredCount > 0 ||
    slice.guidance.error !== undefined;
  return attention ? 'warning' : 'ok';
}

export function feedLevel(health: FeedHealth, stale: boolean): SourceLevel {
  if (health === 'failing' || health === 'refused' || health === 'signedOut') return 'error';
  return health === 'never' || stale ? 'warning' : 'ok';
}

export function indicatorsLevel(
  enabled: boolean,
  lastOutcome: 'sent' | 'retry' | 'refused' | undefined,
  retrying: boolean,
): SourceLevel {
  if (!enabled) return 'off';
  if (lastOutcome === 'refused') return 'error';
  return retrying || lastOutcome === 'retry' ? 'warning' : 'ok';
}
