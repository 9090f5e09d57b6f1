/** The address-bar keyword: "ps" then a few letters suggests tools and opens the chosen one like the popup. */
import { browser } from 'wxt/browser';
import { effectiveConfigItem } from '../config/storage';
import { browserLanguage, browserTranslate } from '../i18n/browser-translator';
import { launchTool, type PersonalUpdater } from './launch';
import { escapeXml, omniboxDisposition, omniboxSuggestions, toolForOmniboxInput } from './omnibox-suggest';
import { personalItem } from './personal-storage';

const isFirefox = import.meta.env.FIREFOX;

function describe(label: string, detail: string | undefined): string {
  const text = detail ? `${label} — ${detail}` : label;
  return isFirefox ? text : escapeXml(text);
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
    void visibleTools().then((tools) => suggest(omniboxSuggestions(tools, text, browserLanguage(), describe)));
  });
  omnibox.onInputEntered.addListener((text, disposition) => {
    void visibleTools().then((tools) => {
      const toolId = toolForOmniboxInput(tools, text, browserLanguage());
      if (toolId) return launchTool(toolId, omniboxDisposition(disposition), updatePersonal);
    });
  });
}
