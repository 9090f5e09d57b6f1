import type { Tool } from '@/utils/config/schema';
import { localize } from '@/utils/i18n/localized-text';
import type { Language, Translate } from '@/utils/i18n/translator';
import type { EntryPoint } from '@/utils/indicators/vocabulary';
import { linkHost } from '@/utils/launcher/link-host';
import type { PersonalLink } from '@/utils/launcher/personal';
import type { LauncherSlice } from '@/utils/launcher/slice';
import { visibleTools } from '@/utils/launcher/visible-tools';
import type { SearchGroup } from '@/utils/search/merge';
import type { SearchResult } from '@/utils/search/source';

/** One labelled group of the launcher's listbox. */
export interface OptionGroup {
  key: string;
  label: string;
  results: SearchResult[];
}

/** One empty list for every slice without personal links (a stable value for memoised hooks). */
const NO_LINKS: readonly PersonalLink[] = [];

export function personalLinksOf(slice: LauncherSlice): readonly PersonalLink[] {
  return slice.personalLinks?.links ?? NO_LINKS;
}

/** Under a category heading the category is not repeated; favourites and recents show it. */
function asResult(tool: Tool, language: Language, withCategory = true): SearchResult {
  const detail = withCategory ? localize(tool.category, language) : '';
  return {
    kind: 'tool',
    id: tool.id,
    title: localize(tool.label, language),
    score: 0,
    matchedTerms: [],
    ...(detail && { detail }),
  };
}

function linkResult(link: PersonalLink): SearchResult {
  const detail = linkHost(link.url);
  return { kind: 'link', id: link.id, title: link.label, score: 0, matchedTerms: [], ...(detail && { detail }) };
}

/**
 * The launcher before anything is typed: favourites in the user's order, then recent tools that are not
 * favourites, then the user's own links (when allowed), then every visible tool under its category (in the
 * configuration's order of categories).
 */
export function defaultGroups(slice: LauncherSlice, language: Language, t: Translate): OptionGroup[] {
  const tools = visibleTools(slice.tools, slice.hidden);
  const byId = new Map(tools.map((tool) => [tool.id, tool]));
  const pick = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const tool = byId.get(id);
      return tool ? [asResult(tool, language)] : [];
    });
  const groups: OptionGroup[] = [];
  const favourites = pick(slice.favourites);
  if (favourites.length > 0) groups.push({ key: 'favourites', label: t('launcherFavourites'), results: favourites });
  const recents = pick(slice.recents.filter((id) => !slice.favourites.includes(id)));
  if (recents.length > 0) groups.push({ key: 'recents', label: t('launcherRecents'), results: recents });
  const links = personalLinksOf(slice).map(linkResult);
  if (links.length > 0) groups.push({ key: 'links', label: t('launcherLinkGroup'), results: links });
  const categories = new Map<string, SearchResult[]>();
  for (const tool of tools) {
    const category = localize(tool.category, language) || t('launcherOtherTools');
    const list = categories.get(category) ?? [];
    list.push(asResult(tool, language, false));
    categories.set(category, list);
  }
  for (const [label, results] of categories) groups.push({ key: `category-${label}`, label, results });
  return groups;
}

const GROUP_LABELS = {
  tool: 'searchGroupTool',
  link: 'launcherLinkGroup',
  news: 'searchGroupNews',
  section: 'searchGroupSection',
} as const;

export function searchGroups(groups: readonly SearchGroup[], t: Translate): OptionGroup[] {
  return groups.map((group) => ({
    key: `search-${group.kind}`,
    label: t(GROUP_LABELS[group.kind]),
    results: group.results,
  }));
}

/** The first `limit` options, groups cut accordingly (what a popup's first frame can show anyway). */
export function firstOptions(groups: readonly OptionGroup[], limit: number): OptionGroup[] {
  const kept: OptionGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    kept.push(group.results.length <= left ? group : { ...group, results: group.results.slice(0, left) });
    left -= group.results.length;
  }
  return kept;
}

/** The usage indicators' entry point of a group (see utils/indicators/vocabulary.ts). */
// Group keys: favourites, recents, links, category-…, search-… (only the search groups start with "s").
export function entryPointOf(groupKey: string): EntryPoint {
  return groupKey[0] === 's'
    ? 'search'
    : groupKey === 'favourites'
      ? 'favourite'
      : groupKey === 'recents'
        ? 'recent'
        : 'list';
}
