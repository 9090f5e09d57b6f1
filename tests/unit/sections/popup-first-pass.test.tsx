import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { PopupBody } from '@/components/popup/PopupBody';
import type { SectionEntry } from '@/utils/config/schema';
import type { Connector } from '@/utils/connector/connector';
import { buildIndexMeta } from '@/utils/sections/build-index';
import { toDisplay } from '@/utils/sections/display';
import { readStoredTitles, readTitlesAtStart } from '@/utils/sections/first-pass-reader';
import type { SectionMatch } from '@/utils/sections/section-result';
import { openSectionsDb, saveIndex } from '@/utils/sections/store';
import { titlesRecord } from '@/utils/sections/titles-record';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { generateSections } from './fixtures/generate-sections';
import { snapshotWithSections } from './fixtures/popup-snapshot';
import { renderIn } from './render';

const entries = generateSections(200);

async function storeIndex(builtAt: number) {
  const db = await openSectionsDb();
  await saveIndex(db, entries, buildIndexMeta(entries, { inlineKey: 'a' }, { issues: [], issueCount: 0 }, builtAt));
  db.close();
}

/** A background that has just started: it answers only when the test says so. */
function slowBackground() {
  const sent: { action: string; data: unknown }[] = [];
  const answers: ((matches: SectionMatch[]) => void)[] = [];
  const connector: Connector = {
    getSnapshot: () => Promise.reject(new Error('not used')),
    subscribe: () => () => {},
    send: (action, ...data) => {
      sent.push({ action, data: data[0] });
      if (action !== 'findSections') return Promise.resolve(undefined as never);
      return new Promise<never>((resolve) => answers.push((matches) => resolve(matches as never)));
    },
  };
  return { connector, sent, answers };
}

const sectionOptions = () =>
  screen.queryAllByRole('option').filter((option) => option.getAttribute('data-result-kind') === 'section');

