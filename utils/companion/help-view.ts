/** The help the popup and the panel show for the page on screen. Pure: today's date arrives as an argument. */
import type { EffectiveConfig } from '../config/effective';
import type { LocalizedText, SectionEntry } from '../config/schema';
import { isAllowedUrl } from '../config/url-policy';
import { matchSectionPage, matchTool, shareableAddress } from './match';

export interface PageHelp {
  kind: 'tool' | 'section';
  /** The tool's id, or the section's id. */
  id: string;
  label: LocalizedText;
  howTo?: LocalizedText;
  tutorials: { label: LocalizedText; url: string }[];
  hotline: { phone?: string; email?: string; url?: string };
  /** Known issues whose last day is today or later (or that have none). */
  knownIssues: LocalizedText[];
  /** For a relocated section's new page: its old addresses now lead here. */
  oldUrls?: string[];
  /** The page's address without query or fragment, for the suggestion links. */
  page: string;
}

type HelpConfig = Pick<EffectiveConfig, 'tools' | 'sections' | 'allowedInsecureOrigins' | 'esn'>;

/** A notice whose day is over disappears; days compare as YYYY-MM-DD text. */
export function stillCurrent(until: string | undefined, today: string): boolean {
  return until === undefined || until >= today;
}

/**
 * The help for a page: a tool's, else a relocated section's new page, from the configuration's entries or, when the
 * caller found it in the stored index (`sections.url`), `indexedSection`.
 */
export function pageHelp(
  pageUrl: string,
  config: HelpConfig,
  today: string,
  indexedSection: SectionEntry | null = null,
): PageHelp | null {
  const page = shareableAddress(pageUrl);
  if (!page) return null;
  const allowed = (url: string | undefined) =>
    url !== undefined && isAllowedUrl(url, config.allowedInsecureOrigins) ? url : undefined;
  const tool = matchTool(pageUrl, config.tools, config.esn.homeUrl);
  if (tool) {
    const help = tool.help ?? {};
    const hotlineUrl = allowed(help.hotlineUrl);
    return {
      kind: 'tool',
      id: tool.id,
      label: tool.label,
      ...(help.howTo ? { howTo: help.howTo } : {}),
      tutorials: (help.tutorials ?? []).filter((tutorial) => allowed(tutorial.url)),
      hotline: {
        ...(help.hotlinePhone ? { phone: help.hotlinePhone } : {}),
        ...(help.hotlineEmail ? { email: help.hotlineEmail } : {}),
        ...(hotlineUrl ? { url: hotlineUrl } : {}),
      },
      knownIssues: (help.knownIssues ?? []).filter((issue) => stillCurrent(issue.until, today)).map((i) => i.text),
      page,
    };
  }
  const section = matchSectionPage(pageUrl, config.sections.entries) ?? indexedSection;
  if (!section) return null;
  return {
    kind: 'section',
    id: section.id,
    label: section.title,
    ...(section.note ? { howTo: section.note } : {}),
    tutorials: [],
    hotline: {},
    knownIssues: [],
    oldUrls: [...(section.oldUrls ?? []), ...(section.oldUrlPrefixes ?? [])],
    page,
  };
}
