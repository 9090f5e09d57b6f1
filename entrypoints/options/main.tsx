import { render } from 'preact';
import { PageBoundary } from '@/components/common/PageBoundary';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import { browserTranslate, preparePage } from '@/utils/i18n/browser-translator';
import { messaging } from '@/utils/messaging/protocol';
import { clearPaintCache } from '@/utils/snapshot/paint-cache';
import { App } from './App';

const language = preparePage('optionsTitle');
render(
  <PageBoundary onFailure={() => clearPaintCache()}>
    <App connector={createExtensionConnector(messaging)} t={browserTranslate} language={language} />
  </PageBoundary>,
  document.getElementById('app') as HTMLElement,
);
