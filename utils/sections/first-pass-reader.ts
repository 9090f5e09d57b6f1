/**
 * The popup's first pass, read from IndexedDB without the background (loaded on demand: never in the popup's
 * first bundle). Until the background answers, a query typed at once is answered from the titles alone: a service
 * worker that has just started needs far longer to load the full index than the popup to read the titles.
 */
import type { LocalizedText } from '../config/schema';
import type { SectionDisplay } from './display';
import { scanTitles } from './first-pass';
import type { SectionMatch } from './section-result';
import { openSectionsDb, type SectionsDatabase } from './sections-db';
import { checkedTitlesRecord } from './titles-record';

export type FirstPassFinder = (query: string, limit: number) => Promise<SectionMatch[]>;

const isText = (value: unknown): boolean => typeof value === 'string' && value !== '';

const isLocalizedText = (value: unknown): value is LocalizedText =>
  isText(value) || (typeof value === 'object' && value !== null && Object.values(value).every(isText));

/** What a result shows of a stored entry; null when the entry lacks what it needs (it is then not shown). */
function displayOf(value: unknown): SectionDisplay | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, title, breadcrumb, movedOn } = value as Record<string, unknown>;
  if (!isText(id) || !isLocalizedText(title)) return null;
  return {
    id: id as string,
    title,
    ...(isLocalizedText(breadcrumb) && { breadcrumb }),
    ...(isText(movedOn) && { movedOn: movedOn as string }),
  };
}

async function displaysOf(db: SectionsDatabase, ids: readonly string[]): Promise<(SectionDisplay | null)[]> {
  const store = db.transaction('entries').store;
  return (await Promise.all(ids.map((id) => store.get(id)))).map(displayOf);
}

/**
 * The finder over the titles of the index built at `builtAt` (the popup's snapshot); null when the stored titles
 * belong to another build or cannot be read: the popup then waits for the background, as before.
 */
export async function openFirstPass(builtAt: number): Promise<FirstPassFinder | null> {
  const db = await openSectionsDb();
  // The background may need the database for an upgrade: the popup never holds it up.
  db.addEventListener('versionchange', () => db.close());
  const record = checkedTitlesRecord(await db.get('titles', 'current'));
  if (record?.builtAt !== builtAt) {
    db.close();
    return null;
  }
  const scan = scanTitles(record);
  return async (query, limit) => {
    const hits = scan.find(query, limit);
    if (hits.length === 0) return [];
    const displays = await displaysOf(
      db,
      hits.map((hit) => hit.id),
    );
    return hits.flatMap((hit, rank) => {
      const display = displays[rank];
      // Scores only order the results within the source: the first hit is the best.
      return display ? [{ display, score: hits.length - rank, terms: hit.terms }] : [];
    });
  };
}
