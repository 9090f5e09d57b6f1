/**
 * The demo ESN (tests/demo-esn/server.ts) as the end-to-end tests use it: where the extension is pointed, and
 * what it is expected to show.
 */
import { TOOLS } from '../../demo-esn/content/tools';
import type { Lang } from '../../demo-esn/lang';
import { type DemoEsn, startDemoEsn } from '../../demo-esn/server';

export type { DemoEsn, FaultMode, FaultOptions } from '../../demo-esn/server';
export { startDemoEsn };

/** Where the organisation's configuration document is served. */
export const CONFIG_PATH = '/passerelle/config.json';

export function demoConfigUrl(esn: Pick<DemoEsn, 'url'>): string {
  return esn.url(CONFIG_PATH);
}

/** The launcher labels the demo's configuration document lists, in its order. */
export function demoToolLabels(language: Lang): string[] {
  return TOOLS.map((tool) => tool.label[language]);
}

/** The page's language as the demo's content is written in it (the extension follows the browser's language). */
export function demoLanguage(pageLanguage: string): Lang {
  return pageLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** How many requests the demo received for `path` (0 when it never did). */
export function requestsFor(esn: Pick<DemoEsn, 'counters'>, path: string): number {
  return esn.counters().paths[path]?.requests ?? 0;
}

/** Starts the demo ESN, runs `body`, and always closes it. */
export async function withDemoEsn<T>(body: (esn: DemoEsn) => Promise<T>): Promise<T> {
  const esn = await startDemoEsn();
  try {
    return await body(esn);
  } finally {
    await esn.close();
  }
}
