/**
 * The address-bar keyword end to end, against the demo ESN: "ps" and a few letters typed in the browser's real
 * address bar list the extension's suggestions; choosing one with the keyboard opens it as the popup does (a tool
 * through the ESN's launch route, a relocated section at its new address). Indicators are on: the next batch holds
 * the path address-bar keyword → tool or section, and no other.
 *
 * Run in Firefox only (omnibox.firefox.test.ts): WebDriver BiDi can reach Firefox's browser window. Chromium
 * offers no way in: headless Chromium has no browser UI, and neither CDP nor playwright drives the omnibox (its
 * adoption test dispatches the Enter to the extension's listener instead, adoption.chromium.test.ts).
 */
import { expect, it } from 'vitest';
import { SECTIONS } from '../demo-esn/content/sections';
import { TOOLS } from '../demo-esn/content/tools';
import type { Lang } from '../demo-esn/lang';
import { type DemoEsn, demoConfigUrl, demoLanguage, requestsFor, withDemoEsn } from './harness/demo';
import type { ExtensionSession } from './harness/session';
import { waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';
import { documentWithIndicators, sendNextBatch, waitForPath } from './indicators-steps';
import type { AddressBar, AddressBarRow } from './pages/address-bar';

const KEYWORD = 'ps';

/** Points the extension at the demo ESN; waits for its tools and its relocated sections index. */
async function configure(session: ExtensionSession, esn: DemoEsn): Promise<void> {
  await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
  await waitForSnapshot(
    session,
    (snapshot) => snapshot.launcher.tools.length === TOOLS.length && snapshot.sections.entryCount > 0,
    'tools and sections index',
  );
}

/** The language the extension shows its suggestions in: the browser's. */
async function uiLanguage(session: ExtensionSession): Promise<Lang> {
  const language = await session.evaluateInExtension(() => {
    type I18n = { i18n: { getUILanguage(): string } };
    const scope = globalThis as unknown as { browser?: I18n; chrome?: I18n };
    return (scope.browser ?? scope.chrome)?.i18n.getUILanguage() ?? '';
  });
  return demoLanguage(language);
}

/** The extension's suggestions: the rows after the keyword's default one. */
const suggestionTitles = (rows: AddressBarRow[]) => rows.filter((row) => !row.heuristic).map((row) => row.title);

/** A suggestion reads "<label> — <detail>". */
const labelOf = (title: string) => title.split(' — ')[0];

export function defineOmniboxTests<Session extends ExtensionSession>(
  launch: () => Promise<Session>,
  addressBarOf: (session: Session) => AddressBar,
): void {
  async function withKeyword(body: (esn: DemoEsn, bar: AddressBar, language: Lang, session: Session) => Promise<void>) {
    await withDemoEsn(async (esn) => {
      esn.setConfigDocument(documentWithIndicators(esn, true));
      const session = await launch();
      try {
        await configure(session, esn);
        const language = await uiLanguage(session);
        // A tab of its own: Enter opens in the current tab, which must not be the harness's control page.
        await session.openPage('about:blank');
        await body(esn, addressBarOf(session), language, session);
      } finally {
        await session.close();
      }
    });
  }

  it('suggests the vehicle booking for "ps vehicule" (accent-insensitive) and opens it through the ESN', async () => {
    await withKeyword(async (esn, bar, language, session) => {
      const tool = TOOLS.find((candidate) => candidate.id === 'vehicle-booking');
      if (!tool) throw new Error('The demo ESN has no vehicle booking.');
      await bar.type(`${KEYWORD} vehicule`);
      const rows = await bar.waitForRows((shown) => suggestionTitles(shown).length > 0, 'the extension’s suggestions');
      const [first] = suggestionTitles(rows);
      // French: "Réservation de véhicule"; the English label is found too, "vehicule" matching both languages.
      expect(labelOf(first ?? '')).toBe(tool.label[language]);
      expect(esn.counters().launches).toEqual({});

      await bar.choose(first ?? '');
      await waitUntil(() => (esn.counters().launches['vehicle-booking'] ?? 0) === 1, { what: 'the launch via /go/' });
      const toolUrl = esn.url('/apps/vehicle-booking');
      await waitUntil(async () => (await bar.tabUrls()).includes(toolUrl), { what: `a tab on ${toolUrl}` });
      expect(esn.counters().launches).toEqual({ 'vehicle-booking': 1 });
      // Counted as the path address-bar keyword → tool, and sent in the next batch.
      const path = { from: 'omnibox', to: 'tool', id: 'vehicle-booking' } as const;
      await waitForPath(session, path);
      const [day] = (await sendNextBatch(session, esn)).days;
      expect(day?.paths).toEqual([{ ...path, count: 1 }]);
      expect(day?.launches).toEqual([{ toolId: 'vehicle-booking', count: 1, viaEsn: 1 }]);
    });
  });

  it('suggests the canteen menus for "ps cantine" and opens their new address', async () => {
    await withKeyword(async (esn, bar, language, session) => {
      const section = SECTIONS.find((candidate) => candidate.id === 'canteen-menus');
      if (!section) throw new Error('The demo ESN has no canteen menus.');
      await bar.type(`${KEYWORD} cantine`);
      const rows = await bar.waitForRows(
        (shown) => suggestionTitles(shown).some((title) => labelOf(title) === section.title[language]),
        'the canteen menus',
      );
      const title = suggestionTitles(rows).find((candidate) => labelOf(candidate) === section.title[language]);

      await bar.choose(title ?? '');
      const newUrl = esn.url(section.newPath);
      await waitUntil(() => requestsFor(esn, section.newPath) === 1, { what: 'the new address requested' });
      await waitUntil(async () => (await bar.tabUrls()).includes(newUrl), { what: `a tab on ${newUrl}` });
      // A section is not a tool: nothing went through the launch route.
      expect(esn.counters().launches).toEqual({});
      const path = { from: 'omnibox', to: 'section', id: 'canteen-menus' } as const;
      await waitForPath(session, path);
      const [day] = (await sendNextBatch(session, esn)).days;
      expect(day?.paths).toEqual([{ ...path, count: 1 }]);
      expect(day?.sequences).toEqual([]);
    });
  });
}