describe('the popup’s first pass over the stored titles, while the background starts', () => {
  it('shows the titles’ answer at once (Enter opens it), then the background’s answer in its place', async () => {
    await storeIndex(1);
    const background = slowBackground();
    renderIn('fr', <PopupBody snapshot={snapshotWithSections(1, entries.length)} connector={background.connector} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });

    await vi.waitFor(() => expect(sectionOptions()[0]?.textContent).toContain('Menus de la cantine'));
    expect(sectionOptions()[0]?.textContent).toContain('Services › Restauration · déplacée le 15 sept. 2026');
    expect(background.answers).toHaveLength(1);
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(background.sent).toContainEqual({
      action: 'openSection',
      data: { sectionId: 'canteen-menus', disposition: 'newTab', from: 'search' },
    });

    const catering = entries.find((entry) => entry.id === 'seminar-catering');
    if (!catering) throw new Error('fixture without the seminar catering');
    background.answers[0]?.([{ display: toDisplay(catering), score: 3, terms: ['traiteur'] }]);
    await vi.waitFor(() => expect(sectionOptions()[0]?.textContent).toContain('Traiteur pour séminaires'));
    expect(sectionOptions()).toHaveLength(1);
  });

  it('with a sleeping background, wakes it only once the titles have answered the question typed at once', async () => {
    await storeIndex(1);
    const background = slowBackground();
    const log: string[] = [];
    const held: Promise<unknown>[] = [];
    const connector: Connector = {
      ...background.connector,
      holdSendsFor: (work) => {
        log.push('hold');
        held.push(work);
      },
      send: (action, ...data) => {
        log.push(`send ${action}`);
        return background.connector.send(action, ...data);
      },
    };
    renderIn('fr', <PopupBody snapshot={snapshotWithSections(1, entries.length)} connector={connector} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });
    expect(log.slice(log.indexOf('hold'))).toEqual(['hold', 'send findSections']);
    // What the messages wait for is the titles' answer: once it has come, the result is the titles'.
    await held[0];
    await vi.waitFor(() => expect(sectionOptions()[0]?.textContent).toContain('Menus de la cantine'));
    expect(background.answers).toHaveLength(1);
  });

  it('waits for the background when the stored titles belong to another build', async () => {
    await storeIndex(1);
    const background = slowBackground();
    renderIn('fr', <PopupBody snapshot={snapshotWithSections(2, entries.length)} connector={background.connector} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });
    await vi.waitFor(() => expect(background.answers).toHaveLength(1));
    expect(sectionOptions()).toHaveLength(0);
    background.answers[0]?.([{ display: toDisplay(entries[0] as SectionEntry), score: 1, terms: [] }]);
    await vi.waitFor(() => expect(sectionOptions()).toHaveLength(1));
  });

  it('answers from the titles the page read as it started, and reads its own for a later index', async () => {
    await storeIndex(1);
    // What main.tsx reads before the first render; here it holds the titles of build 7 (the database has build 1's).
    const stored = await readStoredTitles();
    if (!stored) throw new Error('no titles stored');
    const early = {
      reading: Promise.resolve({ ...stored, record: titlesRecord(7, entries.map(toDisplay)) }),
      needNow: () => {},
    };
    const background = slowBackground();
    const popup = (builtAt: number) => (
      <PopupBody
        snapshot={snapshotWithSections(builtAt, entries.length)}
        connector={background.connector}
        sectionTitles={early}
      />
    );
    const { rerender } = renderIn('fr', popup(7));
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });
    await vi.waitFor(() => expect(sectionOptions()[0]?.textContent).toContain('Menus de la cantine'));

    // A new index while the popup is open: build 1's titles, read from the database, not the early ones.
    rerender(<I18nProvider value={{ t: catalogTranslator(fr), language: 'fr' }}>{popup(1)}</I18nProvider>);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'traiteur' } });
    await vi.waitFor(() => expect(sectionOptions()[0]?.textContent).toContain('Traiteur pour séminaires'));
    expect(background.answers.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the titles read as the popup starts', () => {
  it('are not read when the copy the popup kept says there is nothing to search: sections off, or no index yet', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    try {
      const withIndex = snapshotWithSections(1, entries.length);
      const off = {
        ...withIndex,
        config: { ...withIndex.config, features: { ...withIndex.config.features, sectionsSearch: false } },
      };
      const noIndex = { ...withIndex, sections: { ...withIndex.sections, builtAt: null } };
      expect(readTitlesAtStart(off)).toBeUndefined();
      expect(readTitlesAtStart(noIndex)).toBeUndefined();
      expect(open).not.toHaveBeenCalled();

      await storeIndex(1);
      open.mockClear();
      // An index to search, or no copy kept (the first opening): read.
      for (const kept of [withIndex, null]) {
        const stored = await readTitlesAtStart(kept)?.reading;
        expect(stored?.record.builtAt).toBe(1);
        stored?.db.close();
      }
      expect(open).toHaveBeenCalledTimes(2);
    } finally {
      open.mockRestore();
    }
  });

  /** The titles asked for as the page starts, with a page that is not ready until `ready()`. */
  function askedAtStart() {
    let ready = () => {};
    const titles = readTitlesAtStart(
      null,
      () =>
        new Promise<void>((resolve) => {
          ready = resolve;
        }),
    );
    if (!titles) throw new Error('no titles asked for');
    return { titles, ready: () => ready() };
  }

  it('wait for the page to be ready (main.tsx: its first frame) before the database is opened', async () => {
    await storeIndex(1);
    const open = vi.spyOn(indexedDB, 'open');
    try {
      const { titles, ready } = askedAtStart();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(open).not.toHaveBeenCalled();
      ready();
      const stored = await titles.reading;
      expect(open).toHaveBeenCalledTimes(1);
      expect(stored?.record.builtAt).toBe(1);
      stored?.db.close();
    } finally {
      open.mockRestore();
    }
  });

  it('are read at once, before the page is ready, when a query is typed: its first pass answers from them', async () => {
    await storeIndex(1);
    const open = vi.spyOn(indexedDB, 'open');
    try {
      const { titles } = askedAtStart();
      const background = slowBackground();
      renderIn(
        'fr',
        <PopupBody
          snapshot={snapshotWithSections(1, entries.length)}
          connector={background.connector}
          sectionTitles={titles}
        />,
      );
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(open).not.toHaveBeenCalled();
      fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });
      // The page never became ready: the query alone opened the database, once.
      await vi.waitFor(() => expect(sectionOptions()[0]?.textContent).toContain('Menus de la cantine'));
      expect(open).toHaveBeenCalledTimes(1);
      (await titles.reading)?.db.close();
    } finally {
      open.mockRestore();
    }
  });
});
