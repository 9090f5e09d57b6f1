import * as z from 'zod/mini';
import type { DayCounts } from './types';
import { DESTINATIONS, ENTRY_POINTS, POST_VIAS, SEQUENCES } from './vocabulary';

const count = z.number().check(z.int(), z.nonnegative());

/**
 * One day of counts as stored: a damaged day is left out, the other days are kept. Days stored by version 1
 * (no paths, no reading path) read as days without paths, their views as read from Passerelle's news list.
 */
export const dayCountsSchema: z.ZodMiniType<DayCounts> = z.object({
  day: z.string(),
  newsViews: z.array(
    z.object({
      feedId: z.string(),
      itemId: z.string(),
      title: z.optional(z.string()),
      via: z.catch(z.enum(POST_VIAS), 'newsList'),
      views: z.pipe(
        count,
        z.transform((views: number) => Math.min(views, 1)),
      ),
    }),
  ),
  launches: z.array(z.object({ toolId: z.string(), count, viaEsn: count })),
  paths: z.catch(
    z.array(z.object({ from: z.enum(ENTRY_POINTS), to: z.enum(DESTINATIONS), id: z.optional(z.string()), count })),
    [],
  ),
  sequences: z.catch(z.array(z.object({ sequence: z.enum(SEQUENCES), count })), []),
  emptySearches: z.object({ count, queries: z.array(z.object({ text: z.string(), count })) }),
  guidanceShown: z.array(z.object({ sectionId: z.string(), oldAddress: z.string(), count })),
}) as unknown as z.ZodMiniType<DayCounts>;

/**
 * A stored day as the code reads it: days stored before paths existed (same item version, a compatible
 * extension of the format) get empty paths and sequences, and their posts the news-list path, counted once.
 */
export function withDayDefaults(day: DayCounts): DayCounts {
  const stored = day as Partial<DayCounts> & DayCounts;
  return {
    ...stored,
    newsViews: stored.newsViews.map((view) => ({
      ...view,
      via: view.via ?? 'newsList',
      views: Math.min(view.views, 1),
    })),
    paths: stored.paths ?? [],
    sequences: stored.sequences ?? [],
  };
}
