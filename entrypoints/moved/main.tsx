import { render } from 'preact';
import { PageBoundary } from '@/components/common/PageBoundary';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import { browserTranslate, preparePage } from '@/utils/i18n/browser-translator';
import { messaging } from '@/utils/messaging/protocol';
import { updateOldBookmarks } from '@/utils/sections/bookmarks';
import { App } from './App';
import { followGuidance, loadGuidance } from './load';

const language = preparePage('sectionsGuidancePageTitle');

const connector = createExtensionConnector(messaging);
const load = () => loadGuidance(location.search, connector);
const find = (query: string) => connector.send('findSections', { query, limit: 8 });
const openSection = (sectionId: string) => void connector.send('openSection', { sectionId, disposition: 'currentTab' });

render(
  <PageBoundary>
    <App
      t={browserTranslate}
      language={language}
      load={load}
      navigate={(url, sectionId) => void followGuidance(connector, sectionId).finally(() => location.replace(url))}
      updateBookmarks={updateOldBookmarks}
      find={find}
      openSection={openSection}
    />
  </PageBoundary>,
  document.getElementById('app') as HTMLElement,
);
