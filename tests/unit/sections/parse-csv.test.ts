// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSectionsCsv } from '@/utils/sections/parse-csv';
import { renderSectionsCsv } from '../../demo-esn/content/sections-csv';
import { sectionEntries } from '../../demo-esn/content/sections-index';

const HEADER =
  'id;title_fr;title_en;aliases;keywords;old_urls;new_url;breadcrumb_fr;breadcrumb_en;moved_on;note_fr;note_en';
const GOOD =
  'canteen;Menus de la cantine;Canteen menus;cantine|self;repas|menu;https://old.example/rh/cantine/menus.aspx|https://old.example/rh/cantine/*;https://esn.example/services/restauration/menus;Services › Restauration;Services › Catering;2026-09-15;"Publiés le vendredi; pour la semaine";Published on Fridays';

function ok(text: string) {
  const outcome = parseSectionsCsv(text);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
}

describe('parseSectionsCsv', () => {
  it('reads a French spreadsheet export: BOM, ";" separator, CRLF, quoted fields, "|" multi-values, "*" prefixes', () => {
    const { entries, issues } = ok(`\uFEFF${HEADER}\r\n${GOOD}\r\n`);
    expect(issues).toEqual([]);
    expect(entries).toEqual([
      {
        id: 'canteen',
        title: { fr: 'Menus de la cantine', en: 'Canteen menus' },
        aliases: ['cantine', 'self'],
        keywords: ['repas', 'menu'],
        oldUrls: ['https://old.example/rh/cantine/menus.aspx'],
        oldUrlPrefixes: ['https://old.example/rh/cantine/'],
        newUrl: 'https://esn.example/services/restauration/menus',
        breadcrumb: { fr: 'Services › Restauration', en: 'Services › Catering' },
        movedOn: '2026-09-15',
        note: { fr: 'Publiés le vendredi; pour la semaine', en: 'Published on Fridays' },
      },
    ]);
  });

  it('detects the "," separator and reads files without BOM', () => {
    const text =
      'id,title_en,new_url,old_urls\nmemo,"Memos, internal",https://esn.example/memos,https://old.example/memos.aspx\n';
    const { entries } = ok(text);
    expect(entries[0]).toMatchObject({
      id: 'memo',
      title: { en: 'Memos, internal' },
      oldUrls: ['https://old.example/memos.aspx'],
    });
  });

  it('accepts an old_prefixes column and a single-language title column', () => {
    const { entries } = ok('id;title;new_url;old_prefixes\ncse;CSE;https://esn.example/cse;https://old.example/cse/\n');
    expect(entries[0]).toMatchObject({ title: 'CSE', oldUrlPrefixes: ['https://old.example/cse/'] });
  });

  it('reads the demo ESN export back to the same entries', () => {
    const source = sectionEntries('http://127.0.0.1:8080');
    const { entries, issueCount } = ok(renderSectionsCsv(source));
    expect(issueCount).toBe(0);
    expect(entries).toEqual(source);
  });

  it('refuses hostile rows one by one, naming the row and the reason, and keeps the rest', () => {
    const rows = [
      HEADER,
      GOOD, // row 2
      'js;Piège;Trap;;;;javascript:alert(1);;;;;', // row 3
      'short;Trop court', // row 4: missing columns
      ';Sans id;No id;;;;https://esn.example/x;;;;;', // row 5
      'date;Date;Date;;;;https://esn.example/d;;;15/09/2026;;', // row 6
      'canteen;Doublon;Duplicate;;;;https://esn.example/dup;;;;;', // row 7
      'data;Data;Data;;;;data:text/html,hi;;;;;', // row 8
      'insecure;HTTP;HTTP;;;;http://esn.example/plain;;;;;', // row 9
      'oldjs;Old;Old;;;javascript:void(0);https://esn.example/ok;;;;;', // row 10
      'notitle;;;;;;https://esn.example/t;;;;;', // row 11
    ];
    const { entries, issues, issueCount } = ok(rows.join('\n'));
    expect(entries.map((entry) => entry.id)).toEqual(['canteen']);
    expect(issueCount).toBe(9);
    const byRow = new Map(issues.map((issue) => [issue.row, issue]));
    expect(byRow.get(3)?.reason).toMatch(/newUrl/);
    expect(byRow.get(4)?.reason).toMatch(/^the row has 2 fields but the header has 12 — quote a cell/);
    expect(byRow.get(5)?.reason).toMatch(/^id:/);
    expect(byRow.get(6)?.reason).toMatch(/movedOn/);
    expect(byRow.get(7)).toMatchObject({
      id: 'canteen',
      reason: 'duplicate id (first used on row 2) — give each row its own id',
    });
    expect(byRow.get(8)?.reason).toMatch(/newUrl/);
    expect(byRow.get(9)?.reason).toMatch(/neither loopback nor listed/);
    expect(byRow.get(10)?.reason).toMatch(/oldUrls/);
    expect(byRow.get(11)?.reason).toMatch(/title/);
  });

  it('counts rows as the spreadsheet does: blank rows keep their number, multi-line cells are one row', () => {
    const text = `${HEADER}\n\n"multi";"Ligne 1\nligne 2";X;;;;https://esn.example/m;;;;;\nbad;B;B;;;;ftp://x;;;;;\n`;
    const { entries, issues } = ok(text);
    expect(entries.map((entry) => entry.id)).toEqual(['multi']);
    expect(issues).toEqual([{ row: 4, id: 'bad', reason: expect.stringMatching(/newUrl/) }]);
  });

  it('refuses a file whose header lacks the columns, saying which and hinting at the separator', () => {
    const outcome = parseSectionsCsv('id|title_fr|new_url\na|b|https://esn.example/\n');
    expect(outcome).toEqual({
      ok: false,
      error: expect.stringMatching(/^header row: no column for the id, the new address, the title; .*separator/),
    });
  });
});
