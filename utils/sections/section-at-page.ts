import type { SectionEntry } from '../config/schema';
import { findEntryByNewPage, openSectionsDb } from './store';

/**
 * The relocated section whose new page this is, in the stored index: two lookups by address, never a full load
 * (the companion's finder). Null when none, or when the index cannot be read.
 */
export async function sectionAtNewPage(url: string): Promise<SectionEntry | null> {
  try {
    const db = await openSectionsDb();
    try {
      return (await findEntryByNewPage(db, url)) ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
