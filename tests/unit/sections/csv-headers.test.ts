// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planColumns } from '@/utils/sections/csv-columns';
import { FIELD_OF_NAME_ENTRIES, fieldOfHeader } from '@/utils/sections/csv-headers';
import { parseSectionsCsv, splitList } from '@/utils/sections/parse-csv';

function ok(text: string, mapping = {}) {
  const outcome = parseSectionsCsv(text, [], mapping);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
}

describe('fieldOfHeader', () => {
  it.each([
    ['id', 'id'],
    ['Identifiant', 'id'],
    ['Titre', 'title'],
    ['Titre (FR)', 'title_fr'],
    ['Titre anglais', 'title_en'],
    ['Titre en anglais', 'title_en'],
    ['title_en', 'title_en'],
    ['English title', 'title_en'],
    ['TITLE-FR', 'title_fr'],
    ['Rubrique', 'title'],
    ['Nouvelle URL', 'new_url'],
    ['nouvelle_adresse', 'new_url'],
    ['New address', 'new_url'],
    ['Ancienne(s) adresse(s)', 'old_urls'],
    ['Anciennes adresses', 'old_urls'],
    ['old_urls', 'old_urls'],
    ['Old URLs', 'old_urls'],
    ['Mots-clés', 'keywords'],
    ['MOTS CLES', 'keywords'],
    ['Keywords', 'keywords'],
    ['Synonymes', 'aliases'],
    ['Date du déménagement', 'moved_on'],
    ['Date de demenagement', 'moved_on'],
    ['moved_on', 'moved_on'],
    ["Fil d'Ariane (EN)", 'breadcrumb_en'],
    ['Emplacement', 'breadcrumb'],
    ['Commentaire anglais', 'note_en'],
    ['  Préfixe  ', 'old_prefixes'],
  ])('reads "%s" as %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('ignores headers it does not know', () => {
    expect(fieldOfHeader('Responsable éditorial')).toBeNull();
    expect(fieldOfHeader('')).toBeNull();
  });

  it('never gives one name to two fields', () => {
    const fields = new Map<string, string>();
    for (const [name, field] of FIELD_OF_NAME_ENTRIES) {
      expect(fields.get(name) ?? field, name).toBe(field);
      fields.set(name, field);
    }
  });
});

