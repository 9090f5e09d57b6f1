import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { LAUNCHER_SEARCH_MODULES, LauncherSearchModulesContext } from '@/components/launcher/search-modules';
import { PopupBody } from '@/components/popup/PopupBody';
import type { Connector } from '@/utils/connector/connector';
import { findSections, type LoadedSections } from '@/utils/sections/loaded-sections';
import { buildSectionsIndex } from '@/utils/sections/search-index';
import type { SectionMatch } from '@/utils/sections/section-result';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { generateSections } from './fixtures/generate-sections';
import { snapshotWithSections } from './fixtures/popup-snapshot';
import { renderIn } from './render';

const entries = generateSections(200);
const loaded: LoadedSections = {
  builtAt: 1,
  entries: new Map(entries.map((entry) => [entry.id, entry])),
  index: buildSectionsIndex(entries),
};

const snapshotBuiltAt = (builtAt: number | null): PopupSnapshot => snapshotWithSections(builtAt, entries.length);

interface Question {
  query: string;
  answer(matches: SectionMatch[]): void;
}

/** The background as the popup sees it: it answers section queries when the test says so. */
function backgroundDouble() {
  const sent: { action: string; data: unknown }[] = [];
  const questions: Question[] = [];
  const connector: Connector = {
    getSnapshot: () => Promise.resolve(EMPTY_SNAPSHOT),
    subscribe: () => () => {},
    send: (action, ...data) => {
      sent.push({ action, data: data[0] });
      if (action !== 'findSections') return Promise.resolve(undefined as never);
      const { query } = data[0] as { query: string };
      return new Promise<never>((resolve) => {
        questions.push({ query, answer: (matches) => resolve(matches as never) });
      });
    },
  };
  const answerFromIndex = (question: Question | undefined) =>
    question?.answer(findSections(loaded, question.query, 20));
  return { connector, sent, questions, answerFromIndex };
}

const sectionOptions = () =>
  screen.queryAllByRole('option').filter((option) => option.getAttribute('data-result-kind') === 'section');

describe('sections in the popup search box, answered by the background', () => {
  it('asks the background to load the index once the popup is painted, then finds "cantine" and opens it', async () => {
    const background = backgroundDouble();
    renderIn('fr', <PopupBody snapshot={snapshotBuiltAt(1)} connector={background.connector} />);
    await vi.waitFor(() =>
      expect(background.sent).toContainEqual({ action: 'prepareSectionsSearch', data: undefined }),
    );

    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });
    await vi.waitFor(() => expect(background.questions.map((q) => q.query)).toEqual(['cantine']));
    background.answerFromIndex(background.questions[0]);
    await vi.waitFor(() => expect(sectionOptions()[0]?.textContent).toContain('Menus de la cantine'));
    expect(sectionOptions()[0]?.textContent).toContain('Services › Restauration · déplacée le 15 sept. 2026');

    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(background.sent).toContainEqual({
      action: 'openSection',
      data: { sectionId: 'canteen-menus', disposition: 'newTab', from: 'search' },
    });
  });

  it('keeps showing the previous answer while the next one is on its way, and drops answers that come too late', async () => {
    const background = backgroundDouble();
    renderIn('en', <PopupBody snapshot={snapshotBuiltAt(1)} connector={background.connector} />);
    const box = screen.getByRole('combobox');
    fireEvent.input(box, { target: { value: 'cant' } });
    await vi.waitFor(() => expect(background.questions).toHaveLength(1));
    background.answerFromIndex(background.questions[0]);
    await vi.waitFor(() => expect(sectionOptions().length).toBeGreaterThan(0));

    fireEvent.input(box, { target: { value: 'canti' } });
    fireEvent.input(box, { target: { value: 'cantine' } });
    await vi.waitFor(() => expect(background.questions.map((q) => q.query)).toEqual(['cant', 'canti', 'cantine']));
    // "cant" still shows while "cantine" is asked: no blink at each key.
    expect(sectionOptions().length).toBeGreaterThan(0);
    background.answerFromIndex(background.questions[2]);
    await vi.waitFor(() => expect(sectionOptions()[0]?.textContent).toContain('Canteen menus'));
    const shown = sectionOptions().map((option) => option.textContent);
    // The answer to "canti" arrives last: it is no longer the question, so nothing changes.
    background.questions[1]?.answer([]);
    await Promise.resolve();
    expect(sectionOptions().map((option) => option.textContent)).toEqual(shown);
  });

  it('asks again after a new index was built', async () => {
    const background = backgroundDouble();
    const popup = (builtAt: number) => (
      <I18nProvider value={{ t: catalogTranslator(en), language: 'en' }}>
        <PopupBody snapshot={snapshotBuiltAt(builtAt)} connector={background.connector} />
      </I18nProvider>
    );
    const view = render(popup(1));
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });
    await vi.waitFor(() => expect(background.questions).toHaveLength(1));
    background.answerFromIndex(background.questions[0]);
    await vi.waitFor(() => expect(sectionOptions()).not.toHaveLength(0));

    view.rerender(popup(2));
    await vi.waitFor(() => expect(background.questions.map((q) => q.query)).toEqual(['cantine', 'cantine']));
    expect(background.sent.filter((s) => s.action === 'prepareSectionsSearch')).toHaveLength(2);
  });

  it('neither loads nor asks when the feature is off', async () => {
    const background = backgroundDouble();
    const snapshot = snapshotBuiltAt(1);
    const features = { ...snapshot.config.features, sectionsSearch: false };
    renderIn(
      'en',
      <PopupBody
        snapshot={{ ...snapshot, config: { ...snapshot.config, features } }}
        connector={background.connector}
      />,
    );
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });
    await screen.findByText(/Nothing matches .cantine./);
    expect(background.sent.map((s) => s.action)).not.toContain('findSections');
    expect(background.sent.map((s) => s.action)).not.toContain('prepareSectionsSearch');
  });

  it('says that nothing matches only once the background has answered, never while the sections are on their way', async () => {
    const background = backgroundDouble();
    // The tools' search library, loaded before the test looks: the tools have then been searched.
    const toolsLoaded = LAUNCHER_SEARCH_MODULES.tools();
    renderIn(
      'en',
      <LauncherSearchModulesContext.Provider value={{ ...LAUNCHER_SEARCH_MODULES, tools: () => toolsLoaded }}>
        <PopupBody snapshot={snapshotBuiltAt(1)} connector={background.connector} />
      </LauncherSearchModulesContext.Provider>,
    );
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'zqxw' } });
    await vi.waitFor(() => expect(background.questions).toHaveLength(1));
    await act(async () => {
      await toolsLoaded;
    });
    expect(screen.queryByText(/Nothing matches/)).toBeNull();
    // Enter waits: the list shown is not an answer to the query.
    expect(screen.getByRole('combobox').getAttribute('aria-activedescendant')).toBeNull();

    background.answerFromIndex(background.questions[0]);
    await screen.findByText(/Nothing matches .zqxw./);
  });

  it('says that nothing matches when the background cannot answer', async () => {
    const background = backgroundDouble();
    const connector: Connector = {
      ...background.connector,
      send: (action, ...data) =>
        action === 'findSections'
          ? Promise.reject(new Error('no background'))
          : background.connector.send(action, ...data),
    };
    const failed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderIn('en', <PopupBody snapshot={snapshotBuiltAt(1)} connector={connector} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });
    await screen.findByText(/Nothing matches .cantine./);
    expect(failed).toHaveBeenCalledWith('Passerelle: could not search the sections', expect.any(Error));
    failed.mockRestore();
  });
});
