import { describe, expect, it } from 'vitest';
import { createCompanionService } from '@/utils/companion/service';
import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';
import type { SectionEntry } from '@/utils/config/schema';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';

const config: EffectiveConfig = {
  ...EMPTY_CONFIG,
  tools: [
    {
      id: 'conges',
      label: 'Congés',
      url: 'https://rh.example/conges',
      help: { knownIssues: [{ text: 'Slow on Mondays', until: '2026-11-29' }, { text: 'Export is off' }] },
    },
  ],
};
const CANTEEN: SectionEntry = {
  id: 'canteen',
  title: 'Canteen menus',
  newUrl: 'https://esn.example/cantine',
  oldUrls: ['https://old.example/cantine.aspx'],
};

/** A service of its own per test (it remembers the last page), with the active tab at `activeUrl`. */
function setup(activeUrl?: string) {
  const titles: Array<[number, string]> = [];
  const service = createCompanionService({
    sectionAt: async (url) => (url.startsWith(CANTEEN.newUrl) ? CANTEEN : null),
    config: async () => config,
    activeTabUrl: async () => activeUrl,
    setButtonTitle: async (tabId, title) => {
      titles.push([tabId, title]);
    },
    today: () => '2026-11-30',
    t: catalogTranslator(en),
    language: () => 'en',
  });
  return { service, titles };
}

describe('companion service', () => {
  it('marks the button of a tab whose page has help, and answers that help, current issues only', async () => {
    const { service, titles } = setup();
    await service.onPageShown(7, 'https://rh.example/conges/demande');
    expect(titles).toEqual([[7, catalogTranslator(en)('companionActionTitle', 'Congés')]]);
    expect(await service.currentHelp()).toMatchObject({ kind: 'tool', id: 'conges', knownIssues: ['Export is off'] });

    await service.onPageShown(8, 'https://esn.example/cantine');
    expect(await service.currentHelp()).toMatchObject({ kind: 'section', id: 'canteen', oldUrls: CANTEEN.oldUrls });
    await service.onPageShown(8, 'https://elsewhere.example/');
    expect(titles.at(-1)).toEqual([8, catalogTranslator(en)('actionTitle')]);
    expect(await service.currentHelp()).toBeNull();
  });

  it('answers for the active tab before any tab event, and nothing for a page that is not on the web', async () => {
    expect(await setup('https://rh.example/conges').service.currentHelp()).toMatchObject({ id: 'conges' });
    expect(await setup('chrome://settings').service.currentHelp()).toBeNull();
    expect(await setup(undefined).service.currentHelp()).toBeNull();
  });

  it('answers for the page on screen, not for a page that loaded in another tab since', async () => {
    const { service } = setup('https://esn.example/cantine');
    // A tool loading in a background tab marks that tab's button, and changes nothing on screen.
    await service.onPageShown(9, 'https://rh.example/conges');
    expect(await service.currentHelp()).toMatchObject({ kind: 'section', id: 'canteen' });
  });

  it('answers for the last web page shown when the active tab is an extension page', async () => {
    const { service } = setup('chrome-extension://passerelle/options.html');
    expect(await service.currentHelp()).toBeNull();
    await service.onPageShown(7, 'https://rh.example/conges/demande');
    expect(await service.currentHelp()).toMatchObject({ kind: 'tool', id: 'conges' });
  });
});
