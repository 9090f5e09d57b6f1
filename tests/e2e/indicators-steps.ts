/**
 * The usage-indicator steps the end-to-end specs share (adoption.spec.ts, omnibox.spec.ts): the demo document with
 * indicators on, waiting for a path to be counted, an old address followed through the guidance page, a tool
 * opened from the address bar, IT's "Send now" (options page) that delivers the next batch, and the demo ESN's report
 * read in the browser.
 */
import { expect } from 'vitest';
import type { DayCounts, IndicatorsBatch, PathCount } from '../../utils/indicators/types';
import { buildConfigDocument } from '../demo-esn/content/config-document';
import { describeViolations } from './harness/axe';
import type { DemoEsn } from './harness/demo';
import type { ExtensionSession } from './harness/session';
import { waitForSnapshot } from './harness/snapshot';
import { waitUntil } from './harness/wait';
import { MOVED_SELECTORS, MovedPage } from './pages/moved';
import { OPTIONS_SELECTORS, OptionsPage } from './pages/options';

/** The demo's configuration document with indicators on (or off). */
export function documentWithIndicators(esn: DemoEsn, on: boolean) {
  const configDocument = buildConfigDocument(esn.origin);
  return { ...configDocument, features: { ...configDocument.features, indicators: on } };
}

/** What is counted and not yet sent. */
export async function pendingDays(session: ExtensionSession): Promise<DayCounts[]> {
  return (await session.readLocalStorage<DayCounts[]>('indicatorsPending')) ?? [];
}

/** Waits until the device has counted the path `from → to (id)` today. */
export async function waitForPath(session: ExtensionSession, path: Omit<PathCount, 'count'>): Promise<void> {
  const same = (entry: PathCount) => entry.from === path.from && entry.to === path.to && entry.id === path.id;
  await session.waitForLocalStorage<DayCounts[]>(
    'indicatorsPending',
    (days) => (days ?? []).some((day) => day.paths.some(same)),
    `the path ${path.from} → ${path.to}${path.id ? ` ${path.id}` : ''}, counted`,
  );
}

/** Enters text after the keyword in the browser's address bar, and Enter (how depends on the browser). */
export type AddressBarEnter = (session: ExtensionSession, text: string) => Promise<void>;

/** "ps annuaire", Enter: the directory opens, counted as the path omnibox → tool. Returns the paths expected. */
export async function openDirectoryFromAddressBar(
  session: ExtensionSession,
  enter: AddressBarEnter | undefined,
): Promise<PathCount[]> {
  if (!enter) return [];
  await enter(session, 'annuaire');
  const path = { from: 'omnibox', to: 'tool', id: 'directory' } as const;
  await waitForPath(session, path);
  return [{ ...path, count: 1 }];
}

const INDICATORS_ROW = OPTIONS_SELECTORS.source('indicators');
const SEND_NOW = `${INDICATORS_ROW} [data-testid=it-indicators-send] button`;
const SEND_OUTCOME = `${INDICATORS_ROW} [data-testid=it-indicators-send-outcome]`;

/** The options page with "For IT" and the indicators' details open, as IT opens them (clicks). */
async function indicatorsDiagnostics(session: ExtensionSession): Promise<OptionsPage> {
  const options = await OptionsPage.open(session);
  await options.openForIt();
  await options.page.click(`${INDICATORS_ROW} .it__details > summary`);
  return options;
}

/** IT's "Send now" (options page › For IT › indicators): the outcome the page shows once the ESN answered. */
export async function sendNowFromOptions(session: ExtensionSession): Promise<{ outcome: string; text: string }> {
  const options = await indicatorsDiagnostics(session);
  await options.page.click(SEND_NOW);
  const shown = await options.page.waitForFunction((css: string) => {
    const status = document.querySelector(css);
    const outcome = status?.getAttribute('data-outcome');
    return outcome && outcome !== 'sending' ? { outcome, text: status?.textContent ?? '' } : null;
  }, SEND_OUTCOME);
  await options.close();
  return shown;
}

/** Whether the options page offers "Send now" (only while indicators are on), once the sources are listed. */
export async function sendNowOffered(session: ExtensionSession): Promise<boolean> {
  const options = await indicatorsDiagnostics(session);
  const offered = await options.page.evaluate((css: string) => document.querySelector(css) !== null, SEND_NOW);
  await options.close();
  return offered;
}

/** IT's "Send now": the demo ESN receives one more batch, returned. */
export async function sendNextBatch(session: ExtensionSession, esn: DemoEsn): Promise<IndicatorsBatch> {
  const before = esn.counters().indicatorBatches.length;
  expect(await sendNowFromOptions(session)).toMatchObject({ outcome: 'sent', text: expect.stringContaining('204') });
  await waitUntil(() => esn.counters().indicatorBatches.length === before + 1, { what: 'one more batch received' });
  return esn.counters().indicatorBatches[before] as IndicatorsBatch;
}

/** A page below the canteen's old prefix, with a person's name in it: only the configured prefix may be counted. */
export const PERSONAL_OLD_PAGE = '/rh/cantine/archives/menus-jdupont.aspx?semaine=12';

/**
 * An old address of the demo ESN opened in a tab (an old bookmark below the canteen's old prefix): the guidance page
 * shows, its link is followed to the canteen menus' new address, and the path is counted. Returns the old address
 * as it must be counted: the configured prefix, not the page opened.
 */
export async function followOldAddress(session: ExtensionSession, esn: DemoEsn): Promise<string> {
  await waitForSnapshot(session, (snapshot) => snapshot.sections.guidance.ruleCount > 0, 'the guidance rules');
  const tab = new MovedPage(await session.openPage(esn.url('/')));
  await tab.follow(esn.url(PERSONAL_OLD_PAGE));
  await tab.waitForGuidance();
  // The countdown (5 s) may leave first on a slow machine: both go through the same counted navigation.
  await tab.page.click(MOVED_SELECTORS.link).catch(() => undefined);
  await tab.waitForLocation(esn.url('/services/restauration/menus'));
  await waitForPath(session, { from: 'guidance', to: 'section', id: 'canteen-menus' });
  await tab.page.close();
  return esn.url('/rh/cantine/');
}

/** The same batch sent by `devices` more devices (as a fleet would), straight to the demo ESN's endpoint. */
export async function sendAsMoreDevices(esn: DemoEsn, batch: IndicatorsBatch, devices: number): Promise<void> {
  for (let device = 0; device < devices; device += 1) {
    const response = await fetch(esn.url('/indicateurs'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(response.status).toBe(204);
  }
}

/** Opens the demo ESN's report in a tab: the paths its flow chart draws, once the page passes axe. */
export async function reportChartBands(session: ExtensionSession, esn: DemoEsn): Promise<(string | null)[]> {
  const report = await session.openPage(esn.url('/indicateurs/rapport'));
  const bands = await report.waitForFunction(() => {
    const drawn = [...document.querySelectorAll('[data-chart=paths] path[data-path]')];
    return drawn.length > 0 ? drawn.map((band) => band.getAttribute('data-path')) : null;
  });
  const violations = await report.runAxe();
  expect(violations, describeViolations(violations)).toEqual([]);
  await report.close();
  return bands;
}
