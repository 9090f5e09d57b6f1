/**
 * The address-bar keyword: "ps" then a few letters suggests tools, then relocated sections, and opens the chosen
 * one like the popup does.
 */
import { browser } from 'wxt/browser';
import { effectiveConfigItem } from '../config/storage';
import { browserLanguage, browserTranslate } from '../i18n/browser-translator';
import { currentSections, openSection } from '../sections/background';
import { sectionIdOfOmniboxInput, suggestSections } from '../sections/omnibox';
import { launchTool, type PersonalUpdater } from './launch';
import { escapeXml, omniboxDisposition, omniboxSuggestions, toolForOmniboxInput } from './omnibox-suggest';
import { personalItem } from './personal-storage';

const SECTION_SUGGESTIONS = 4;

const isFirefox = import.meta.env.FIREFOX;

function describe(label: string, detail: string | undefined): string {
  const text = detail ? `${label} — ${detail}` : label;
  return isFirefox ? text : escapeXml(text);
}

async function sectionSuggestions(text: string) {
  const config = await effectiveConfigItem.getValue();
  if (!config.features.omnibox || !config.features.sectionsSearch) return [];
  return suggestSections(await currentSections(), text, {
    language: browserLanguage(),
    t: browserTranslate,
    limit: SECTION_SUGGESTIONS,
    describe,
  });
}

async function visibleTools() {
  const [config, personal] = await Promise.all([effectiveConfigItem.getValue(), personalItem.getValue()]);
  const enabled = config.features.launcher && config.features.omnibox;
  return enabled ? config.tools.filter((tool) => tool.mandatory || !personal.hidden.includes(tool.id)) : [];
}

export function startOmnibox(updatePersonal: PersonalUpdater): void {
  // Some browsers (and the unit tests' fake browser) have no omnibox.
  const omnibox = browser.omnibox;
  if (!omnibox) return;
  omnibox.setDefaultSuggestion({ description: describe(browserTranslate('launcherOmniboxDefault'), undefined) });
  omnibox.onInputChanged.addListener((text, suggest) => {
    void Promise.all([visibleTools(), sectionSuggestions(text)]).then(([tools, sections]) =>
      suggest([...omniboxSuggestions(tools, text, browserLanguage(), describe), ...sections]),
    );
  });
  omnibox.onInputEntered.addListener((text, disposition) => {
    const sectionId = sectionIdOfOmniboxInput(text);
    if (sectionId) {
      openSection(sectionId, omniboxDisposition(disposition), 'omnibox').catch((error: unknown) =>
        console.error(error),
      );
      return;
    }
    void visibleTools().then((tools) => {
      const toolId = toolForOmniboxInput(tools, text, browserLanguage());
      if (toolId) return launchTool(toolId, omniboxDisposition(disposition), updatePersonal, 'omnibox');
    });
  });
}