describe('parseSectionsCsv: the spreadsheet as exported', () => {
  it('reads French headers, a BOM and ";" (the neutral title is French when an English one exists)', () => {
    const text =
      '\uFEFFIdentifiant;Titre;Titre anglais;Nouvelle URL;Ancienne(s) adresse(s);Mots-clés;Date du déménagement\r\n' +
      'cantine;Menus de la cantine;Canteen menus;https://esn.example/menus;https://old.example/cantine.aspx|https://old.example/rie/*;repas, menu;2026-09-15\r\n';
    const outcome = ok(text);
    expect(outcome.entries).toEqual([
      {
        id: 'cantine',
        title: { fr: 'Menus de la cantine', en: 'Canteen menus' },
        newUrl: 'https://esn.example/menus',
        oldUrls: ['https://old.example/cantine.aspx'],
        oldUrlPrefixes: ['https://old.example/rie/'],
        keywords: ['repas', 'menu'],
        movedOn: '2026-09-15',
      },
    ]);
    expect(outcome.source).toMatchObject({ format: 'csv', separator: ';' });
    expect(outcome.source?.columns?.[1]).toEqual({ header: 'Titre', field: 'title' });
  });

  it('says when a column without a language is only the fallback of the two language columns', () => {
    const text =
      'Identifiant;Titre;Titre anglais;Rubrique (FR);Nouvelle URL\nk;Kiosque;Kiosk;Services › Kiosque;https://esn.example/k\n';
    const outcome = ok(text);
    // "Rubrique" names the title too: the French title is the rubrique, "Titre" is read only where both are empty.
    expect(outcome.entries[0]?.title).toEqual({ fr: 'Services › Kiosque', en: 'Kiosk' });
    expect(outcome.source?.columns?.slice(1, 4)).toEqual([
      { header: 'Titre', field: 'title', fallback: true },
      { header: 'Titre anglais', field: 'title_en' },
      { header: 'Rubrique (FR)', field: 'title_fr' },
    ]);
    const mapped = ok(text, { title_fr: 'Titre', breadcrumb_fr: 'Rubrique (FR)' });
    expect(mapped.entries[0]).toMatchObject({
      title: { fr: 'Kiosque', en: 'Kiosk' },
      breadcrumb: { fr: 'Services › Kiosque' },
    });
    expect(mapped.source?.columns?.every((column) => !column.fallback)).toBe(true);
  });

  it('reads English headers with "," and ";" as the list separator inside cells', () => {
    const text =
      'ID,Title,New URL,Old URLs,Keywords\n' +
      'memo,Memos,https://esn.example/memos,https://old.example/a.aspx;https://old.example/b.aspx,notes|memo\n';
    expect(ok(text).entries[0]).toEqual({
      id: 'memo',
      title: 'Memos',
      newUrl: 'https://esn.example/memos',
      oldUrls: ['https://old.example/a.aspx', 'https://old.example/b.aspx'],
      keywords: ['notes', 'memo'],
    });
    expect(ok(text).source?.separator).toBe(',');
  });

  it('reads a mixed sheet: accents, dashes, underscores and language suffixes in both languages', () => {
    const text =
      'id;TITRE_FR;Title (EN);new-url;Mots clés (FR);Keywords EN;Fil d’Ariane\n' +
      'rh;Ressources humaines;Human resources;https://esn.example/rh;paie;payroll;Services › RH\n';
    expect(ok(text).entries[0]).toEqual({
      id: 'rh',
      title: { fr: 'Ressources humaines', en: 'Human resources' },
      newUrl: 'https://esn.example/rh',
      keywords: ['paie', 'payroll'],
      breadcrumb: 'Services › RH',
    });
  });

  it('splits list cells on "|", on ", " and never on a comma inside an address', () => {
    expect(splitList('a | b', ';')).toEqual(['a', 'b']);
    expect(splitList('cantine, self, RIE', ';')).toEqual(['cantine', 'self', 'RIE']);
    expect(splitList('https://old.example/a,b', ';')).toEqual(['https://old.example/a,b']);
    expect(splitList('x;y', ',')).toEqual(['x', 'y']);
    expect(splitList('x;y', ';')).toEqual(['x;y']);
  });

  it('maps any other naming with sections.columns, compared like the headers', () => {
    const text = 'Réf;Nom affiché;Page sur La Ruche\nk;Kiosque;https://esn.example/kiosque\n';
    expect(() => ok(text)).toThrow(/no column for the new address, the title;/);
    const { entries } = ok(text, { new_url: 'page-sur-la-ruche', title_fr: 'Nom affiché' });
    expect(entries[0]).toEqual({ id: 'k', title: { fr: 'Kiosque' }, newUrl: 'https://esn.example/kiosque' });
  });

  it('lets a mapped column win over a recognised one for the same field', () => {
    const text = 'id;Titre;URL;Lien RSE\nk;Kiosque;https://old.example/k;https://esn.example/k\n';
    expect(ok(text, { new_url: 'Lien RSE' }).entries[0]?.newUrl).toBe('https://esn.example/k');
  });

  it('flags rows whose exact old address looks like a folder, and keeps them', () => {
    const text =
      'id;titre;nouvelle url;anciennes adresses\nf;F;https://esn.example/f;https://old.example/rh/|https://old.example/\n';
    const outcome = ok(text);
    expect(outcome.entries[0]?.oldUrls).toEqual(['https://old.example/rh/', 'https://old.example/']);
    expect(outcome.noticeCount).toBe(1);
    expect(outcome.notices?.[0]).toMatchObject({ row: 2, id: 'f' });
    expect(outcome.notices?.[0]?.reason).toMatch(/^https:\/\/old\.example\/rh\/ looks like a folder.*end it with \*/);
  });
});

