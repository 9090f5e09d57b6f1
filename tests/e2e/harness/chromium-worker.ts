/**
 * Chromium's extension service worker, stopped as the browser stops it after 30 s idle: the next event starts it
 * afresh, and what it loads lazily (utils/lazy: importScripts of the copies Chromium kept at install) must load
 * again. Firefox's event page is not stopped this way: these return null there.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import type { ExtensionSession } from './session';
import { waitUntil } from './wait';

/** Chromium's playwright context (ChromiumSession.browserContext), or null in Firefox. */
function chromiumContext(session: ExtensionSession): BrowserContext | null {
  return session.browserName === 'chromium'
    ? ((session as { browserContext?: BrowserContext }).browserContext ?? null)
    : null;
}

/** Set in the worker's global scope before it is stopped: a worker started afresh does not have it. */
const BEFORE_STOP = 'passerelleTestBeforeStop';

/** A CDP session that hears each running status the extension's worker goes through, until closed. */
async function watchStatuses(context: BrowserContext, session: ExtensionSession, heard: (status: string) => void) {
  const page = await context.newPage();
  const devtools = await context.newCDPSession(page);
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(session.extensionOrigin)) heard(version.runningStatus);
    }
  });
  await devtools.send('ServiceWorker.enable');
  return {
    devtools,
    close: async () => {
      await devtools.detach();
      await page.close();
    },
  };
}

/**
 * Marks the worker, stops it over CDP and waits until it is stopped (playwright neither fires the worker's close
 * event on a CDP stop nor makes a new Worker after the restart: hence the CDP event and the mark).
 */
export async function stopChromiumWorker(session: ExtensionSession): Promise<Worker | null> {
  const context = chromiumContext(session);
  if (!context) return null;
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(session.extensionOrigin));
  if (!worker) throw new Error('Chromium shows no service worker for the extension');
  await worker.evaluate((mark) => Object.assign(globalThis, { [mark]: true }), BEFORE_STOP);
  let stopped = false;
  const watch = await watchStatuses(context, session, (status) => {
    stopped ||= status === 'stopped';
  });
  try {
    await watch.devtools.send('ServiceWorker.stopAllWorkers');
    await waitUntil(() => stopped, { what: 'the service worker stopped' });
    return worker;
  } finally {
    await watch.close();
  }
}

/** What the worker's global scope holds now: the mark set before the stop, the lazily loaded feed reader. */
export function workerState(worker: Worker): Promise<{ markedBeforeStop: boolean; feedReader: boolean }> {
  return worker.evaluate((mark) => {
    const modules = (globalThis as Record<symbol, Map<string, object> | undefined>)[
      Symbol.for('passerelle.lazy-modules')
    ];
    return { markedBeforeStop: mark in globalThis, feedReader: modules?.has('utils/news/read-feed') ?? false };
  }, BEFORE_STOP);
}

export interface WorkerStarts {
  /** How many times the worker started since the watch began. */
  count(): number;
  close(): Promise<void>;
}

/**
 * Counts the extension worker's starts from now on (Chromium), or null in Firefox. Read from CDP's ServiceWorker
 * events, which come as the browser starts the worker.
 */
export async function watchWorkerStarts(session: ExtensionSession): Promise<WorkerStarts | null> {
  const context = chromiumContext(session);
  if (!context) return null;
  let starts = 0;
  const watch = await watchStatuses(context, session, (status) => {
    if (status === 'starting') starts += 1;
  });
  return { count: () => starts, close: watch.close };
}

/**
 * Browsing that Passerelle does not follow (Chromium): two tabs on pages of no followed host, a switch from one to
 * the other, a page load in the first. Each of these woke the worker while it listened to tab events.
 */
export async function browseElsewhere(session: ExtensionSession): Promise<void> {
  const context = chromiumContext(session);
  if (!context) return;
  const [first, second] = [await context.newPage(), await context.newPage()];
  await first.goto('data:text/html,<title>Elsewhere</title>');
  await second.goto('data:text/html,<title>Elsewhere too</title>');
  await first.bringToFront();
  // Loaded after the switch: a start the switch caused would be under way by the time this page has loaded.
  await first.goto('data:text/html,<title>Elsewhere again</title>');
  await Promise.all([first.close(), second.close()]);
}
