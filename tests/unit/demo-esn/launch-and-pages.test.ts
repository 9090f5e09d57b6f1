// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildConfigDocument } from '../../demo-esn/content/config-document';
import { TOOLS } from '../../demo-esn/content/tools';
import { type DemoEsn, startDemoEsn } from '../../demo-esn/server';
import { readHtml, readTableRows } from './support';

let esn: DemoEsn;

beforeAll(async () => {
  esn = await startDemoEsn();
});
afterAll(() => esn.close());
afterEach(() => {
  esn.resetCounters();
  esn.setConfigDocument(null);
});

describe('launch route', () => {
  it('counts a launch and redirects to the tool', async () => {
    const response = await fetch(esn.url('/go/vehicle-booking'), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/apps/vehicle-booking');
    expect(esn.counters().launches).toEqual({ 'vehicle-booking': 1 });

    const followed = await fetch(esn.url('/go/vehicle-booking'));
    expect(followed.status).toBe(200);
    expect(new URL(followed.url).pathname).toBe('/apps/vehicle-booking');
    expect((await readHtml(await followed.text())).h1).toBe('Réservation de véhicule');
    expect(esn.counters().launches).toEqual({ 'vehicle-booking': 2 });
    expect(esn.counters().paths['/go/vehicle-booking']?.byStatus).toEqual({ 302: 2 });
  });

  it('answers 404 to an unknown tool, without counting a launch', async () => {
    const response = await fetch(esn.url('/go/time-machine'), { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(esn.counters().launches).toEqual({});
  });

  it('accepts the tools of an overriding configuration document', async () => {
    esn.setConfigDocument({ tools: [{ id: 'crm', label: 'CRM', url: `${esn.origin}/apps/crm` }] });
    expect((await fetch(esn.url('/go/crm'), { redirect: 'manual' })).status).toBe(302);
    expect(esn.counters().launches).toEqual({ crm: 1 });
  });

  it('gives every tool a page titled with its label', async () => {
    for (const tool of TOOLS) {
      const fr = await readHtml(await (await fetch(esn.url(`/apps/${tool.id}`))).text());
      expect(fr.h1).toBe(tool.label.fr);
      const en = await readHtml(await (await fetch(esn.url(`/apps/${tool.id}?lang=en`))).text());
      expect(en).toMatchObject({ h1: tool.label.en, lang: 'en' });
    }
    expect((await fetch(esn.url('/apps/unknown'))).status).toBe(404);
  });
});

describe('pages', () => {
  it('home page: French, with an English part, links to news, tools and sections', async () => {
    const response = await fetch(esn.url('/'));
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await readHtml(await response.text());
    expect(page.lang).toBe('fr');
    expect(page.h1).toBe('Bienvenue sur La Ruche');
    expect(page.text).toContain('In English');
    expect(page.links).toEqual(
      expect.arrayContaining([
        '/feeds/actualites.rss',
        '/actualites/maintenance-messagerie',
        '/go/vehicle-booking',
        '/services/restauration/menus',
      ]),
    );
    const english = await readHtml(await (await fetch(esn.url('/?lang=en'))).text());
    expect(english).toMatchObject({ lang: 'en', h1: 'Welcome to The Hive' });
  });

  it.each([
    ['/aide', 'Aide et assistance'],
    ['/aide/tutoriels', 'Tutoriels'],
    ['/charte', 'Charte d’utilisation de Passerelle'],
    ['/connexion', 'Connexion à La Ruche'],
    ['/retours', 'Donnez-nous votre avis'],
  ])('%s exists', async (path, h1) => {
    const response = await fetch(esn.url(path));
    expect(response.status).toBe(200);
    expect((await readHtml(await response.text())).h1).toBe(h1);
  });

  it('the charter shows its version', async () => {
    expect(await (await fetch(esn.url('/charte'))).text()).toContain('2026-09');
  });

  it('the feedback page shows the query parameters, escaped', async () => {
    const query = '<script>alert("x")</script> & co';
    const response = await fetch(
      esn.url(`/retours?q=${encodeURIComponent(query)}&ctx=${encodeURIComponent('"popup"')}`),
    );
    const text = await response.text();
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    const page = await readHtml(text);
    expect(page.text).toContain(query);
    expect(page.text).toContain('"popup"');
  });

  it('signing in goes back to a local return path only', async () => {
    const post = (retour: string) =>
      fetch(esn.url('/connexion'), {
        method: 'POST',
        body: new URLSearchParams({ identifiant: 'c.martin', 'mot-de-passe': 'x', retour }),
        redirect: 'manual',
      });
    expect((await post('/passerelle/config.json')).headers.get('location')).toBe('/passerelle/config.json');
    expect((await post('//evil.example/')).headers.get('location')).toBe('/');
  });

  it('unknown pages answer 404, wrong methods 405', async () => {
    expect((await fetch(esn.url('/nulle-part'))).status).toBe(404);
    const response = await fetch(esn.url('/feeds/actualites.rss'), { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('indicators', () => {
  const batch = {
    day: '2026-11-20',
    counts: {
      newsViews: { 'maintenance-messagerie': 12, 'resultats-t3': 4 },
      toolLaunches: { 'vehicle-booking': 7, 'time-tracking': 20 },
      emptySearches: { '<b>cantine</b>': 3 },
    },
  };

  it('accepts a JSON batch with 204 and records it', async () => {
    const response = await fetch(esn.url('/indicateurs'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(response.status).toBe(204);
    expect(esn.counters().indicatorBatches).toEqual([batch]);
  });

  it('refuses a batch over 64 KB with 413, and invalid JSON with 400', async () => {
    const big = JSON.stringify({ day: '2026-11-20', counts: { emptySearches: { ['x'.repeat(70_000)]: 1 } } });
    expect((await fetch(esn.url('/indicateurs'), { method: 'POST', body: big })).status).toBe(413);
    expect((await fetch(esn.url('/indicateurs'), { method: 'POST', body: '{"day":' })).status).toBe(400);
    expect(esn.counters().indicatorBatches).toEqual([]);
  });

  it('renders the report from the received batches, escaped', async () => {
    // Two devices sent the same day: with k = 2 their common cells show.
    esn.setConfigDocument({ ...buildConfigDocument(esn.origin), indicators: { minimumGroupSize: 2 } });
    for (const _ of [1, 2]) {
      await fetch(esn.url('/indicateurs'), { method: 'POST', body: JSON.stringify(batch) });
    }
    await fetch(esn.url('/indicateurs'), { method: 'POST', body: JSON.stringify({ something: ['else'] }) });
    await fetch(esn.url('/go/expense-claims'), { redirect: 'manual' });

    const text = await (await fetch(esn.url('/indicateurs/rapport'))).text();
    expect(text).not.toContain('<b>cantine</b>');
    expect(text).toContain('&lt;b&gt;cantine&lt;/b&gt;');
    const page = await readHtml(text);
    expect(page.h1).toBe('Rapport des indicateurs d’usage');
    expect(page.text).toContain('Vues par publication');
    expect(page.text).toContain('Lancements par outil');
    expect(page.text).toContain('Recherches sans résultat');
    expect(await readTableRows(text, 'newsViews')).toEqual([
      ['Important : interruption de la messagerie samedi de 8 h à 12 h (maintenance-messagerie)', '24', '—', '24'],
      ['Résultats du troisième trimestre : un chiffre d’affaires en hausse de 6 % (resultats-t3)', '8', '—', '8'],
    ]);
    expect(await readTableRows(text, 'toolLaunches')).toEqual([
      ['Saisie des temps (time-tracking)', '40', '—', '40'],
      ['Réservation de véhicule (vehicle-booking)', '14', '—', '14'],
    ]);
    expect(await readTableRows(text, 'emptySearches')).toEqual([['<b>cantine</b>', '6', '6']]);
    // One launch seen by the route: under k = 2, hidden, and the total with it.
    expect(await readTableRows(text, 'launchRoute')).toEqual([['Autres (1)', 'masqué', '']]);
    // Each row has a bar scaled to the table's largest count.
    expect(text).toContain('<meter min="0" max="40" value="14"');
    expect(page.text).toContain('"something"'); // unrecognised data is shown raw
  });
});
