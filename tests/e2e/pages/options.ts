/** The options page, opened as `options.html` in a tab. Selectors live here only; capabilities extend it. */
import type { ExtensionSession, ExtPage } from '../harness/session';

export const OPTIONS_SELECTORS = {
  root: '#app',
  /** One item per stored value repaired when read (components/options/StorageRepairsList.tsx). */
  storageRepairs: '[data-testid=storage-repairs] li',
  forIt: '[data-testid=for-it]',
  forItToggle: '[data-testid=for-it] > summary',
  sources: '[data-testid=it-sources] .it__sources',
  source: (id: string) => `[data-testid="it-source-${id}"]`,
  summary: '[data-testid=it-summary]',
  sectionsRefusedRows: '[data-testid=it-sections-refused] tbody tr',
} as const;

export class OptionsPage {
  private constructor(readonly page: ExtPage) {}

  static async open(session: ExtensionSession): Promise<OptionsPage> {
    return new OptionsPage(await session.openPage('options.html'));
  }

  /** Waits until the options page has rendered something. */
  async waitForContent(): Promise<void> {
    await this.page.waitForFunction(
      (css: string) => (document.querySelector(css)?.childElementCount ?? 0) > 0,
      OPTIONS_SELECTORS.root,
    );
  }

  /** Waits until the diagnostics list a repair of the stored value `key`, and returns the keys listed. */
  async waitForStorageRepair(key: string): Promise<string[]> {
    await this.page.waitForFunction(
      ({ css, wanted }: { css: string; wanted: string }) =>
        [...document.querySelectorAll(css)].some((item) => item.getAttribute('data-key') === wanted),
      { css: OPTIONS_SELECTORS.storageRepairs, wanted: key },
    );
    return this.page.evaluate(
      (css: string) => [...document.querySelectorAll(css)].map((item) => item.getAttribute('data-key') ?? ''),
      OPTIONS_SELECTORS.storageRepairs,
    );
  }

  /** Opens "For IT" the way a person does (a click on its summary) and waits for the sources' states. */
  async openForIt(): Promise<void> {
    await this.page.waitForFunction((css: string) => document.querySelector(css) !== null, OPTIONS_SELECTORS.forIt);
    await this.page.click(OPTIONS_SELECTORS.forItToggle);
    await this.page.waitForFunction(
      (css: { forIt: string; sources: string }) =>
        (document.querySelector(css.forIt) as HTMLDetailsElement | null)?.open === true &&
        document.querySelector(css.sources) !== null,
      { forIt: OPTIONS_SELECTORS.forIt, sources: OPTIONS_SELECTORS.sources },
    );
  }

  /** Opens every source's details too (the page with both sections fully open). */
  async openAllDetails(): Promise<void> {
    await this.page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
  }

  /** Waits until a source's one-line summary matches, and returns it with the source's level. */
  async waitForSource(id: string, pattern: RegExp): Promise<{ summary: string; level: string; name: string }> {
    const css = { source: OPTIONS_SELECTORS.source(id), summary: OPTIONS_SELECTORS.summary };
    await this.page.waitForFunction(
      (arg: typeof css & { pattern: string }) =>
        new RegExp(arg.pattern).test(document.querySelector(`${arg.source} ${arg.summary}`)?.textContent ?? ''),
      { ...css, pattern: pattern.source },
    );
    return this.page.evaluate(
      (arg: typeof css) => ({
        summary: document.querySelector(`${arg.source} ${arg.summary}`)?.textContent ?? '',
        level: document.querySelector(arg.source)?.getAttribute('data-level') ?? '',
        name: document.querySelector(`${arg.source} strong`)?.textContent ?? '',
      }),
      css,
    );
  }

  /** All a source's row says, its details included (open them first). */
  sourceText(id: string): Promise<string> {
    return this.page.evaluate(
      (css: string) => document.querySelector(css)?.textContent ?? '',
      OPTIONS_SELECTORS.source(id),
    );
  }

  /** The refused rows of the sections index as listed: number, id and reason. */
  refusedRows(): Promise<{ row: number; id: string; reason: string }[]> {
    return this.page.evaluate(
      (css: string) =>
        [...document.querySelectorAll(css)].map((tr) => ({
          row: Number(tr.getAttribute('data-row')),
          id: tr.querySelector('td')?.textContent ?? '',
          reason: tr.querySelector('td:last-child')?.textContent ?? '',
        })),
      OPTIONS_SELECTORS.sectionsRefusedRows,
    );
  }

  /** The support bundle the page would copy or download, asked of the background as the page asks it. */
  supportBundle(): Promise<unknown> {
    return this.page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      const answer = (await api.runtime.sendMessage({
        id: 1,
        type: 'getSupportBundle',
        data: undefined,
        timestamp: Date.now(),
      })) as { res?: unknown } | undefined;
      return answer && typeof answer === 'object' && 'res' in answer ? answer.res : answer;
    });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
