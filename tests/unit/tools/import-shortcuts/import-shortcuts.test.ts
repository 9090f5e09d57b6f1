// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBookmarksHtml } from '../../../tools/import-shortcuts/bookmarks-html';
import { parseDesktopFile } from '../../../tools/import-shortcuts/desktop-file';
import { decodeShortcutBytes, importShortcuts } from '../../../tools/import-shortcuts/import-shortcuts';
import { parseManagedBookmarks } from '../../../tools/import-shortcuts/managed-bookmarks';
import { slugify, toTools } from '../../../tools/import-shortcuts/to-tools';
import { parseUrlFile } from '../../../tools/import-shortcuts/url-file';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (name: string) => decodeShortcutBytes(readFileSync(join(FIXTURES, name)));

describe('shortcut readers', () => {
  it('reads Windows .url files in UTF-8, UTF-16 and the ANSI code page', () => {
    expect(parseUrlFile('Réservation de véhicule.url', read('Réservation de véhicule.url')).candidates).toEqual([
      {
        label: 'Réservation de véhicule',
        url: 'https://flotte.aubepine.example/reservations',
        origin: 'Réservation de véhicule.url',
      },
    ]);
    expect(parseUrlFile('Notes de frais.url', read('Notes de frais.url')).candidates[0]?.url).toBe(
      'https://frais.aubepine.example/',
    );
    expect(read('Intranet.url')).toContain('URL=http://intranet.aubepine.local/accueil');
    // Written in the ANSI code page, with a character of its 0x80–0x9F range (œ is 0x9C).
    expect(parseUrlFile('Œuvres sociales.url', read('Œuvres sociales.url')).candidates[0]?.url).toBe(
      'https://ce.aubepine.example/œuvres-sociales/billetterie',
    );
    expect(parseUrlFile('x.url', '[Other]\nA=1').skipped[0]?.reason).toMatch(/no URL=/);
  });

  it('reads .desktop links and web-app launchers, with both languages and keywords', () => {
    expect(parseDesktopFile('paie.desktop', read('paie.desktop')).candidates[0]).toEqual({
      label: { fr: 'Bulletins de paie', en: 'Payslips' },
      url: 'https://paie.aubepine.example/',
      category: 'Finance',
      keywords: ['salaire', 'paie'],
      origin: 'paie.desktop',
    });
    expect(parseDesktopFile('temps.desktop', read('temps.desktop')).candidates[0]?.url).toBe(
      'https://temps.aubepine.example/saisie',
    );
    expect(parseDesktopFile('editor.desktop', read('editor.desktop')).skipped[0]?.reason).toMatch(/no web address/);
  });

  it('reads a bookmarks export with folders as categories (not the bookmarks bar)', () => {
    const { candidates } = parseBookmarksHtml('bookmarks.html', read('bookmarks-export.txt'));
    expect(candidates.map(({ label, url, category }) => ({ label, url, category }))).toEqual([
      { label: 'Flotte — réservations', url: 'https://flotte.aubepine.example/reservations/', category: undefined },
      {
        label: 'Tableau de bord',
        url: 'https://pilotage.aubepine.example/tableau?equipe=1',
        category: 'Pilotage & finances',
      },
      { label: 'Bookmarklet', url: 'javascript:alert(document.title)', category: 'Pilotage & finances' },
      { label: 'Annuaire <interne>', url: 'https://annuaire.aubepine.example/', category: undefined },
      // A named entity an older export wrote, and a number that is no character (a damaged file): kept as written.
      {
        label: 'Congés & absences &#x110000;',
        url: 'https://conges.aubepine.example/?vue=equipe&mois=1',
        category: undefined,
      },
    ]);
  });

  it('reads the ManagedBookmarks policy, bare or inside a policy file', () => {
    const bare = parseManagedBookmarks('mb.json', read('managed-bookmarks.json'));
    expect(bare.candidates.map((candidate) => [candidate.label, candidate.category])).toEqual([
      ['Support informatique', undefined],
      ["Demande d'absence", 'Temps et absences'],
      ['Saisie des temps (doublon)', 'Temps et absences'],
      ['Fichier local', undefined],
    ]);
    expect(bare.skipped).toEqual([
      { origin: 'mb.json [3]', label: 'Dossier vide sans lien', reason: 'neither a url nor children' },
    ]);
    const wrapped = parseManagedBookmarks(
      'p.json',
      JSON.stringify({ ManagedBookmarks: JSON.parse(read('managed-bookmarks.json')) }),
    );
    expect(wrapped.candidates).toHaveLength(4);
    expect(parseManagedBookmarks('bad.json', '{').skipped[0]?.reason).toMatch(/not valid JSON/);
  });
});

describe('toTools', () => {
  it('makes ids from labels, unique and within the id syntax', () => {
    expect(slugify('Réservation de véhicule')).toBe('reservation-de-vehicule');
    expect(slugify('***')).toBe('tool');
    const { tools } = toTools([
      { label: 'Outil', url: 'https://a.example/', origin: '1' },
      { label: 'Outil', url: 'https://b.example/', origin: '2' },
    ]);
    expect(tools.map((tool) => tool.id)).toEqual(['outil', 'outil-2']);
  });
});

describe('importShortcuts (every fixture together)', () => {
  // Desktop shortcuts first, then the browser's: the first file that names an address gives the tool.
  const names = [
    'Réservation de véhicule.url',
    'Notes de frais.url',
    'Intranet.url',
    'paie.desktop',
    'temps.desktop',
    'editor.desktop',
    // A bookmarks export saved under another name is recognised by its content.
    'bookmarks-export.txt',
    'managed-bookmarks.json',
  ];
  const result = importShortcuts(names.map((name) => ({ name, text: read(name) })));

  it('writes tool entries deduplicated by address', () => {
    expect(result.tools.map((tool) => tool.id)).toEqual([
      'reservation-de-vehicule',
      'notes-de-frais',
      'bulletins-de-paie',
      'saisie-des-temps',
      'tableau-de-bord',
      'annuaire-interne',
      'conges-absences-x110000',
      'support-informatique',
      'demande-d-absence',
    ]);
    expect(result.tools[2]).toEqual({
      id: 'bulletins-de-paie',
      label: { fr: 'Bulletins de paie', en: 'Payslips' },
      url: 'https://paie.aubepine.example/',
      category: 'Finance',
      keywords: ['salaire', 'paie'],
    });
  });

  it('reports what it skipped and why', () => {
    expect(result.skipped.map((skip) => `${skip.label ?? skip.origin}: ${skip.reason}`)).toEqual([
      'Text editor: an Application launcher that opens no web address',
      'Dossier vide sans lien: neither a url nor children',
      'Intranet: uses http: (only https: addresses become tools)',
      'Flotte — réservations: same address as the tool "reservation-de-vehicule"',
      'Bookmarklet: uses javascript: (only https: addresses become tools)',
      'Saisie des temps (doublon): same address as the tool "saisie-des-temps"',
      'Fichier local: uses file: (only https: addresses become tools)',
    ]);
  });
});
