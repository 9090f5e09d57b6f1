/**
 * The companion's behaviour, with every outside effect injected (configuration, the sections finder, tabs, the
 * toolbar button, clock, language) so that tests drive it without browser globals. utils/companion/background.ts
 * wires the real ones. The service remembers the last web page shown in a tab: one per background.
 */
import type { EffectiveConfig } from '../config/effective';
import type { SectionEntry } from '../config/schema';
import { localize } from '../i18n/localized-text';
import type { Language, Translate } from '../i18n/translator';
import { type PageHelp, pageHelp } from './help-view';

/** What the companion asks of the sections capability (injected by the background entrypoint). */
export interface CompanionFinders {
  /** The relocated section whose new page this is, or null. */
  sectionAt(url: string): Promise<SectionEntry | null>;
}

interface CompanionServiceDeps extends CompanionFinders {
  config: () => Promise<EffectiveConfig>;
  /** The address of the active tab of the last focused window, when the extension may see it. */
  activeTabUrl: () => Promise<string | undefined>;
  /** Sets the toolbar button's title for one tab (which may have closed meanwhile). */
  setButtonTitle: (tabId: number, title: string) => Promise<void>;
  /** Today as YYYY-MM-DD (known issues end on a day). */
  today: () => string;
  t: Translate;
  language: () => Language;
}

interface CompanionService {
  /**
   * A web page shows in a tab (loaded, or its address changed): the button's title for that tab says when help
   * exists for it (a tab keeps its own title, so switching tabs needs nothing), and the page is remembered.
   */
  onPageShown(tabId: number, url: string): Promise<void>;
  /**
   * The help for the page on screen (the popup's and the panel's), or null. When the active tab is not a web page
   * (an extension page opened in a tab), the help for the last web page shown.
   */
  currentHelp(): Promise<PageHelp | null>;
}

const isWebPage = (url: string | undefined): url is string => url !== undefined && /^https?:/i.test(url);

export function createCompanionService(deps: CompanionServiceDeps): CompanionService {
  let lastWebPage: string | null = null;

  async function helpFor(url: string): Promise<PageHelp | null> {
    const [config, indexed] = await Promise.all([deps.config(), deps.sectionAt(url)]);
    return pageHelp(url, config, deps.today(), indexed);
  }

  return {
    async onPageShown(tabId, url) {
      lastWebPage = url;
      const help = await helpFor(url);
      const title = help
        ? deps.t('companionActionTitle', localize(help.label, deps.language()))
        : deps.t('actionTitle');
      await deps.setButtonTitle(tabId, title);
    },
    async currentHelp() {
      const active = await deps.activeTabUrl();
      const url = isWebPage(active) ? active : lastWebPage;
      return url === null ? null : helpFor(url);
    },
  };
}
