import { describe, expect, it, vi } from 'vitest';
import { type LoaderScope, loadLazyModule } from '@/utils/lazy/load-lazy-module';
import { registerLazyModule } from '@/utils/lazy/registry';

const READ_FEED = 'utils/news/read-feed';
const feedReader = { readFeed: () => 'parsed' };

/** A service worker that kept the lazy scripts from its install: importScripts runs them at once. */
function serviceWorker(
  run: (url: string, scope: LoaderScope) => void = (url, scope) => {
    if (url === '/lazy-feed-reader.js') registerLazyModule(READ_FEED, feedReader, scope);
  },
) {
  const scope: LoaderScope = {};
  scope.importScripts = vi.fn((...urls: string[]) => {
    for (const url of urls) run(url, scope);
  });
  return scope;
}

/** An event page: a script element runs when the browser has fetched it, after the caller went on. */
function eventPage(outcome: 'load' | 'error' | 'empty' = 'load') {
  const appended: { src: string; onload?: () => void; onerror?: () => void }[] = [];
  const scope: LoaderScope = {};
  scope.document = {
    createElement: (() => ({})) as unknown as Document['createElement'],
    head: {
      append: (element: (typeof appended)[number]) => {
        appended.push(element);
        setTimeout(() => {
          if (outcome === 'error') return element.onerror?.();
          if (outcome === 'load') registerLazyModule(READ_FEED, feedReader, scope);
          element.onload?.();
        });
      },
    } as unknown as HTMLHeadElement,
  };
  return { scope, appended };
}

describe('in a service worker', () => {
  it('imports the script that carries the module, once', async () => {
    const scope = serviceWorker();
    expect(await loadLazyModule(READ_FEED, scope)).toBe(feedReader);
    expect(await loadLazyModule(READ_FEED, scope)).toBe(feedReader);
    expect(scope.importScripts).toHaveBeenCalledTimes(1);
    expect(scope.importScripts).toHaveBeenCalledWith('/lazy-feed-reader.js');
  });

  it("rejects with the browser's error when the script was not kept (Chromium's NetworkError)", async () => {
    const scope = serviceWorker(() => {
      throw new Error("Failed to execute 'importScripts': The script at '/lazy-feed-reader.js' failed to load.");
    });
    await expect(loadLazyModule(READ_FEED, scope)).rejects.toThrow(/lazy-feed-reader\.js' failed to load/);
  });

  it('says which script did not provide the module', async () => {
    const scope = serviceWorker(() => undefined);
    await expect(loadLazyModule(READ_FEED, scope)).rejects.toThrow(
      '/lazy-feed-reader.js did not provide utils/news/read-feed',
    );
  });
});

describe('in an event page', () => {
  it('adds one script element for callers that ask at once', async () => {
    const { scope, appended } = eventPage();
    const [first, second] = await Promise.all([loadLazyModule(READ_FEED, scope), loadLazyModule(READ_FEED, scope)]);
    expect(first).toBe(feedReader);
    expect(second).toBe(feedReader);
    expect(appended.map((element) => element.src)).toEqual(['/lazy-feed-reader.js']);
  });

  it('rejects when the script cannot be loaded, and tries again on the next call', async () => {
    const { scope, appended } = eventPage('error');
    await expect(loadLazyModule(READ_FEED, scope)).rejects.toThrow('/lazy-feed-reader.js could not be loaded');
    await expect(loadLazyModule(READ_FEED, scope)).rejects.toThrow('could not be loaded');
    expect(appended).toHaveLength(2);
  });

  it('says which script did not provide the module', async () => {
    const { scope } = eventPage('empty');
    await expect(loadLazyModule(READ_FEED, scope)).rejects.toThrow('did not provide utils/news/read-feed');
  });
});

it('refuses a module no lazy script carries', async () => {
  await expect(loadLazyModule('utils/news/poller', serviceWorker())).rejects.toThrow(
    'utils/news/poller is not in lazy-feed-reader, lazy-sections-indexer',
  );
});

it('refuses where there is neither importScripts nor a document', async () => {
  await expect(loadLazyModule(READ_FEED, {})).rejects.toThrow('No way to load /lazy-feed-reader.js here');
});
