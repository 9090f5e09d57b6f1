/**
 * The upgrade across a stored-format change, through the browser's real update path: version N is the previous
 * release's own code (0.1.0, news database schema 2), version N+1 the tested build (schema 3). The user's data is
 * made by N and written in N's formats; N+1 must migrate it (utils/news/store-migrations.ts), drop nothing, and
 * show the same data.
 */
import { expect, it } from 'vitest';
import { NEWS_DB_NAME, NEWS_DB_VERSION } from '../../utils/news/db-identity';
import { type DeployBrowser, makeUserData, upgradeThroughBrowser, withDeployment } from './deploy-steps';
import { PREVIOUS_RELEASE, previousReleaseBuilds } from './harness/previous-release';
import type { ExtensionSession } from './harness/session';
import { waitUntil } from './harness/wait';

/** The release's schema version, and what it stored: each news item's feeds, and the read marks. */
interface StoredNews {
  version: number | undefined;
  items: { key: string; feedId: string; feedIds?: unknown }[];
  reads: string[];
}

function storedNews(session: ExtensionSession): Promise<StoredNews> {
  return session.evaluateInExtension(async (name: string) => {
    const version = (await indexedDB.databases()).find((database) => database.name === name)?.version;
    // Opened without a version: never upgrades, reads whatever the running release stored.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Anonymous callbacks only: this function is serialised into the page.
    const [items, reads] = await Promise.all(
      ['items', 'reads'].map(
        (store) =>
          new Promise<unknown[]>((resolve, reject) => {
            const objectStore = db.transaction(store).objectStore(store);
            const request = store === 'reads' ? objectStore.getAllKeys() : objectStore.getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return { version, items: items as StoredNews['items'], reads: reads as string[] };
  }, NEWS_DB_NAME);
}

export function defineFormatUpgradeTest(browser: DeployBrowser): void {
  it(`upgrades from release ${PREVIOUS_RELEASE.version}'s own code and stored formats, migrating the news database`, async () => {
    await withDeployment(async (deployment) => {
      const { esn, server, published } = deployment;
      const session = await browser.launchManaged(published, `${server.dir}/policy-templates`);
      try {
        const userData = await makeUserData(session, esn);
        const before = await storedNews(session);
        // N really is the older format: schema 2, items with one owning feed and no feedIds.
        expect(before.version).toBe(2);
        expect(before.version).toBeLessThan(NEWS_DB_VERSION);
        expect(before.items.length).toBeGreaterThanOrEqual(2);
        expect(before.items.every((item) => item.feedIds === undefined)).toBe(true);
        expect(before.reads).toContain(userData.readKey);

        const after = await upgradeThroughBrowser(browser, session, deployment);
        expect(userData.of(after)).toEqual(userData.expected);
        // N+1 can publish its first snapshot (the news part from the kept copy) before its news store first opens the
        // database, which is when the migration runs (utils/news/background.ts opens it at first use): wait for it.
        await waitUntil(async () => (await storedNews(session)).version === NEWS_DB_VERSION, {
          what: `the news database at version ${NEWS_DB_VERSION}`,
        });
        const migrated = await storedNews(session);
        expect(migrated.version).toBe(NEWS_DB_VERSION);
        // Every item N stored is still there, now listing its feed (the 2 → 3 step), and the read mark is kept.
        expect(migrated.items.map((item) => item.key)).toEqual(expect.arrayContaining(before.items.map((i) => i.key)));
        for (const item of migrated.items) expect(item.feedIds).toContain(item.feedId);
        expect(migrated.reads).toContain(userData.readKey);
        // Migrated, not repaired: nothing was dropped or reset on the way.
        expect((await session.readLocalStorage<unknown[]>('storageRepairs')) ?? []).toEqual([]);
      } finally {
        await session.close();
      }
    }, previousReleaseBuilds());
  }, 300_000);
}
