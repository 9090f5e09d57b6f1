/**
 * Storage that heals itself, end to end, written once and run in each browser by storage.<browser>.test.ts:
 * a damaged popup snapshot and a damaged paint cache never blank the popup; the repair shows in the diagnostics.
 */
import { expect, it } from 'vitest';
import { describeViolations } from './harness/axe';
import { demoConfigUrl, demoToolLabels, withDemoEsn } from './harness/demo';
import type { ExtensionSession, LaunchOptions } from './harness/session';
import { readSnapshot, waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

const PAINT_CACHE_KEY = 'passerelle.paintCache';

interface StorageApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

async function withSession<T>(launch: Launch, body: (session: ExtensionSession) => Promise<T>): Promise<T> {
  const session = await launch();
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}

/** Configured on the demo ESN, with the popup opened once (so it kept its paint cache). */
async function configuredWithTools(session: ExtensionSession, configUrl: string): Promise<void> {
  await session.setUserSettings({ configUrl });
  await waitForSnapshot(session, (snapshot) => snapshot.launcher.tools.length > 0, 'the demo tools published');
  const popup = await PopupPage.open(session);
  await popup.waitForTools(demoToolLabels('en').length);
  await popup.close();
}

export function defineStorageTests(launch: Launch): void {
  defineSnapshotRepairTest(launch);
  definePaintCacheTest(launch);
}

export function defineSnapshotRepairTest(launch: Launch): void {
  it('repairs a damaged popup snapshot at the next start: the popup paints its tools, the diagnostics say so', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        await configuredWithTools(session, demoConfigUrl(esn));
        // The news and the sections published too: a publish still on its way would write its healthy snapshot
        // over the damage below (it read the snapshot before), and there would be nothing to repair.
        await waitForSnapshot(
          session,
          (snapshot) => snapshot.news.items.length > 0 && snapshot.sections.entryCount > 0,
          'the news and the sections published',
        );
        // A crash mid-write: two slices of the wrong shape, written until they are what is stored.
        const stored = await readSnapshot(session);
        const damaged = { ...stored, launcher: { tools: 'broken' }, news: 42 };
        await waitUntil(
          async () => {
            await session.evaluateInExtension((popupSnapshot: unknown) => {
              const scope = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
              return (scope.browser ?? scope.chrome)?.storage.local.set({ popupSnapshot });
            }, damaged);
            const now = (await readSnapshot(session)) as unknown as typeof damaged | undefined;
            return now?.launcher.tools === 'broken' && now.news === 42;
          },
          { what: 'the damaged snapshot stored' },
        );
        await session.restart();
        // One opening, as a person would: the popup's messages also wake a background the browser had stopped.
        const popup = await PopupPage.open(session);
        await waitForSnapshot(
          session,
          (snapshot) => Array.isArray(snapshot.launcher.tools) && snapshot.launcher.tools.length > 0,
          'the launcher slice published again',
          60_000,
        );
        await popup.waitForTools(demoToolLabels('en').length);
        expect(await popup.showsFailure()).toBe(false);
        await popup.close();

        const options = await OptionsPage.open(session);
        expect(await options.waitForStorageRepair('local:popupSnapshot')).toContain('local:popupSnapshot');
        const violations = await options.page.runAxe();
        expect(violations, describeViolations(violations)).toEqual([]);
      }),
    );
  });
}

export function definePaintCacheTest(launch: Launch): void {
  it('paints the popup from storage at the first opening when its paint cache holds bad contents', async () => {
    await withDemoEsn((esn) =>
      withSession(launch, async (session) => {
        await configuredWithTools(session, demoConfigUrl(esn));
        // The right top-level shape, the right version, tools that cannot be painted.
        await session.evaluateInExtension((key: string) => {
          const entry = JSON.parse(localStorage.getItem(key) ?? 'null');
          entry.snapshot.launcher.tools = [{ id: 1, label: null }, 'broken'];
          localStorage.setItem(key, JSON.stringify(entry));
        }, PAINT_CACHE_KEY);
        const popup = await PopupPage.open(session);
        await popup.waitForTools(demoToolLabels('en').length);
        expect(await popup.showsFailure()).toBe(false);
        // The page kept a good copy again for the next opening.
        const kept = await session.evaluateInExtension(
          (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.snapshot?.launcher?.tools?.length ?? 0,
          PAINT_CACHE_KEY,
        );
        expect(kept).toBe(demoToolLabels('en').length);
      }),
    );
  });
}
