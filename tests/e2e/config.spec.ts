/**
 * The configuration capability end to end, written once and run by config.<browser>.test.ts: a real managed
 * policy file (root needed: browsers read policy from /etc), the demo ESN's document, the popup and the
 * options page's diagnostics.
 */
import { expect, it } from 'vitest';
import { describeViolations } from './harness/axe';
import { type DemoEsn, demoConfigUrl, demoLanguage, demoToolLabels, withDemoEsn } from './harness/demo';
import type { PolicyValues } from './harness/policy-file';
import type { ExtensionSession, ExtPage, LaunchOptions } from './harness/session';
import { waitForSnapshot } from './harness/snapshot';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

export type Launch = (options?: LaunchOptions) => Promise<ExtensionSession>;

export interface ConfigBrowser {
  launch: Launch;
  /** Chromium drops a wrong-typed policy value before the extension sees it; Firefox passes it through. */
  wrongTypeReachesExtension: boolean;
  /**
   * The browser's own file turns the launcher off with a policy reload and checks a popup opened afterwards
   * (`expectLauncherRemoved`): Chromium, where a launch with a policy is a browser of its own.
   */
  removesFeatureOnReload?: boolean;
}

const ISSUES = '[data-testid=config-issues]';

async function withPolicy<T>(
  launch: Launch,
  policy: (esn: DemoEsn) => PolicyValues,
  body: (session: ExtensionSession, esn: DemoEsn) => Promise<T>,
): Promise<T> {
  return withDemoEsn(async (esn) => {
    const session = await launch({ policy: policy(esn) });
    try {
      return await body(session, esn);
    } finally {
      await session.close();
    }
  });
}

async function expectDemoTools(session: ExtensionSession): Promise<PopupPage> {
  const popup = await PopupPage.open(session);
  await popup.waitForTools(demoToolLabels('en').length);
  const language = demoLanguage(await popup.language());
  expect((await popup.toolLabels()).sort()).toEqual(demoToolLabels(language).sort());
  return popup;
}

/** The options page with "For IT" open, once its diagnostics are painted. */
async function openDiagnostics(session: ExtensionSession): Promise<ExtPage> {
  const options = await OptionsPage.open(session);
  await options.page.waitForFunction((css: string) => document.querySelector(css) !== null, ISSUES);
  await options.openForIt();
  return options.page;
}

/** A popup opened while a policy turns the launcher off: the page is there, its tools are not. */
export async function expectLauncherRemoved(session: ExtensionSession): Promise<void> {
  const popup = await PopupPage.open(session);
  await popup.waitForContent();
  expect(await popup.page.evaluate(() => document.querySelector('h1')?.textContent ?? '')).not.toBe('');
  expect(await popup.toolCount()).toBe(0);
  expect(await popup.page.evaluate(() => document.querySelector('[data-testid=tools]'))).toBeNull();
}

function issuePaths(page: ExtPage): Promise<string[]> {
  return page.evaluate(
    (css: string) =>
      [...document.querySelectorAll(`${css} [data-path]`)].map((item) => item.getAttribute('data-path') ?? ''),
    ISSUES,
  );
}

function settingSource(page: ExtPage, path: string): Promise<string | null> {
  return page.evaluate(
    (selector: string) => document.querySelector(selector)?.getAttribute('data-source') ?? null,
    `[data-testid=config-settings] tr[data-path="${path}"]`,
  );
}

export function defineConfigTests(browser: ConfigBrowser): void {
  const { launch } = browser;

  // One policy carries what the separate checks used to launch a browser each for (a launch with a policy costs a
  // new browser in Chromium): the address, an inline override, a javascript: link and a wrong-typed value.
  it('applies a policy over the demo ESN’s document, reports its bad values by path, passes axe, and keeps the last good configuration when the ESN serves garbage, across a restart', async () => {
    const name = 'Ruche (policy)';
    await withPolicy(
      launch,
      (esn) => ({
        configUrl: demoConfigUrl(esn),
        esn: { name: { fr: name, en: name } },
        links: { help: 'javascript:alert(1)' },
        polling: { intervalMinutes: 'ten' },
        features: { omnibox: false },
      }),
      async (session, esn) => {
        const popup = await expectDemoTools(session);
        expect(await popup.page.textContent('h1')).toBe(name);
        await popup.close();

        const options = await openDiagnostics(session);
        expect(await settingSource(options, 'configUrl')).toBe('policy');
        expect(await settingSource(options, 'tools')).toBe('document');
        // The user cannot change an address the policy sets.
        expect(await options.evaluate(() => (document.querySelector('#config-url') as HTMLInputElement).disabled)).toBe(
          true,
        );
        expect(await settingSource(options, 'esn.name')).toBe('policy');
        expect(await settingSource(options, 'esn.homeUrl')).toBe('document');
        const paths = await issuePaths(options);
        expect(paths).toContain('links.help');
        expect(await settingSource(options, 'links.help')).toBe('document');
        expect(await settingSource(options, 'features.omnibox')).toBe('policy');
        expect(await settingSource(options, 'polling.intervalMinutes')).toBe('document');
        if (browser.wrongTypeReachesExtension) {
          expect(paths).toContain('polling.intervalMinutes');
        } else {
          // Chromium dropped the whole `polling` key before the extension saw it (chrome://policy says why).
          expect(paths).not.toContain('polling.intervalMinutes');
        }
        const violations = await options.runAxe();
        expect(violations, describeViolations(violations)).toEqual([]);

        esn.setFault('malformed');
        await options.click('#refresh-config');
        await waitForSnapshot(session, (snapshot) => snapshot.config.sync.state === 'stale', 'sync state stale');
        await options.waitForFunction(
          () => document.querySelector('[data-testid=diag-sync]')?.getAttribute('data-state') === 'stale',
        );
        await expectDemoTools(session);
        await session.restart();
        await expectDemoTools(session);
      },
    );
  });

  // Not defined where the browser's own reload test checks it (not skipped either: a test added below still runs).
  if (!browser.removesFeatureOnReload) {
    it('removes a feature turned off by policy from the popup', async () => {
      await withPolicy(
        launch,
        (esn) => ({ configUrl: demoConfigUrl(esn), features: { launcher: false } }),
        async (session) => {
          await waitForSnapshot(
            session,
            (snapshot) => snapshot.config.sync.state === 'ok' && snapshot.launcher.tools.length > 0,
            'the demo configuration applied',
          );
          await expectLauncherRemoved(session);
        },
      );
    });
  }
}
