/** What the demo ESN serves from its sections (sections.ts): the index entries, and the lookups by address. */
import type { SectionEntry } from '../../../utils/config/schema';
import type { DemoSection } from './demo-section';
import { SECTIONS } from './sections';

/** "/…" → an address on the demo ESN; anything else is already absolute. */
export function absolute(origin: string, pathOrUrl: string): string {
  return pathOrUrl.startsWith('/') ? `${origin}${pathOrUrl}` : pathOrUrl;
}

/** The index entries in the shape of `sectionEntrySchema`. */
export function sectionEntries(origin: string): SectionEntry[] {
  return SECTIONS.map((section) => ({
    id: section.id,
    title: { ...section.title },
    aliases: [...section.aliases],
    keywords: [...section.keywords],
    ...(section.oldUrls.length > 0 && { oldUrls: section.oldUrls.map((url) => absolute(origin, url)) }),
    ...(section.oldUrlPrefixes.length > 0 && {
      oldUrlPrefixes: section.oldUrlPrefixes.map((url) => absolute(origin, url)),
    }),
    newUrl: absolute(origin, section.newPath),
    breadcrumb: { ...section.breadcrumb },
    movedOn: section.movedOn,
    note: { ...section.note },
  }));
}

export function findSectionByNewPath(path: string): DemoSection | undefined {
  return SECTIONS.find((section) => section.newPath === path);
}

/** The section an old address of the demo ESN belonged to (exact address first, then prefixes). */
export function findSectionByOldPath(path: string): DemoSection | undefined {
  return (
    SECTIONS.find((section) => section.oldUrls.includes(path)) ??
    SECTIONS.find((section) =>
      section.oldUrlPrefixes.some((prefix) => prefix.startsWith('/') && path.startsWith(prefix)),
    )
  );
}
