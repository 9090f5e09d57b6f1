/**
 * The address-bar keyword: "ps" then a few letters suggests tools, then relocated sections, and opens the chosen
 * one like the popup does. It knows neither capability: the background entrypoint hands it their finders.
 */
import { browser } from 'wxt/browser';
import { effectiveConfigItem } from '../config/storage';
import { browserTranslate } from '../i18n/browser-translator';
import type { SearchResult } from '../search/source';
import type { LaunchDisposition } from '../tabs/disposition';
import { escapeXml, omniboxDisposition, omniboxSuggestions, readEnteredInput } from './suggestions';

const TOOL_SUGGESTIONS = 6;
const SECTION_SUGGESTIONS = 4;

type Found = Pick<SearchResult, 'id' | 'title' | 'detail'>;

/** What the keyword asks of the launcher and the sections; each answers nothing while its own feature is off. */
export interface OmniboxFinders {
  /** The tools the user sees, best match first. */
  findTools(text: string, limit: number): Promise<Found[]>;
  findSections(text: string, limit: number): Promise<Found[]>;
  launchTool(toolId: string, disposition: LaunchDisposition): Promise<void>;
  openSection(sectionId: string, disposition: LaunchDisposition): Promise<void>;
}

const isFirefox = import.meta.env.FIREFOX;

function describe(label: string, detail: string | undefined): string {
  const text = detail ? `${label} — ${detail}` : label;
  return isFirefox ? text : escapeXml(text);
}

async function omniboxEnabled(): Promise<boolean> {
  return (await effectiveConfigItem.getValue()).features.omnibox;
}

async function suggestionsFor(text: string, finders: OmniboxFinders) {
  if (!(await omniboxEnabled())) return [];
  const [tools, sections] = await Promise.all([
    finders.findTools(text, TOOL_SUGGESTIONS),
    finders.findSections(text, SECTION_SUGGESTIONS),
  ]);
  return [...omniboxSuggestions('tool', tools, describe), ...omniboxSuggestions('section', sections, describe)];
}

async function openEntered(text: string, disposition: LaunchDisposition, finders: OmniboxFinders): Promise<void> {
  if (!(await omniboxEnabled())) return;
  const input = readEnteredInput(text);
  if (input.kind === 'section') return finders.openSection(input.id, disposition);
  if (input.kind === 'tool') return finders.launchTool(input.id, disposition);
  // Typed text, no suggestion chosen: the best matching tool.
  const [best] = await finders.findTools(input.text, 1);
  if (best) await finders.launchTool(best.id, disposition);
}

export function startOmnibox(finders: OmniboxFinders): void {
  // Firefox for Android has no address-bar keyword.
  const omnibox = browser.omnibox;
  if (!omnibox) return;
  omnibox.setDefaultSuggestion({ description: describe(browserTranslate('launcherOmniboxDefault'), undefined) });
  omnibox.onInputChanged.addListener((text, suggest) => {
    suggestionsFor(text, finders)
      .then(suggest)
      .catch((error: unknown) => console.error('Passerelle: address-bar suggestions', error));
  });
  omnibox.onInputEntered.addListener((text, disposition) => {
    openEntered(text, omniboxDisposition(disposition), finders).catch((error: unknown) =>
      console.error('Passerelle: address-bar keyword', error),
    );
  });
}
