/**
 * The sections store's records, checked when read. A damaged entry is left out; a damaged index description
 * reads as "no index", so the next refresh rebuilds it from its sources (the index file and the configuration).
 * Each repair is logged for the diagnostics.
 */
import * as z from 'zod/mini';
import type { SectionEntry } from '../config/schema';
import { sectionEntrySchema } from '../config/schema';
import { recordRepairs } from '../storage-health/repairs';
import type { StoredIndexMeta } from './store';

export const SECTIONS_META_KEY = 'idb:passerelle-sections/meta';
const SECTIONS_ENTRIES_KEY = 'idb:passerelle-sections/entries';

const storedIndexMetaSchema = z.object({
  builtAt: z.number(),
  format: z.optional(z.number()),
  entriesRevision: z.optional(z.number()),
  entryCount: z.number(),
  origin: z.object({
    url: z.optional(z.string()),
    etag: z.optional(z.string()),
    lastModified: z.optional(z.string()),
    inlineKey: z.string(),
  }),
  search: z.string(),
  display: z.string(),
  issues: z.array(z.object({ row: z.number(), id: z.optional(z.string()), reason: z.string() })),
  issueCount: z.number(),
});

export async function checkedMeta(meta: unknown): Promise<StoredIndexMeta | undefined> {
  if (meta === undefined) return undefined;
  const parsed = storedIndexMetaSchema.safeParse(meta);
  if (parsed.success) return meta as StoredIndexMeta;
  await recordRepairs(SECTIONS_META_KEY, [
    { path: '(whole value)', reason: parsed.error.issues[0]?.message ?? 'invalid' },
  ]);
  return undefined;
}

export async function checkedEntries(entries: unknown[]): Promise<SectionEntry[]> {
  const kept: SectionEntry[] = [];
  const dropped: { path: string; reason: string }[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsed = sectionEntrySchema.safeParse(entry);
    if (parsed.success) kept.push(entry as SectionEntry);
    else dropped.push({ path: `[${index}]`, reason: parsed.error.issues[0]?.message ?? 'invalid' });
  }
  await recordRepairs(SECTIONS_ENTRIES_KEY, dropped);
  return kept;
}
