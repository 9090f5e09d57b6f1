/**
 * The sections capability's behaviour, with every outside effect injected (storage, clock, alarm, tabs, rules,
 * publication, indicators) so that tests drive it without browser globals. utils/sections/background.ts wires the
 * real ones. The service keeps the loaded index and the refresh queue: one of each per background.
 */
import { createSerialQueue } from '../async/serial-queue';
import type { EffectiveConfig } from '../config/effective';
import type { SectionEntry } from '../config/schema';
import { urlRefusal } from '../config/url-policy';
import type { Language, Translate } from '../i18n/translator';
import type { IndicatorEvent } from '../indicators/types';
import type { EntryPoint } from '../indicators/vocabulary';
import type { SearchResult } from '../search/source';
import { sameStoredValue } from '../storage-health/same-stored-value';
import type { LaunchDisposition } from '../tabs/disposition';
import { createSectionsCache, findSections, type LoadedSections } from './loaded-sections';
import { refreshSectionsIndex } from './refresh';
import { type SectionMatch, toSectionResult } from './section-result';
import type { GuidanceStatus, SectionsSlice } from './slice';
import { loadEntry, type SectionsDatabase } from './store';

interface SectionsServiceDeps {
  config: () => Promise<EffectiveConfig>;
  /** The slice published last: a refresh starts from it. */
  publishedSlice: () => Promise<SectionsSlice>;
  /** A connection of its own to the index database; the service closes it. */
  db: () => Promise<SectionsDatabase>;
  now: () => number;
  /** Keeps the browser's guidance rules in step with the index and the feature flag. */
  applyRules: (entries: readonly SectionEntry[], enabled: boolean) => Promise<GuidanceStatus>;
  /** Loads the stored index (the service keeps it until the next build). */
  loadSections: () => Promise<LoadedSections | null>;
  publish: (slice: SectionsSlice) => Promise<void>;
  /** Asks to be woken every `intervalMinutes` for a refresh (an alarm). */
  scheduleRefresh: (intervalMinutes: number) => Promise<void>;
  openUrl: (url: string, disposition: LaunchDisposition) => Promise<void>;
  /** Usage indicators: the path that led to a section (a no-op unless IT turned indicators on). */
  record: (event: IndicatorEvent) => Promise<void>;
  t: Translate;
  language: () => Language;
}

interface RefreshOutcome {
  state: string;
  detail?: string;
}

export interface SectionsService {
  /** Refreshes the index and publishes its slice; one refresh at a time. */
  refresh(): Promise<RefreshOutcome>;
  /** The configuration changed: refreshes when the index or the rules depend on what changed. */
  onConfigChange(next: EffectiveConfig, previous: EffectiveConfig | null): Promise<RefreshOutcome | null>;
  /** Opens a section at its new address (popup Enter, address-bar keyword), after the address check. */
  openSection(sectionId: string, disposition: LaunchDisposition, from?: EntryPoint): Promise<void>;
  /** The sections matching what the popup's search box holds, best first. */
  find(query: string, limit: number): Promise<SectionMatch[]>;
  /** The same as address-bar results, in the browser's language; none while the sections search is off. */
  findResults(text: string, limit: number): Promise<SearchResult[]>;
  /** Loads the index now, so that the first query is answered at once. */
  prepare(): Promise<void>;
}

/** The parts of the configuration the index and the rules depend on. */
function relevant(config: EffectiveConfig): unknown[] {
  return [config.sections, config.features.relocationGuidance, config.allowedInsecureOrigins];
}

export function createSectionsService(deps: SectionsServiceDeps): SectionsService {
  const sections = createSectionsCache(deps.loadSections);
  /** A config change during a fetch waits for it, then runs with the new settings. */
  const queue = createSerialQueue('sections');

  const refresh = () =>
    queue.run('refresh the index', async () => {
      const [config, previous, db] = await Promise.all([deps.config(), deps.publishedSlice(), deps.db()]);
      let slice: SectionsSlice;
      try {
        slice = await refreshSectionsIndex({ db, config, previous, now: deps.now, applyRules: deps.applyRules });
      } finally {
        db.close();
      }
      if (slice.builtAt !== previous.builtAt) sections.forget();
      await deps.publish(slice);
      await deps.scheduleRefresh(config.pollingIntervalMinutes);
      return { state: slice.sync.state, ...(slice.sync.detail && { detail: slice.sync.detail }) };
    });

  return {
    refresh,
    // Compared as stored values: a configuration written again with its keys in another order (read back sorted
    // from Chromium, rewritten by another version) does not fetch and rebuild the index.
    onConfigChange: async (next, previous) =>
      previous && sameStoredValue(relevant(previous), relevant(next)) ? null : refresh(),
    async openSection(sectionId, disposition, from) {
      const [db, config] = await Promise.all([deps.db(), deps.config()]);
      const entry = await loadEntry(db, sectionId).finally(() => db.close());
      if (!entry) throw new Error(`Unknown section "${sectionId}"`);
      const refusal = urlRefusal(entry.newUrl, config.allowedInsecureOrigins);
      if (refusal) throw new Error(`The address of "${sectionId}" ${refusal}`);
      await deps.openUrl(entry.newUrl, disposition);
      if (from) await deps.record({ kind: 'path', from, to: 'section', id: sectionId });
    },
    find: async (query, limit) => findSections(await sections.get(), query, limit),
    async findResults(text, limit) {
      if (!(await deps.config()).features.sectionsSearch) return [];
      const found = findSections(await sections.get(), text, limit);
      return found.map((match) => toSectionResult(match, deps.language(), deps.t));
    },
    async prepare() {
      await sections.get();
    },
  };
}
