import { describe, expect, it } from 'vitest';
import type { Diagnostics } from '@/utils/config/diagnostics';
import { configDocumentItem, syncStatusItem } from '@/utils/config/document-store';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';
import { buildSupportBundle } from '@/utils/diagnostics/bundle';
import { collectSources } from '@/utils/diagnostics/collect';
import { storageReaders } from '@/utils/diagnostics/readers';
import { sourcesText } from '@/utils/diagnostics/text';
import { REDACTED } from '@/utils/diagnostics/types';
import { pendingIndicatorsItem } from '@/utils/indicators/storage';
import { personalItem } from '@/utils/launcher/personal-storage';
import { saveFeedItems } from '@/utils/news/save-items';
import { markRead, openNewsDb, putFeedState } from '@/utils/news/store';
import { EMPTY_SECTIONS_SLICE } from '@/utils/sections/slice';
import { popupSnapshotItem } from '@/utils/snapshot/storage';

const NOW = Date.parse('2026-11-29T10:00:00Z');
const ENDPOINT = 'https://esn.example/indicators?key=s3cr3t-ingestion-key';
const PERSONAL = [
  'Résultats de mon bilan de santé', // a news item's title
  'https://esn.example/news/very-personal-item', // its address
  'https://my-own-bank.example/account', // a personal link
  'Ma banque', // its label
  'fav-tool-xyz', // a favourite
  'congé maternité', // a query with no result
  's3cr3t-ingestion-key', // the secret in a policy value
];

function configDiagnostics(): Diagnostics {
  return {
    generatedAt: NOW,
    version: '1.2.3',
    extensionId: 'ext',
    chromiumId: 'ext',
    geckoId: 'passerelle@example',
    userAgent: 'Test browser',
    policy: { present: true, keys: ['indicators'] },
    user: { configUrlEditable: true },
    sync: { state: 'ok' },
    settings: [
      { path: 'indicators.endpoint', value: ENDPOINT, source: 'policy', userMayChange: false },
      { path: 'features.news', value: true, source: 'default', userMayChange: false },
    ],
    allowedInsecureOrigins: [],
    issues: [],
  };
}

async function seed() {
  await effectiveConfigItem.setValue({
    ...EMPTY_CONFIG,
    configUrl: 'https://esn.example/config.json',
    feeds: [{ id: 'actus', label: { fr: 'Actualités', en: 'News' }, url: 'https://esn.example/actus.rss' }],
    sections: { url: 'https://esn.example/sections.csv', entries: [] },
    features: { ...EMPTY_CONFIG.features, indicators: true },
    indicators: { endpoint: ENDPOINT },
    issues: [{ source: 'document', path: 'tools[2].url', message: 'refused: uses javascript:' }],
  });
  await syncStatusItem.setValue({
    state: 'ok',
    url: 'https://esn.example/config.json',
    lastSuccessAt: NOW,
    httpStatus: 200,
  });
  await configDocumentItem.setValue({ url: 'https://esn.example/config.json', body: {}, fetchedAt: NOW, etag: '"v7"' });
  const snapshot = await popupSnapshotItem.getValue();
  await popupSnapshotItem.setValue({
    ...snapshot,
    sections: {
      ...EMPTY_SECTIONS_SLICE,
      entryCount: 12,
      sync: { state: 'ok', lastSuccessAt: NOW },
      issues: [{ row: 4, id: 'x', reason: 'newUrl: must be an absolute http(s) URL — write the full new address' }],
      issueCount: 1,
      source: { format: 'csv', separator: ';' },
    },
  });
  const db = await openNewsDb();
  await saveFeedItems(
    db,
    'actus',
    [{ key: 'k1', feedId: 'actus', title: PERSONAL[0] as string, url: PERSONAL[1], categories: [], important: false }],
    NOW,
    { firstSync: false },
  );
  await markRead(db, ['k1'], NOW);
  await putFeedState(db, {
    feedId: 'actus',
    failures: 2,
    nextPollAt: NOW + 60_000,
    lastAttemptAt: NOW,
    lastStatus: 200,
    health: 'refused',
    refusal: 'truncated',
    message: 'The document ends before its <rss> element is closed (truncated).',
  });
  db.close();
  await personalItem.setValue({
    favourites: [PERSONAL[4] as string],
    recents: [],
    hidden: [],
    links: [{ id: 'l1', label: PERSONAL[3] as string, url: PERSONAL[2] as string }],
    focusExistingTab: false,
  } as never);
  await pendingIndicatorsItem.setValue([
    {
      day: '2026-11-29',
      newsViews: [{ feedId: 'actus', itemId: 'k1', title: PERSONAL[0], via: 'newsList', views: 1 }],
      launches: [],
      paths: [],
      sequences: [],
      emptySearches: { count: 1, queries: [{ text: PERSONAL[5] as string, count: 1 }] },
      guidanceShown: [],
    },
  ]);
}

async function bundle() {
  const sources = await collectSources(storageReaders('en', () => NOW));
  return buildSupportBundle({
    diagnostics: configDiagnostics(),
    policyValues: { indicators: { endpoint: ENDPOINT }, features: { indicators: true } },
    sources,
  });
}

describe('the support bundle', () => {
  it("holds every source's state", async () => {
    await seed();
    const { sources, version, browser } = await bundle();
    expect({ version, browser }).toEqual({ version: '1.2.3', browser: 'Test browser' });
    expect(sources.document).toMatchObject({
      level: 'warning',
      url: 'https://esn.example/config.json',
      httpStatus: 200,
      validators: { etag: '"v7"' },
      kept: { fetchedAt: NOW },
      refusals: [{ path: 'tools[2].url' }],
    });
    expect(sources.sections).toMatchObject({
      level: 'warning',
      url: 'https://esn.example/sections.csv',
      entryCount: 12,
      issueCount: 1,
      issues: [{ row: 4, id: 'x' }],
      source: { format: 'csv', separator: ';' },
    });
    expect(sources.feeds).toEqual([
      expect.objectContaining({
        level: 'error',
        id: 'actus',
        title: 'News',
        url: 'https://esn.example/actus.rss',
        items: 1,
        refusal: 'truncated',
        error: expect.stringMatching(/truncated/),
        failures: 2,
        nextPollAt: NOW + 60_000,
      }),
    ]);
    expect(sources.indicators).toMatchObject({ enabled: true, pending: { days: 1, events: 2 } });
  });

  it('contains nothing personal (read marks, items, personal links, favourites, queries) and no secret', async () => {
    await seed();
    const made = await bundle();
    const text = `${JSON.stringify(made)}\n${sourcesText(made)}`;
    for (const personal of PERSONAL) expect(text).not.toContain(personal);
    expect(text).not.toContain('"k1"');
    expect(made.policy.values).toEqual({ indicators: { endpoint: REDACTED }, features: { indicators: true } });
    expect(made.settings.find((setting) => setting.path === 'indicators.endpoint')?.value).toBe(REDACTED);
    expect(made.sources.indicators.endpoint).toBe(REDACTED);
  });
});
