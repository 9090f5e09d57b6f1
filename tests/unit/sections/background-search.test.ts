import { describe, expect, it } from 'vitest';
import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';
import type { SectionEntry } from '@/utils/config/schema';
import type { IndicatorEvent } from '@/utils/indicators/types';
import { loadStoredSections } from '@/utils/sections/loaded-sections';
import { createSectionsService } from '@/utils/sections/service';
import { EMPTY_SECTIONS_SLICE, type SectionsSlice } from '@/utils/sections/slice';
import { openSectionsDb } from '@/utils/sections/store';

const section = (id: string, title: string): SectionEntry => ({
  id,
  title,
  oldUrls: [`https://old.example/${id}.aspx`],
  newUrl: `https://esn.example/${id}`,
});

const withSections = (entries: SectionEntry[]): EffectiveConfig => ({ ...EMPTY_CONFIG, sections: { entries } });

/** A service of its own per test (the loaded index and the queue live in it), without browser rules. */
function setup() {
  let config = EMPTY_CONFIG;
  let published: SectionsSlice = EMPTY_SECTIONS_SLICE;
  let now = Date.UTC(2026, 10, 30, 9);
  const out = { opened: [] as string[], recorded: [] as IndicatorEvent[], wakes: [] as number[], loads: 0 };
  const service = createSectionsService({
    config: async () => config,
    publishedSlice: async () => published,
    db: () => openSectionsDb(),
    now: () => now,
    applyRules: async () => ({ enabled: false, ruleCount: 0, ruleLimit: 0, uncovered: [], uncoveredCount: 0 }),
    loadSections: () => {
      out.loads += 1;
      return loadStoredSections(undefined, { inSlices: false });
    },
    publish: async (slice) => {
      published = slice;
    },
    scheduleRefresh: async (minutes) => {
      out.wakes.push(minutes);
    },
    openUrl: async (url) => {
      out.opened.push(url);
    },
    record: async (event) => {
      out.recorded.push(event);
    },
    // The UI in French, messages by their key.
    t: (key) => key,
    language: () => 'fr',
  });
  /** The configuration changes; `quietly`: the service is not told (as between a change and its event). */
  const configure = async (next: EffectiveConfig, quietly = false) => {
    const previous = config;
    config = next;
    now += 60_000;
    return quietly ? null : service.onConfigChange(next, previous);
  };
  const find = async (query: string) => (await service.find(query, 5)).map((match) => match.display.id);
  return { service, out, configure, find, published: () => published };
}

describe('sections search in the background', () => {
  it('answers the popup from the index it keeps loaded, and from the new one once rebuilt', async () => {
    const { service, out, configure, find, published } = setup();
    await configure(withSections([section('canteen-menus', 'Menus de la cantine'), section('parking', 'Parking')]));
    expect(published().entryCount).toBe(2);
    await service.prepare();
    expect(await find('cantine')).toEqual(['canteen-menus']);
    expect(await find('  ')).toEqual([]);
    expect(out.loads).toBe(1);

    await configure(withSections([section('canteen-menus', 'Restaurant d’entreprise'), section('parking', 'Parking')]));
    expect(await find('cantine')).toEqual([]);
    expect(await find('restaurant')).toEqual(['canteen-menus']);
    expect(out.loads).toBe(2);
    expect(out.wakes).toEqual([EMPTY_CONFIG.pollingIntervalMinutes, EMPTY_CONFIG.pollingIntervalMinutes]);
  });

  it('refreshes only when the sections, the guidance or the allowed origins change', async () => {
    const { configure } = setup();
    const config = withSections([section('parking', 'Parking')]);
    expect(await configure(config)).toMatchObject({ state: 'ok' });
    expect(await configure({ ...config, pollingIntervalMinutes: 30 })).toBeNull();
    expect(await configure({ ...config, allowedInsecureOrigins: ['http://127.0.0.1:8080'] })).not.toBeNull();
  });

  it('does not refresh for the same sections written with their keys in another order', async () => {
    const { configure } = setup();
    const parking = section('parking', 'Parking');
    const config = withSections([parking]);
    expect(await configure(config)).toMatchObject({ state: 'ok' });
    const reordered = { newUrl: parking.newUrl, oldUrls: parking.oldUrls, title: parking.title, id: parking.id };
    expect(await configure({ ...config, sections: { entries: [reordered] } })).toBeNull();
  });

  it('gives the address bar its results, in the browser’s language, while the sections search is on', async () => {
    const { service, configure } = setup();
    const config = withSections([section('canteen-menus', 'Menus de la cantine'), section('parking', 'Parking')]);
    await configure(config);
    expect((await service.findResults('cantine', 4)).map(({ kind, id, title }) => ({ kind, id, title }))).toEqual([
      { kind: 'section', id: 'canteen-menus', title: 'Menus de la cantine' },
    ]);
    await configure({ ...config, features: { ...config.features, sectionsSearch: false } });
    expect(await service.findResults('cantine', 4)).toEqual([]);
  });

  it('opens a section at its new address and counts the path, but never an unknown or refused one', async () => {
    const { service, out, configure } = setup();
    const insecure = { ...section('old', 'Old'), newUrl: 'http://x.example/old' };
    const config = withSections([section('parking', 'Parking'), insecure]);
    await configure({ ...config, allowedInsecureOrigins: ['http://x.example'] });
    await service.openSection('parking', 'currentTab', 'search');
    expect(out.opened).toEqual(['https://esn.example/parking']);
    expect(out.recorded).toEqual([{ kind: 'path', from: 'search', to: 'section', id: 'parking' }]);
    await expect(service.openSection('nowhere', 'currentTab')).rejects.toThrow('Unknown section "nowhere"');
    // IT no longer allows the origin, and the index was not rebuilt yet: the address check still holds.
    await configure(config, true);
    await expect(service.openSection('old', 'currentTab')).rejects.toThrow('The address of "old"');
    expect(out.opened).toHaveLength(1);
  });

  it('answers nothing before the first index', async () => {
    const { find } = setup();
    expect(await find('parking')).toEqual([]);
  });
});
