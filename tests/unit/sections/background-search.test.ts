import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import type { SectionEntry } from '@/utils/config/schema';
import { effectiveConfigItem } from '@/utils/config/storage';
import type { SectionMatch } from '@/utils/sections/section-result';
import { openSectionsDb } from '@/utils/sections/store';
import { popupSnapshotItem } from '@/utils/snapshot/storage';
import { recordingHandlers } from '../message-handlers';

let handlers = recordingHandlers().handlers;

const section = (id: string, title: string): SectionEntry => ({
  id,
  title,
  oldUrls: [`https://old.example/${id}.aspx`],
  newUrl: `https://esn.example/${id}`,
});

/** A fresh background (the loaded index and the handlers live in the module), without browser rules. */
async function startSections(): Promise<void> {
  vi.resetModules();
  const registrar = recordingHandlers();
  handlers = registrar.handlers;
  vi.doMock('@/utils/sections/apply-rules', () => ({
    applyGuidanceRules: async () => ({ enabled: false, ruleCount: 0, ruleLimit: 0, uncovered: [], uncoveredCount: 0 }),
  }));
  const background = await import('@/utils/sections/background');
  background.startSections(registrar.handleMessage);
}

async function configure(entries: SectionEntry[]): Promise<void> {
  const before = (await popupSnapshotItem.getValue()).sections.builtAt;
  await effectiveConfigItem.setValue({ ...EMPTY_CONFIG, sections: { entries } });
  await vi.waitFor(async () => {
    const { sections } = await popupSnapshotItem.getValue();
    expect(sections.builtAt).not.toBe(before);
    expect(sections.entryCount).toBe(entries.length);
  });
}

const find = async (query: string) =>
  (((await handlers.get('findSections')?.({ query, limit: 5 })) as SectionMatch[] | undefined) ?? []).map(
    (match) => match.display.id,
  );

beforeEach(async () => {
  const db = await openSectionsDb();
  await db.clear('entries');
  await db.clear('meta');
  db.close();
});

afterEach(() => {
  vi.doUnmock('@/utils/sections/apply-rules');
});

describe('sections search in the background', () => {
  it('answers the popup from the index it keeps loaded, and from the new one once rebuilt', async () => {
    await startSections();
    await configure([section('canteen-menus', 'Menus de la cantine'), section('parking', 'Parking')]);
    await handlers.get('prepareSectionsSearch')?.();
    expect(await find('cantine')).toEqual(['canteen-menus']);
    expect(await find('  ')).toEqual([]);

    await configure([section('canteen-menus', 'Restaurant d’entreprise'), section('parking', 'Parking')]);
    expect(await find('cantine')).toEqual([]);
    expect(await find('restaurant')).toEqual(['canteen-menus']);
  });

  it('gives the address bar its results, in the browser’s language, while the sections search is on', async () => {
    await startSections();
    const { findSectionResults } = await import('@/utils/sections/background');
    // The fake browser has no i18n: the UI in French, messages by their key.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    await configure([section('canteen-menus', 'Menus de la cantine'), section('parking', 'Parking')]);
    expect((await findSectionResults('cantine', 4)).map(({ kind, id, title }) => ({ kind, id, title }))).toEqual([
      { kind: 'section', id: 'canteen-menus', title: 'Menus de la cantine' },
    ]);
    await effectiveConfigItem.setValue({
      ...(await effectiveConfigItem.getValue()),
      features: { ...EMPTY_CONFIG.features, sectionsSearch: false },
    });
    expect(await findSectionResults('cantine', 4)).toEqual([]);
  });

  it('answers nothing before the first index', async () => {
    await startSections();
    expect(await find('parking')).toEqual([]);
  });
});
