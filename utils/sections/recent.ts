import type { SectionEntry } from '../config/schema';
import type { SectionSummary } from './slice';

const RECENT_COUNT = 5;

/** The latest moves, newest first (entries without a date are left out: they cannot be "recent"). */
export function recentMoves(entries: readonly SectionEntry[], count = RECENT_COUNT): SectionSummary[] {
  return entries
    .filter((entry): entry is SectionEntry & { movedOn: string } => entry.movedOn !== undefined)
    .sort((a, b) => b.movedOn.localeCompare(a.movedOn))
    .slice(0, count)
    .map((entry) => ({
      id: entry.id,
      title: entry.title,
      ...(entry.breadcrumb && { breadcrumb: entry.breadcrumb }),
      newUrl: entry.newUrl,
      movedOn: entry.movedOn,
    }));
}
