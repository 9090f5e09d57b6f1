import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';
import type { SectionEntry } from '@/utils/config/schema';
import { SECTIONS_ENTRIES_REVISION } from '@/utils/sections/build-index';
import { SECTIONS_INDEX_FORMAT } from '@/utils/sections/index-format';
import { refreshSectionsIndex } from '@/utils/sections/refresh';
import { EMPTY_SECTIONS_SLICE, type GuidanceStatus, type SectionsSlice } from '@/utils/sections/slice';
import { findEntryByNewPage, loadEntries, openSectionsDb, type SectionsDatabase } from '@/utils/sections/store';

const URL_JSON = 'https://esn.example/passerelle/sections.json';
const entry = (id: string, title = id): SectionEntry => ({
  id,
  title,
  oldUrls: [`https://old.example/${id}.aspx`],
  newUrl: `https://esn.example/${id}`,
  movedOn: '2026-09-15',
});

function config(overrides: Partial<EffectiveConfig['sections']> = {}): EffectiveConfig {
  return { ...EMPTY_CONFIG, sections: { url: URL_JSON, entries: [], ...overrides } };
}

const guidance: GuidanceStatus = { enabled: true, ruleCount: 0, ruleLimit: 5000, uncovered: [], uncoveredCount: 0 };

let db: SectionsDatabase;
let previous: SectionsSlice;
const applyRules = vi.fn(async () => guidance);

beforeEach(async () => {
  db = await openSectionsDb();
  await db.clear('entries');
  await db.clear('meta');
  previous = EMPTY_SECTIONS_SLICE;
  applyRules.mockClear();
});

async function run(fetcher: typeof fetch, cfg = config()) {
  previous = await refreshSectionsIndex({ db, config: cfg, previous, now: () => 1000, fetcher, applyRules });
  return previous;
}

const reply =
  (body: string, init: ResponseInit = {}) =>
  async () =>
    new Response(body, init);

