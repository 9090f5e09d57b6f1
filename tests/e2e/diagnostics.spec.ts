/**
 * IT's diagnostics end to end, written once and run in each browser by diagnostics.<browser>.test.ts, against
 * the demo ESN: a CSV exported with French headers and two bad rows loads and "For IT" says how many entries
 * and which rows were refused and why; a feed served truncated is named with its reason there and in the popup;
 * the support bundle holds each source's state and nothing personal; axe finds nothing on the open page.
 */
import { expect, it } from 'vitest';
import type { SectionMatch } from '../../utils/sections/section-result';
import { buildConfigDocument } from '../demo-esn/content/config-document';
import { FRENCH_EXPORT_BAD_ROWS } from '../demo-esn/content/sections-french-export';
import { sectionEntries } from '../demo-esn/content/sections-index';
import { describeViolations } from './harness/axe';
import { demoConfigUrl, withDemoEsn } from './harness/demo';
import { sendMessage } from './harness/send-message';
import type { ExtensionSession, LaunchOptions } from './harness/session';
import { waitForSnapshot } from './harness/snapshot';
import { OptionsPage } from './pages/options';
import { POPUP_SELECTORS, PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

const TRUNCATED_FEED = 'actualites';

export function defineDiagnosticsTests(launch: Launch): void {
  it('shows IT every source: the French CSV with its two refused rows, the truncated feed, the bundle', async () => {
    await withDemoEsn(async (esn) => {
      const configDocument = buildConfigDocument(esn.origin);
      esn.setConfigDocument({ ...configDocument, sections: { url: esn.url('/passerelle/sections.csv') } });
      esn.setSectionsCsvMode('frenchExport');
      // And the configuration document as Windows PowerShell 5.1 writes it: UTF-16 with a BOM.
      esn.setConfigEncoding('utf-16le');
      esn.setFault('malformed', { paths: [`/feeds/${TRUNCATED_FEED}.rss`] });
      const feed = configDocument.feeds?.find((candidate) => candidate.id === TRUNCATED_FEED);
      const feedName = typeof feed?.label === 'string' ? feed.label : (feed?.label.en ?? '');
      const good = sectionEntries(esn.origin).length;
      const session = await launch();
      try {
        await session.setUserSettings({ configUrl: demoConfigUrl(esn) });
        const snapshot = await waitForSnapshot(
          session,
          (current) =>
            current.sections.issueCount === FRENCH_EXPORT_BAD_ROWS.length &&
            current.news.feeds.some((view) => view.id === TRUNCATED_FEED && view.problem?.refusal === 'truncated'),
          'French CSV loaded with its refused rows, and the truncated feed refused',
        );

        const options = await OptionsPage.open(session);
        await options.waitForContent();
        await options.openForIt();
        const sections = await options.waitForSource('sections', /entries/);
        expect(sections.summary).toBe(`${good} entries, ${FRENCH_EXPORT_BAD_ROWS.length} rows refused`);
        expect(sections.level).toBe('warning');
        const feedRow = await options.waitForSource(`feed-${TRUNCATED_FEED}`, /cut off/);
        expect(feedRow).toMatchObject({ level: 'error', name: `Feed “${feedName}”` });
        expect(feedRow.summary).toMatch(/truncated/);

        await options.openAllDetails();
        expect(await options.sourceText('sections')).toMatch(/windows-1252 — the file is not UTF-8/);
        const refused = await options.refusedRows();
        expect(refused.map(({ row, id }) => ({ row, id }))).toEqual(
          FRENCH_EXPORT_BAD_ROWS.map(({ row, id }) => ({ row, id })),
        );
        expect(refused[0]?.reason).toMatch(/^newUrl: .* — write the full new address/);
        expect(refused[1]?.reason).toMatch(/^movedOn: .* — write the date as YYYY-MM-DD/);
        const violations = await options.page.runAxe();
        expect(violations, describeViolations(violations)).toEqual([]);

        const bundle = (await options.supportBundle()) as Record<string, unknown> & {
          sources: Record<string, unknown> & { feeds: { id: string; refusal?: string; level: string }[] };
        };
        expect(bundle.sources.document).toMatchObject({ url: demoConfigUrl(esn), state: 'ok', httpStatus: 200 });
        expect(bundle.sources.sections).toMatchObject({
          url: esn.url('/passerelle/sections.csv'),
          entryCount: good,
          issueCount: FRENCH_EXPORT_BAD_ROWS.length,
          // Excel's "CSV (séparateur : point-virgule)": windows-1252, no BOM, no charset from the server.
          source: { format: 'csv', separator: ';', encoding: { name: 'windows-1252', from: 'guess' } },
        });
        const columns = (bundle.sources.sections as { source: { columns: unknown[] } }).source.columns;
        expect(columns).toContainEqual({ header: 'Mots-clés', field: 'keywords' });
        expect(columns).toContainEqual({ header: 'Date du déménagement', field: 'moved_on' });
        expect(columns).toContainEqual({ header: 'Fil d’Ariane (FR)', field: 'breadcrumb_fr' });
        expect(bundle.sources.feeds).toContainEqual(
          expect.objectContaining({ id: TRUNCATED_FEED, refusal: 'truncated', level: 'error' }),
        );
        expect(bundle.sources.indicators).toMatchObject({ enabled: false });
        const text = JSON.stringify(bundle);
        for (const item of snapshot.news.items) {
          expect(text).not.toContain(item.title);
          expect(text).not.toContain(item.key);
        }
        await options.close();

        // é and ’ (0x92 in windows-1252) as written in the sheet, not U+FFFD.
        const found = (await sendMessage(session, 'findSections', { query: 'emploi', limit: 1 })) as SectionMatch[];
        expect(found[0]?.display.title).toEqual({ fr: 'Offres d’emploi internes', en: 'Internal job offers' });

        const popup = await PopupPage.open(session);
        await popup.waitForContent();
        const status = await popup.page.waitForFunction((css: string) => {
          const text = document.querySelector(css)?.textContent ?? '';
          return /cut off/.test(text) ? text : null;
        }, POPUP_SELECTORS.newsStatus);
        expect(status).toContain(
          `“${feedName}” could not be updated: the feed was cut off before its end (truncated).`,
        );
      } finally {
        await session.close();
      }
    });
  });
}
