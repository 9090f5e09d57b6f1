/**
 * The news store (IndexedDB `passerelle-news`, utils/news/store.ts) read from the running extension: the
 * extension's own tab shares the background's origin, so it sees the records the background wrote.
 */
import type { FeedState } from '../../../utils/news/feed-state';
import type { StoredItem } from '../../../utils/news/store';
import type { ExtensionSession } from './session';

export interface NewsStoreDump {
  feeds: FeedState[];
  items: StoredItem[];
}

export function readNewsStore(session: ExtensionSession): Promise<NewsStoreDump> {
  return session.evaluateInExtension(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('passerelle-news');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const transaction = db.transaction(['feeds', 'items']);
      const [feeds, items] = await Promise.all(
        ['feeds', 'items'].map(
          (name) =>
            new Promise<unknown[]>((resolve, reject) => {
              const request = transaction.objectStore(name).getAll();
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      return { feeds, items } as unknown as NewsStoreDump;
    } finally {
      db.close();
    }
  });
}