describe('refreshSectionsIndex', () => {
  it('builds the index from the file, then revalidates it with the stored validators', async () => {
    const first = await run(
      reply(JSON.stringify([entry('a'), entry('b')]), {
        headers: { ETag: '"v1"', 'Content-Type': 'application/json' },
      }),
    );
    expect(first).toMatchObject({ entryCount: 2, sync: { state: 'ok', lastSuccessAt: 1000 }, builtAt: 1000 });
    expect(applyRules).toHaveBeenLastCalledWith([entry('a'), entry('b')], true);

    const fetcher = vi.fn(reply('', { status: 304 }));
    const second = await run(fetcher);
    const headers = (fetcher.mock.calls[0] as unknown as [string, RequestInit])[1].headers;
    expect(headers).toEqual({ 'If-None-Match': '"v1"' });
    expect(second).toMatchObject({ entryCount: 2, sync: { state: 'ok' }, builtAt: 1000 });
  });

  it('rebuilds an index stored in an older format even when the file did not change', async () => {
    await run(reply(JSON.stringify([entry('a')]), { headers: { ETag: '"v1"' } }));
    const stored = await db.get('meta', 'current');
    if (!stored) throw new Error('no index stored');
    const { format: _format, ...older } = stored;
    await db.put('meta', { ...older, builtAt: 1 }, 'current');

    const fetcher = vi.fn(reply(JSON.stringify([entry('a')]), { headers: { ETag: '"v1"' } }));
    const slice = await run(fetcher);
    // No validators sent: the file comes back whole and the index is built again, in the current format.
    expect((fetcher.mock.calls[0] as unknown as [string, RequestInit])[1].headers).toEqual({});
    expect(slice).toMatchObject({ entryCount: 1, builtAt: 1000 });
    expect((await db.get('meta', 'current'))?.format).toBe(SECTIONS_INDEX_FORMAT);
  });

  it('builds again an index whose entries an older version wrote: its new addresses come back as the browser writes them', async () => {
    const sheetAddress = 'https://ESN.example:443/Restauration/Menus de la cantine';
    const fromSheet = { ...entry('menus'), newUrl: sheetAddress };
    await run(reply(JSON.stringify([fromSheet]), { headers: { ETag: '"v1"' } }));
    // As 0.6.0 stored it: the sheet's address as written, no entries revision.
    const stored = await db.get('meta', 'current');
    if (!stored) throw new Error('no index stored');
    const { entriesRevision: _revision, ...older } = stored;
    await db.put('meta', { ...older, builtAt: 1 }, 'current');
    await db.put('entries', fromSheet);

    // The server would answer 304 to the stored validators: they must not be sent.
    const fetcher = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.headers && 'If-None-Match' in init.headers
        ? new Response('', { status: 304 })
        : new Response(JSON.stringify([fromSheet]), { headers: { ETag: '"v1"' } }),
    );
    const slice = await run(fetcher as unknown as typeof fetch);
    expect(slice).toMatchObject({ entryCount: 1, builtAt: 1000 });
    expect(await findEntryByNewPage(db, new URL(`${sheetAddress}/`).href)).toMatchObject({ id: 'menus' });
    expect((await db.get('meta', 'current'))?.entriesRevision).toBe(SECTIONS_ENTRIES_REVISION);

    // Built again once: the next refresh revalidates.
    await run(fetcher as unknown as typeof fetch);
    expect((fetcher.mock.calls.at(-1) as unknown as [string, RequestInit])[1].headers).toEqual({
      'If-None-Match': '"v1"',
    });
  });

  it('reads a CSV in the charset a French spreadsheet wrote, and builds again what 0.6 read as UTF-8', async () => {
    const CSV_URL = 'https://esn.example/passerelle/rubriques.csv';
    const csv =
      'Identifiant;Titre;Nouvelle URL;Mots-clés\r\nconges;Congés et absences;https://esn.example/rh/conges;RTT\r\n';
    // Excel's "CSV (séparateur : point-virgule)" on a Western European Windows, served without a charset.
    const ansi = Uint8Array.from([...csv].map((char) => char.charCodeAt(0)));
    const fetcher = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.headers && 'If-None-Match' in init.headers
        ? new Response('', { status: 304 })
        : new Response(ansi, { headers: { ETag: '"v1"', 'Content-Type': 'text/csv' } }),
    );
    const first = await run(fetcher as unknown as typeof fetch, config({ url: CSV_URL }));
    expect(first.source).toMatchObject({ format: 'csv', encoding: { name: 'windows-1252', from: 'guess' } });
    expect(first.source?.columns).toContainEqual({ header: 'Mots-clés', field: 'keywords' });
    expect(await loadEntries(db)).toMatchObject([{ id: 'conges', title: 'Congés et absences', keywords: ['RTT'] }]);

    // As 0.6 stored it (entries revision 2, the file read as UTF-8): built again although the file is unchanged.
    const stored = await db.get('meta', 'current');
    if (!stored) throw new Error('no index stored');
    await db.put('meta', { ...stored, entriesRevision: 2, builtAt: 1 }, 'current');
    await db.put('entries', {
      id: 'conges',
      title: 'Cong\uFFFDs et absences',
      newUrl: 'https://esn.example/rh/conges',
    });
    await run(fetcher as unknown as typeof fetch, config({ url: CSV_URL }));
    expect((fetcher.mock.calls.at(-1) as unknown as [string, RequestInit])[1].headers).toEqual({});
    expect(await loadEntries(db)).toMatchObject([{ title: 'Congés et absences' }]);
  });

  it('keeps the last good index when the file is refused, unreachable or entirely bad', async () => {
    await run(reply(JSON.stringify([entry('a')])));
    const html = await run(
      reply('<!doctype html><title>Connexion</title>', { headers: { 'Content-Type': 'text/html' } }),
    );
    expect(html).toMatchObject({
      entryCount: 1,
      sync: { state: 'refused', detail: expect.stringMatching(/HTML/), lastSuccessAt: 1000 },
    });
    const down = await run(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(down).toMatchObject({ entryCount: 1, sync: { state: 'unreachable' } });
    const bad = await run(reply(JSON.stringify([{ id: 'x', title: 'X', newUrl: 'javascript:alert(1)' }])));
    expect(bad).toMatchObject({
      entryCount: 1,
      sync: { state: 'refused', detail: expect.stringMatching(/every row was refused \(row 1/) },
    });
    const error = await run(reply('oops', { status: 500 }));
    expect(error).toMatchObject({ entryCount: 1, sync: { state: 'unreachable', detail: 'HTTP 500' } });
    expect((await loadEntries(db)).map((e) => e.id)).toEqual(['a']);
  });

  it('reports refused rows and loads the rest; inline entries come first and win on the same id', async () => {
    const slice = await run(
      reply(JSON.stringify([entry('a', 'Remote A'), entry('b'), { id: 'bad' }])),
      config({ entries: [entry('a', 'Inline A')] }),
    );
    expect(slice).toMatchObject({ entryCount: 2, issueCount: 1, issues: [{ row: 3, id: 'bad' }] });
    expect((await loadEntries(db)).find((e) => e.id === 'a')?.title).toBe('Inline A');
  });

  it('turns the rules off with the feature flag, and publishes the latest moves', async () => {
    const entries = ['2026-01-01', '2026-05-01', '2025-12-01', '2026-03-01', '2026-02-01', '2026-04-01'].map(
      (movedOn, i) => ({
        ...entry(`e${i}`),
        movedOn,
      }),
    );
    const cfg = {
      ...config({ url: undefined, entries }),
      features: { ...EMPTY_CONFIG.features, relocationGuidance: false },
    };
    const slice = await run(reply(''), cfg);
    expect(applyRules).toHaveBeenLastCalledWith(entries, false);
    expect(slice.recent.map((s) => s.movedOn)).toEqual([
      '2026-05-01',
      '2026-04-01',
      '2026-03-01',
      '2026-02-01',
      '2026-01-01',
    ]);
  });
});
