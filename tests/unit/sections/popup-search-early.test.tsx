import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import {
  LAUNCHER_SEARCH_MODULES,
  type LauncherSearchModules,
  LauncherSearchModulesContext,
} from '@/components/launcher/search-modules';
import { PopupBody } from '@/components/popup/PopupBody';
import type { Connector } from '@/utils/connector/connector';
import { findSections, type LoadedSections } from '@/utils/sections/loaded-sections';
import { buildSectionsIndex } from '@/utils/sections/search-index';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';
import { generateSections } from './fixtures/generate-sections';
import { snapshotWithSections } from './fixtures/popup-snapshot';
import { renderIn } from './render';

// The tools' search module loads only when the test lets it: what the popup shows meanwhile is what is tested.
let release: () => void = () => {};
const libraryReady = new Promise<void>((resolve) => {
  release = resolve;
});
const heldBack: LauncherSearchModules = {
  ...LAUNCHER_SEARCH_MODULES,
  tools: () => libraryReady.then(LAUNCHER_SEARCH_MODULES.tools),
};

const entries = generateSections(200);
const loaded: LoadedSections = {
  builtAt: 1,
  entries: new Map(entries.map((entry) => [entry.id, entry])),
  index: buildSectionsIndex(entries),
};

const snapshot: PopupSnapshot = {
  ...snapshotWithSections(1, entries.length),
  launcher: {
    ...EMPTY_SNAPSHOT.launcher,
    tools: [{ id: 'cantine-app', label: 'Cantine app', url: 'https://cantine.example/', category: 'Daily' }],
  },
};

const options = (kind: string) =>
  screen.queryAllByRole('option').filter((option) => option.getAttribute('data-result-kind') === kind);

describe('sections typed at once, before the search library has loaded', () => {
  it('asks the background once, shows its answer at once (Enter opens it), and adds the tools when the library is there', async () => {
    const questions: string[] = [];
    const opened: unknown[] = [];
    const connector: Connector = {
      getSnapshot: () => Promise.resolve(snapshot),
      subscribe: () => () => {},
      send: (action, ...data) => {
        if (action === 'openSection') opened.push(data[0]);
        if (action !== 'findSections') return Promise.resolve(undefined as never);
        const { query, limit } = data[0] as { query: string; limit: number };
        questions.push(query);
        return Promise.resolve(findSections(loaded, query, limit) as never);
      },
    };
    renderIn(
      'fr',
      <LauncherSearchModulesContext.Provider value={heldBack}>
        <PopupBody snapshot={snapshot} connector={connector} />
      </LauncherSearchModulesContext.Provider>,
    );
    // Typed in the very first frame, before the popup's effects have run.
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'cantine' } });

    await vi.waitFor(() => expect(options('section')[0]?.textContent).toContain('Menus de la cantine'));
    expect(options('tool')).toHaveLength(0);
    // What is shown is what Enter opens.
    expect(screen.getByRole('combobox').getAttribute('aria-activedescendant')).toBe(options('section')[0]?.id);
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(opened).toEqual([{ sectionId: 'canteen-menus', disposition: 'newTab', from: 'search' }]);

    release();
    await vi.waitFor(() => expect(options('tool')[0]?.textContent).toContain('Cantine app'));
    expect(options('section')[0]?.textContent).toContain('Menus de la cantine');
    expect(questions).toEqual(['cantine']);
  });
});
