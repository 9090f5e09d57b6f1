import { render } from 'preact';
import { PageBoundary } from '@/components/common/PageBoundary';
import { effectiveConfigItem } from '@/utils/config/storage';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import { browserTranslate, preparePage } from '@/utils/i18n/browser-translator';
import { updateOldBookmarks } from '@/utils/sections/bookmarks';
import { parseGuidanceQuery, redirectDelaySeconds } from '@/utils/sections/guidance';
import { loadEntry, openSectionsDb } from '@/utils/sections/store';
import { App, type GuidanceData } from './App';

const language = preparePage('sectionsGuidancePageTitle');

async function load(): Promise<GuidanceData> {
  const query = parseGuidanceQuery(location.search);
  const [config, db] = await Promise.all([effectiveConfigItem.getValue(), openSectionsDb()]);
  const entry = query ? ((await loadEntry(db, query.id)) ?? null) : null;
  db.close();
  if (entry && query) {
    // Usage indicator (a no-op unless IT turned indicators on): `from` is the configured old address that matched.
    const event = { kind: 'guidanceShown', sectionId: entry.id, oldAddress: query.from } as const;
    createExtensionConnector()
      .send('recordIndicator', event)
      .catch(() => undefined);
  }
  return { entry, from: query?.from ?? '', delaySeconds: redirectDelaySeconds(config) };
}

render(
  <PageBoundary>
    <App
      t={browserTranslate}
      language={language}
      load={load}
      navigate={(url) => location.replace(url)}
      updateBookmarks={updateOldBookmarks}
    />
  </PageBoundary>,
  document.getElementById('app') as HTMLElement,
);
