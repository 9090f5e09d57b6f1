// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configDocumentSchema, sectionEntrySchema } from '@/utils/config/schema';
import { SECTIONS_CSV_HEADER } from '../../demo-esn/content/sections-csv';
import { type DemoEsn, startDemoEsn } from '../../demo-esn/server';
import { parseCsv, readHtml } from './support';

let esn: DemoEsn;

beforeAll(async () => {
  esn = await startDemoEsn();
});
afterAll(() => esn.close());
afterEach(() => {
  esn.setConfigDocument(null);
  esn.setSectionsIndex(null);
  esn.resetCounters();
});

const sectionsIndexSchema = z.object({ entries: z.array(sectionEntrySchema) });

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(esn.url(path));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return response.json();
}

describe('configuration document', () => {
  it('validates against configDocumentSchema', async () => {
    const result = configDocumentSchema.safeParse(await getJson('/passerelle/config.json'));
    expect(result.error).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('describes La Ruche on the demo origin', async () => {
    const config = configDocumentSchema.parse(await getJson('/passerelle/config.json'));
    expect(config.esn).toEqual({
      name: { fr: 'La Ruche', en: 'The Hive' },
      homeUrl: `${esn.origin}/`,
      logoUrl: `${esn.origin}/logo.svg`,
      launchRoute: `${esn.origin}/go/{toolId}`,
    });
    const logo = await fetch(`${esn.origin}/logo.svg`);
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
    expect(await logo.text()).toMatch(/^<svg [^>]*viewBox=/);
    expect(config.features).toMatchObject({ notifications: false, indicators: false, launcher: true, news: true });
    expect(
      Object.entries(config.features ?? {})
        .filter(([, on]) => !on)
        .map(([name]) => name),
    ).toEqual(['notifications', 'indicators']);
    expect(config.polling).toEqual({ intervalMinutes: 15 });
    expect(config.links).toEqual({
      help: `${esn.origin}/aide`,
      tutorials: `${esn.origin}/aide/tutoriels`,
      hotlinePhone: '+33 1 23 45 67 89',
      hotlineEmail: 'hotline@aubepine.example',
      feedback: `${esn.origin}/retours?q={query}&ctx={context}`,
      charterUrl: `${esn.origin}/charte`,
      charterVersion: '2026-09',
    });
    expect(config.indicators).toEqual({ endpoint: `${esn.origin}/indicateurs`, allowQueryText: false });
    expect(config.sections).toEqual({ url: `${esn.origin}/passerelle/sections.json` });
    expect(config.feeds?.map((feed) => [feed.id, feed.url, feed.important])).toEqual([
      ['actualites', `${esn.origin}/feeds/actualites.rss`, { categories: ['Important'] }],
      ['evenements', `${esn.origin}/feeds/evenements.atom`, undefined],
    ]);
  });

  it('lists 12 tools with bilingual labels, categories and known icons', async () => {
    const { tools = [] } = configDocumentSchema.parse(await getJson('/passerelle/config.json'));
    expect(tools).toHaveLength(12);
    expect(new Set(tools.map((tool) => tool.id)).size).toBe(12);
    expect(tools.find((tool) => tool.id === 'vehicle-booking')).toMatchObject({
      label: { fr: 'Réservation de véhicule', en: 'Vehicle booking' },
      category: { fr: 'Réservations', en: 'Bookings' },
      icon: 'car',
      keywords: expect.arrayContaining(['voiture', 'car', 'pool']),
    });
    const labels = Object.fromEntries(tools.map((tool) => [tool.id, tool.label]));
    expect(labels).toMatchObject({
      'pc-booking': { fr: 'Réservation de PC portable', en: 'Laptop booking' },
      'time-tracking': { fr: 'Saisie des temps' },
      'absence-request': { fr: 'Demande d’absence' },
      'management-dashboard': { fr: 'Tableau de bord managérial' },
      'expense-claims': { fr: 'Notes de frais' },
    });
    const icons = [
      'car',
      'laptop',
      'clock',
      'calendar',
      'chart',
      'receipt',
      'users',
      'book',
      'lifebuoy',
      'door',
      'wallet',
      'bus',
    ];
    for (const tool of tools) {
      expect(icons).toContain(tool.icon);
      expect(tool.url).toBe(`${esn.origin}/apps/${tool.id}`);
      expect(tool.label).toHaveProperty('en');
      expect(tool.category).toHaveProperty('fr');
    }
    expect(tools.some((tool) => tool.mandatory)).toBe(true);
  });

  it('answers conditional requests', async () => {
    const first = await fetch(esn.url('/passerelle/config.json'));
    const etag = first.headers.get('etag') ?? '';
    const second = await fetch(esn.url('/passerelle/config.json'), { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(304);
    expect(esn.counters().paths['/passerelle/config.json']).toEqual({
      requests: 2,
      conditional: 1,
      byStatus: { 200: 1, 304: 1 },
    });
  });

  it('can be overridden by an object, a raw string, and restored', async () => {
    const defaultEtag = (await fetch(esn.url('/passerelle/config.json'))).headers.get('etag');
    esn.setConfigDocument({ polling: { intervalMinutes: 5 } });
    const overridden = await fetch(esn.url('/passerelle/config.json'));
    expect(overridden.headers.get('etag')).not.toBe(defaultEtag);
    expect(await overridden.json()).toEqual({ polling: { intervalMinutes: 5 } });

    esn.setConfigDocument('{"tools": [');
    expect(await (await fetch(esn.url('/passerelle/config.json'))).text()).toBe('{"tools": [');

    esn.setConfigDocument(null);
    const restored = await fetch(esn.url('/passerelle/config.json'));
    expect(restored.headers.get('etag')).toBe(defaultEtag);
    expect(configDocumentSchema.safeParse(await restored.json()).success).toBe(true);
  });
});

describe('relocated-sections index (JSON)', () => {
  it('matches sectionEntrySchema with about 15 entries', async () => {
    const index = sectionsIndexSchema.parse(await getJson('/passerelle/sections.json'));
    expect(index.entries.length).toBeGreaterThanOrEqual(13);
    expect(index.entries.length).toBeLessThanOrEqual(17);
    expect(new Set(index.entries.map((entry) => entry.id)).size).toBe(index.entries.length);
  });

  it('has the canteen menus and the former-intranet entry', async () => {
    const { entries } = sectionsIndexSchema.parse(await getJson('/passerelle/sections.json'));
    expect(entries).toContainEqual(
      expect.objectContaining({
        title: { fr: 'Menus de la cantine', en: 'Canteen menus' },
        oldUrls: [`${esn.origin}/rh/cantine/menus.aspx`],
        oldUrlPrefixes: [`${esn.origin}/rh/cantine/`],
        newUrl: `${esn.origin}/services/restauration/menus`,
        breadcrumb: expect.objectContaining({ fr: 'Services › Restauration' }),
      }),
    );
    const former = entries.find((entry) =>
      entry.oldUrlPrefixes?.includes('https://intranet-ancien.aubepine.invalid/documents/'),
    );
    expect(former?.newUrl.startsWith(`${esn.origin}/`)).toBe(true);
  });

  it('points to new pages that exist, and old addresses on the demo answer 410', async () => {
    const { entries } = sectionsIndexSchema.parse(await getJson('/passerelle/sections.json'));
    for (const entry of entries) {
      const page = await fetch(entry.newUrl);
      expect(page.status, entry.newUrl).toBe(200);
      expect((await readHtml(await page.text())).h1).toBe((entry.title as { fr: string }).fr);
      const oldAddresses = [
        ...(entry.oldUrls ?? []),
        ...(entry.oldUrlPrefixes ?? []).map((prefix) => `${prefix}une-page/ancienne.aspx`),
      ].filter((url) => url.startsWith(esn.origin));
      for (const old of oldAddresses) {
        const response = await fetch(old);
        expect(response.status, old).toBe(410);
        const html = await readHtml(await response.text());
        expect(html.h1).toBe('Cette page a déménagé');
        expect(html.links).toContain(new URL(entry.newUrl).pathname);
      }
    }
  });

  it('answers conditional requests and can be overridden', async () => {
    const etag = (await fetch(esn.url('/passerelle/sections.json'))).headers.get('etag') ?? '';
    expect((await fetch(esn.url('/passerelle/sections.json'), { headers: { 'If-None-Match': etag } })).status).toBe(
      304,
    );
    esn.setSectionsIndex({ entries: [] });
    const response = await fetch(esn.url('/passerelle/sections.json'), { headers: { 'If-None-Match': etag } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ entries: [] });
  });
});

describe('relocated-sections index (CSV)', () => {
  async function getCsv(): Promise<string> {
    const response = await fetch(esn.url('/passerelle/sections.csv'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }

  it('has the expected header, a BOM, and the same entries as the JSON index', async () => {
    const text = await getCsv();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]?.join(';')).toBe(
      'id;title_fr;title_en;aliases;keywords;old_urls;new_url;breadcrumb_fr;breadcrumb_en;moved_on;note_fr;note_en',
    );
    expect(rows[0]).toEqual([...SECTIONS_CSV_HEADER]);
    const { entries } = sectionsIndexSchema.parse(await getJson('/passerelle/sections.json'));
    const body = rows.slice(1);
    expect(body.map((row) => row[0])).toEqual(entries.map((entry) => entry.id));
    for (const row of body) expect(row).toHaveLength(12);
    const canteen = body.find((row) => row[0] === 'canteen-menus') ?? [];
    expect(canteen[1]).toBe('Menus de la cantine');
    expect(canteen[3]?.split('|')).toContain('cantine');
    expect(canteen[5]?.split('|')).toEqual([`${esn.origin}/rh/cantine/menus.aspx`, `${esn.origin}/rh/cantine/*`]);
    expect(canteen[6]).toBe(`${esn.origin}/services/restauration/menus`);
    expect(canteen[7]).toBe('Services › Restauration');
  });

  it('quotes fields that need it', async () => {
    esn.setSectionsIndex(
      {
        entries: [
          {
            id: 'quoted',
            title: { fr: 'Salle « Le Chêne » ; 2e étage', en: 'The "Oak" room' },
            newUrl: `${esn.origin}/aide`,
          },
        ],
      },
      'csv',
    );
    const text = await getCsv();
    expect(text).toContain('quoted;"Salle « Le Chêne » ; 2e étage";"The ""Oak"" room";');
    expect(parseCsv(text.slice(1))[1]?.slice(0, 3)).toEqual([
      'quoted',
      'Salle « Le Chêne » ; 2e étage',
      'The "Oak" room',
    ]);
  });

  it('answers conditional requests', async () => {
    const lastModified = (await fetch(esn.url('/passerelle/sections.csv'))).headers.get('last-modified') ?? '';
    const response = await fetch(esn.url('/passerelle/sections.csv'), {
      headers: { 'If-Modified-Since': lastModified },
    });
    expect(response.status).toBe(304);
  });
});
