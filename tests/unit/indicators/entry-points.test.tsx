/**
 * Each entry point records its path: the launcher's groups (favourite, recent, list, search), the address-bar
 * keyword, the keyboard command, the guidance page and the welcome page. (The news list, notifications, search
 * results and tab readings: tests/unit/news/indicators.test.ts; the popup's groups: Launcher.test.tsx.)
 */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LearnSection } from '@/components/adoption/LearnSection';
import { effectiveConfigItem } from '@/utils/config/storage';
import { pendingIndicatorsItem } from '@/utils/indicators/storage';
import type { EntryPoint } from '@/utils/indicators/vocabulary';
import { openEsnHome } from '@/utils/launcher/esn-home-command';
import { launchTool } from '@/utils/launcher/launch';
import { followGuidance } from '../../../entrypoints/moved/load';
import { renderIn } from '../adoption/support';
import { indicatorsConfig } from './fixtures';

const pathsCounted = async () => (await pendingIndicatorsItem.getValue()).flatMap((day) => day.paths);

describe('every entry point records its path', () => {
  beforeEach(async () => {
    await effectiveConfigItem.setValue(indicatorsConfig());
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('a tool launched from a favourite, a recent, the list, a search result or the address bar', async () => {
    const from: EntryPoint[] = ['favourite', 'recent', 'list', 'search', 'omnibox', 'favourite'];
    for (const entry of from) await launchTool('conges', 'backgroundTab', async () => {}, entry);
    // Without an entry point (an older page): the launch is counted, no path.
    await launchTool('conges', 'backgroundTab', async () => {});
    expect(await pathsCounted()).toEqual([
      { from: 'favourite', to: 'tool', id: 'conges', count: 2 },
      { from: 'recent', to: 'tool', id: 'conges', count: 1 },
      { from: 'list', to: 'tool', id: 'conges', count: 1 },
      { from: 'search', to: 'tool', id: 'conges', count: 1 },
      { from: 'omnibox', to: 'tool', id: 'conges', count: 1 },
    ]);
    expect((await pendingIndicatorsItem.getValue())[0]?.launches).toEqual([{ toolId: 'conges', count: 7, viaEsn: 0 }]);
  });

  it('the keyboard command opens the ESN home: keyboard → ESN home; without a home, nothing', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openEsnHome(indicatorsConfig())).toBe(true);
    expect(created).toHaveBeenCalledWith({ url: 'https://esn.example/', active: true });
    expect(await openEsnHome(indicatorsConfig({ esn: {} }))).toBe(false);
    expect(await openEsnHome(indicatorsConfig({ esn: { homeUrl: 'javascript:alert(1)' } }))).toBe(false);
    expect(await pathsCounted()).toEqual([{ from: 'keyboard', to: 'esnHome', count: 1 }]);
  });

  it('following the guidance page: guidance → section, and the sequence old address → guidance → section', async () => {
    const sent: unknown[] = [];
    await followGuidance({ send: async (...message: unknown[]) => void sent.push(message) } as never, 'restauration');
    await followGuidance({ send: async (...message: unknown[]) => void sent.push(message) } as never, '');
    expect(sent).toEqual([
      ['recordIndicator', { kind: 'path', from: 'guidance', to: 'section', id: 'restauration' }],
      ['recordIndicator', { kind: 'sequence', sequence: 'oldAddress>guidance>section' }],
    ]);
  });

  it('a help or tutorials link of the welcome page: welcome → help', () => {
    const onFollow = vi.fn();
    renderIn(
      'en',
      <LearnSection
        help={{ help: 'https://esn.example/aide', tutorials: 'https://esn.example/t' }}
        onFollow={onFollow}
      />,
    );
    // The test browser would really follow the links: stop it after the page's own handlers ran.
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    for (const link of screen.getAllByRole('link')) fireEvent.click(link);
    document.removeEventListener('click', stay);
    expect(onFollow).toHaveBeenCalledTimes(2);
  });
});
