import type { SectionEntry } from '../config/schema';

/** What a search result or a suggestion shows of a section: all the popup loads besides the index. */
export type SectionDisplay = Pick<SectionEntry, 'id' | 'title' | 'breadcrumb' | 'movedOn'>;

export function toDisplay(entry: SectionEntry): SectionDisplay {
  return {
    id: entry.id,
    title: entry.title,
    ...(entry.breadcrumb && { breadcrumb: entry.breadcrumb }),
    ...(entry.movedOn && { movedOn: entry.movedOn }),
  };
}
