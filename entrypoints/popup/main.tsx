import { render } from 'preact';
import { afterFirstFrame } from '@/components/common/after-first-frame';
import { PageBoundary } from '@/components/common/PageBoundary';
import { backgroundAsleep } from '@/utils/connector/background-asleep';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import { createWakeGate } from '@/utils/connector/wake-gate';
import { browserTranslate, preparePage } from '@/utils/i18n/browser-translator';
import { messaging } from '@/utils/messaging/protocol';
import { readTitlesAtStart } from '@/utils/sections/first-pass-reader';
import { clearPaintCache } from '@/utils/snapshot/paint-cache';
import { App } from './App';

// A query typed as the popup opens is answered from the stored titles before a sleeping background is woken.
const asleepAtStart = backgroundAsleep();
const connector = createExtensionConnector(messaging, createWakeGate(asleepAtStart));
// Asked for before the first render, read once the first frame is painted (or at a query typed sooner): a query
// finds the sections' titles on their way, and opening their database does not delay the launcher's paint
// (first-pass-reader.ts).
const sectionTitles = readTitlesAtStart(
  connector.peekSnapshot?.() ?? null,
  () => new Promise<void>((painted) => afterFirstFrame(painted)),
);
const language = preparePage('popupTitle');
// The side panel (manifest side_panel / sidebar_action) is this same page: no second copy of the popup's code.
const panel = new URLSearchParams(location.search).get('view') === 'panel';
render(
  <PageBoundary onFailure={() => clearPaintCache()}>
    <App connector={connector} t={browserTranslate} language={language} panel={panel} sectionTitles={sectionTitles} />
  </PageBoundary>,
  document.getElementById('app') as HTMLElement,
);
