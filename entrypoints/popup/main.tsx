import { render } from 'preact';
import { PageBoundary } from '@/components/common/PageBoundary';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import { browserTranslate, preparePage } from '@/utils/i18n/browser-translator';
import { clearPaintCache } from '@/utils/snapshot/paint-cache';
import { App } from './App';

const language = preparePage('popupTitle');
// The side panel (manifest side_panel / sidebar_action) is this same page: no second copy of the popup's code.
const panel = new URLSearchParams(location.search).get('view') === 'panel';
render(
  <PageBoundary onFailure={() => clearPaintCache()}>
    <App
      connector={createExtensionConnector(() => import('@/utils/messaging/protocol'))}
      t={browserTranslate}
      language={language}
      panel={panel}
    />
  </PageBoundary>,
  document.getElementById('app') as HTMLElement,
);
