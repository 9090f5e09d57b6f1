/**
 * Gathers the state of every source from where each capability keeps it. Readers are injected: the background
 * passes storage and IndexedDB, tests pass plain values. Only states and counts are read, never content.
 */
import type { StoredDocument, SyncStatus } from '../config/document-store';
import type { EffectiveConfig } from '../config/effective';
import { localize } from '../i18n/localized-text';
import type { Language } from '../i18n/translator';
import type { LastSend, Outbox } from '../indicators/storage';
import type { DayCounts } from '../indicators/types';
import type { FeedState } from '../news/feed-state';
import { isStale } from '../news/schedule';
import type { SectionsSlice } from '../sections/slice';
import { documentLevel, feedLevel, indicatorsLevel, sectionsLevel } from './levels';
import type { FeedDiagnostics, IndicatorsDiagnostics, SectionsDiagnostics, SourcesDiagnostics } from './types';

export interface SourceReaders {
  config(): Promise<EffectiveConfig>;
  syncStatus(): Promise<SyncStatus>;
  storedDocument(): Promise<StoredDocument | null>;
  nextConfigFetchAt(): Promise<number | undefined>;
  sections(): Promise<SectionsSlice>;
  /** Each feed's state, and how many items the store holds per feed. */
  feeds(): Promise<{ states: FeedState[]; itemCounts: Record<string, number> }>;
  indicators(): Promise<{ pending: DayCounts[]; outbox: Outbox | null; lastSend: LastSend | null }>;
  now(): number;
  language: Language;
}

function eventsIn(days: readonly DayCounts[]): number {
  return days.reduce(
    (sum, day) =>
      sum +
      day.newsViews.reduce((n, view) => n + view.views, 0) +
      day.launches.reduce((n, launch) => n + launch.count, 0) +
      day.paths.reduce((n, path) => n + path.count, 0) +
      day.emptySearches.count +
      day.guidanceShown.reduce((n, shown) => n + shown.count, 0),
    0,
  );
}

function sectionsOf(config: EffectiveConfig, slice: SectionsSlice): SectionsDiagnostics {
  const { recent: _recent, builtAt, ...rest } = slice;
  const configured = config.sections.url !== undefined || config.sections.entries.length > 0;
  return {
    ...rest,
    level: sectionsLevel(slice, configured),
    ...(config.sections.url && { url: config.sections.url }),
    ...(builtAt !== null && { builtAt }),
  };
}

function feedOf(
  feed: EffectiveConfig['feeds'][number],
  state: FeedState | undefined,
  items: number,
  config: EffectiveConfig,
  readers: SourceReaders,
): FeedDiagnostics {
  const health = state?.health ?? 'never';
  const failing = health !== 'ok' && health !== 'never';
  const stale = isStale(state?.lastSuccessAt, readers.now(), config.pollingIntervalMinutes);
  return {
    level: feedLevel(health, stale),
    id: feed.id,
    title: localize(feed.label, readers.language),
    url: feed.url,
    health,
    items,
    failures: state?.failures ?? 0,
    ...(state?.lastAttemptAt !== undefined && { lastAttemptAt: state.lastAttemptAt }),
    ...(state?.lastSuccessAt !== undefined && { lastSuccessAt: state.lastSuccessAt }),
    ...(state?.lastStatus !== undefined && { httpStatus: state.lastStatus }),
    ...(failing && state?.refusal && { refusal: state.refusal }),
    ...(failing && state?.message && { error: state.message }),
    ...(state?.nextPollAt && { nextPollAt: state.nextPollAt }),
    ...(state?.serverHintMinutes !== undefined && { serverHintMinutes: state.serverHintMinutes }),
  };
}

function indicatorsOf(
  config: EffectiveConfig,
  { pending, outbox, lastSend }: Awaited<ReturnType<SourceReaders['indicators']>>,
): IndicatorsDiagnostics {
  const enabled = config.features.indicators && config.indicators.endpoint !== undefined;
  const waiting = [...(outbox?.days ?? []), ...pending];
  return {
    level: indicatorsLevel(enabled, lastSend?.outcome, outbox?.nextAttemptAt !== undefined),
    enabled,
    ...(config.indicators.endpoint && { endpoint: config.indicators.endpoint }),
    pending: { days: new Set(waiting.map((day) => day.day)).size, events: eventsIn(waiting) },
    ...(outbox && {
      retry: {
        attempts: outbox.attempts,
        ...(outbox.nextAttemptAt !== undefined && { nextAttemptAt: outbox.nextAttemptAt }),
      },
    }),
    ...(lastSend && { lastSend }),
  };
}

export async function collectSources(readers: SourceReaders): Promise<SourcesDiagnostics> {
  const [config, status, stored, nextFetchAt, sections, feeds, indicators] = await Promise.all([
    readers.config(),
    readers.syncStatus(),
    readers.storedDocument(),
    readers.nextConfigFetchAt(),
    readers.sections(),
    readers.feeds(),
    readers.indicators(),
  ]);
  const url = config.configUrl ?? undefined;
  const refusals = config.issues.filter((issue) => issue.source === 'document' || issue.source === 'policy');
  const kept = stored && stored.url === url ? { url: stored.url, fetchedAt: stored.fetchedAt } : undefined;
  return {
    document: {
      level: documentLevel(url, status.state, refusals),
      state: status.state,
      ...(url && { url }),
      ...(status.lastAttemptAt !== undefined && { lastAttemptAt: status.lastAttemptAt }),
      ...(status.lastSuccessAt !== undefined && { lastSuccessAt: status.lastSuccessAt }),
      ...(nextFetchAt !== undefined && { nextFetchAt }),
      ...(status.httpStatus !== undefined && { httpStatus: status.httpStatus }),
      ...(status.detail && { detail: status.detail }),
      validators: {
        ...(kept && stored?.etag && { etag: stored.etag }),
        ...(kept && stored?.lastModified && { lastModified: stored.lastModified }),
      },
      ...(kept && { kept }),
      refusals,
    },
    sections: sectionsOf(config, sections),
    feeds: config.feeds.map((feed) =>
      feedOf(
        feed,
        feeds.states.find((state) => state.feedId === feed.id),
        feeds.itemCounts[feed.id] ?? 0,
        config,
        readers,
      ),
    ),
    indicators: indicatorsOf(config, indicators),
  };
}