describe('refusal messages name the fix', () => {
  it('a missing column: says which, lists the headers found, and the two ways out', () => {
    expect(planColumns(['id', 'Titre', 'Rubrique parente'])).toBe(
      'header row: no column for the new address; found: id, Titre, Rubrique parente — rename one of them, or map it with sections.columns ({"new_url": "…"})',
    );
  });

  it('a wrong separator: one column read', () => {
    expect(planColumns(['id|titre|nouvelle url'])).toMatch(
      /only one column was read: the separator must be ";" or ","/,
    );
  });

  it('two columns for one field', () => {
    expect(planColumns(['id', 'Titre', 'URL', 'Lien'])).toBe(
      'header row: two columns for the new address ("URL" and "Lien") — rename one of them, or map the right one with sections.columns ({"new_url": "URL"})',
    );
  });

  it('a mapping to a header that is not there', () => {
    expect(planColumns(['id', 'Titre', 'URL'], { new_url: 'Lien RSE' })).toBe(
      'sections.columns maps new_url to "Lien RSE", but the header row has no such column; found: id, Titre, URL — correct the name in sections.columns',
    );
  });

  it.each([
    ['short;Court', /^the row has 2 fields but the header has 4 — quote a cell that contains ";"/],
    [';Sans id;https://esn.example/x;', /^id: .* — fill in a unique id/],
    ['t;;https://esn.example/t;', /^title: .* — fill in a title/],
    [
      'u;U;esn.example/u;',
      /^newUrl: must be an absolute http\(s\) URL — write the full new address, starting with https:\/\//,
    ],
    ['o;O;https://esn.example/o;intranet/o.aspx', /^oldUrls \(value 1\): .* — write each old address in full/],
    ['h;H;http://esn.example/h;', /neither loopback nor listed.* — use https:\/\/, or ask IT to list the origin/],
    ['d;D;https://esn.example/d;;15/09/2026', null],
  ])('row "%s"', (row, reason) => {
    const header =
      row.split(';').length === 5
        ? 'id;titre;nouvelle url;ancienne adresse;date'
        : 'id;titre;nouvelle url;ancienne adresse';
    const outcome = ok(`${header}\n${row}\n`);
    if (reason === null) {
      expect(outcome.issues[0]?.reason).toMatch(/^movedOn: .* — write the date as YYYY-MM-DD/);
    } else {
      expect(outcome.issues[0]?.reason).toMatch(reason);
    }
  });

  it('a duplicate id', () => {
    const outcome = ok('id;titre;nouvelle url\na;A;https://esn.example/a\na;B;https://esn.example/b\n');
    expect(outcome.issues[0]?.reason).toBe('duplicate id (first used on row 2) — give each row its own id');
  });
});

describe("the demo ESN's French export", () => {
  it('loads every good row and refuses the two bad ones with their numbers and reasons', async () => {
    const { sectionEntries } = await import('../../demo-esn/content/sections-index');
    const { FRENCH_EXPORT_BAD_ROWS, renderFrenchSectionsExport } = await import(
      '../../demo-esn/content/sections-french-export'
    );
    const source = sectionEntries('https://esn.example');
    const outcome = ok(renderFrenchSectionsExport(source));
    expect(outcome.entries.map((entry) => entry.id)).toEqual(source.map((entry) => entry.id));
    expect(outcome.issues.map((issue) => [issue.row, issue.id])).toEqual(
      FRENCH_EXPORT_BAD_ROWS.map((bad) => [bad.row, bad.id]),
    );
    expect(outcome.issues[0]?.reason).toMatch(/^newUrl: .* — write the full new address/);
    expect(outcome.issues[1]?.reason).toMatch(/^movedOn: .* — write the date as YYYY-MM-DD/);
  });
});
