// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_ISSUES } from '@/utils/sections/index-issues';
import { detectFormat, parseSectionsFile, parseSectionsIndex } from '@/utils/sections/parse-index';

const HEADER =
  'id;title_fr;title_en;aliases;keywords;old_urls;new_url;breadcrumb_fr;breadcrumb_en;moved_on;note_fr;note_en';

function csvRow(i: number): string {
  return `s${i};Rubrique ${i} des ressources humaines;HR section ${i};alias ${i}|autre;mot|clé;https://old.example/rh/${i}.aspx|https://old.example/rh/${i}/*;https://esn.example/rh/${i};RH › Rubriques;HR › Sections;2026-09-15;Une note un peu longue pour remplir la ligne ${i};A note long enough to fill the row ${i}`;
}

describe('parseSectionsIndex', () => {
  it('refuses an HTML page (a sign-in page served instead of the file) as a whole', () => {
    for (const [text, contentType] of [
      ['<!DOCTYPE html><html><body>Connexion</body></html>', 'text/csv'],
      ['\uFEFF  <html lang="fr"><head></head>', ''],
      ['id;title_fr;new_url\n', 'text/html; charset=utf-8'],
    ] as const) {
      expect(parseSectionsIndex({ text, contentType })).toEqual({
        ok: false,
        error: expect.stringMatching(/HTML page/),
      });
    }
  });

  it('picks the format from the Content-Type, the address, then the content', () => {
    expect(detectFormat('[]', 'text/plain', 'https://x/index.csv')).toBe('csv');
    expect(detectFormat('id;x', 'application/json')).toBe('json');
    expect(detectFormat('id;x', '', 'https://x/sections.json?v=2')).toBe('json');
    expect(detectFormat(' [ ]')).toBe('json');
    expect(detectFormat('id;title_fr')).toBe('csv');
  });

  it('handles a 10 MB file within the limit, keeping only the first refusals', () => {
    const rows = [HEADER];
    let size = HEADER.length;
    for (let i = 0; size < 10 * 1024 * 1024; i += 1) {
      // One row in ten is hostile (javascript: target).
      const row = i % 10 === 9 ? csvRow(i).replace('https://esn.example/rh/', 'javascript:alert(') : csvRow(i);
      rows.push(row);
      size += row.length + 1;
    }
    const started = performance.now();
    const outcome = parseSectionsIndex({ text: rows.join('\n'), contentType: 'text/csv' });
    const elapsed = performance.now() - started;
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.entries.length).toBeGreaterThan(20_000);
    expect(outcome.issueCount).toBe(Math.floor((rows.length - 1) / 10));
    expect(outcome.issues).toHaveLength(MAX_KEPT_ISSUES);
    expect(outcome.issues[0]).toMatchObject({ row: 11, id: 's9' });
    // About 1.5 s in Node on this machine; the bound only catches a pathological slowdown.
    expect(elapsed).toBeLessThan(30_000);
  }, 60_000);

  it('refuses an empty file', () => {
    expect(parseSectionsIndex({ text: '\uFEFF \n' })).toEqual({
      ok: false,
      error: 'the index file is empty — publish the export again',
    });
  });
});

describe('parseSectionsFile', () => {
  it('reads Excel\'s "Texte Unicode" export: UTF-16 with a BOM, tab-separated', () => {
    const text = 'Identifiant\tTitre\tNouvelle URL\r\nconges\tCongés et absences\thttps://esn.example/rh/conges\r\n';
    const bytes = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0), 0])]);
    const outcome = parseSectionsFile({ bytes, contentType: 'text/plain', url: 'https://esn.example/rubriques.txt' });
    expect(outcome).toMatchObject({
      ok: true,
      entries: [{ id: 'conges', title: 'Congés et absences' }],
      source: { format: 'csv', separator: '\t', encoding: { name: 'utf-16le', from: 'bom' } },
    });
  });
});
