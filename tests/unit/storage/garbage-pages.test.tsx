import { cleanup, render, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import type { ComponentChildren } from 'preact';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { PageBoundary } from '@/components/common/PageBoundary';
import type { Connector } from '@/utils/connector/connector';
import { clearPaintCache, PAINT_CACHE_KEY, readPaintCache } from '@/utils/snapshot/paint-cache';
import { popupSnapshotItem } from '@/utils/snapshot/storage';
import { App as MovedApp } from '../../../entrypoints/moved/App';
import { loadGuidance } from '../../../entrypoints/moved/load';
import { App as OptionsApp } from '../../../entrypoints/options/App';
import { App as PopupApp } from '../../../entrypoints/popup/App';
import { App as WelcomeApp } from '../../../entrypoints/welcome/App';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { recordingHandlers } from '../message-handlers';
import { restoreStubs, startWholeBackground } from './background-once';
import { FIXTURE_0_1_0 } from './fixtures/load-0.1.0';
import { damaged, damagedRecords, damagedStorage, writeGarbage } from './garbage';

// The handlers themselves, without the messaging library: each message is called as the background would.
const { handleMessage, handlers } = recordingHandlers();

/** The pages' real reads (storage, paint cache), with messages answered by the background's handlers. */
const connector: Connector = {
  getSnapshot: () => popupSnapshotItem.getValue(),
  peekSnapshot: () => readPaintCache(),
  subscribe: (listener) => popupSnapshotItem.watch(listener),
  send: (async (action: string, data?: unknown) => handlers.get(action)?.(data)) as Connector['send'],
};

const t = catalogTranslator(en);

const PAGES: Record<string, () => ComponentChildren> = {
  popup: () => <PopupApp connector={connector} t={t} language="en" />,
  options: () => <OptionsApp connector={connector} t={t} language="en" />,
  welcome: () => (
    <WelcomeApp
      connector={connector}
      t={t}
      language="en"
      browserKind="chrome"
      isOnToolbar={async () => undefined}
      openedByInstall={false}
      onLeave={() => undefined}
    />
  ),
  moved: () => (
    <MovedApp
      t={t}
      language="en"
      load={() => loadGuidance('?id=canteen-menus&from=https%3A%2F%2Fold-intranet.example%2F', connector)}
      navigate={() => undefined}
      updateBookmarks={async () => ({ kind: 'declined' })}
      find={async () => []}
      openSection={() => undefined}
    />
  ),
};

beforeAll(() => startWholeBackground(handleMessage));
afterAll(restoreStubs);
afterEach(cleanup);

const damagedPaintCache = damaged({ snapshot: FIXTURE_0_1_0.local.popupSnapshot });

it('paints every page, never blank and never the failure message, whatever garbage storage holds', async () => {
  await fc.assert(
    fc.asyncProperty(damagedStorage, damagedRecords, damagedPaintCache, async (storage, records, paintCache) => {
      await writeGarbage(storage, records);
      localStorage.setItem(PAINT_CACHE_KEY, JSON.stringify(paintCache) ?? 'undefined');
      for (const [name, page] of Object.entries(PAGES)) {
        const { container } = render(<PageBoundary onFailure={() => clearPaintCache()}>{page()}</PageBoundary>);
        await waitFor(() => expect(container.querySelector('[aria-busy="true"]'), `${name} still loading`).toBeNull(), {
          timeout: 5000,
        });
        expect(container.querySelector('[data-testid="page-failed"]'), `${name} failed twice`).toBeNull();
        expect(container.textContent?.trim(), `${name} is blank`).not.toBe('');
        cleanup();
      }
    }),
    { numRuns: 6 },
  );
}, 60_000);
