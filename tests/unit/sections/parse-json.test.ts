// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSectionsJson } from '@/utils/sections/parse-json';

const entry = {
  id: 'canteen',
  title: { fr: 'Menus de la cantine', en: 'Canteen menus' },
  oldUrls: ['https://old.example/rh/cantine/menus.aspx', 'https://old.example/rh/cantine/*'],
  newUrl: 'https://esn.example/services/restauration/menus',
};

describe('parseSectionsJson', () => {
  it('reads a list or an object with "entries"; "*" marks a prefix in JSON too', () => {
    for (const document of [[entry], { version: 1, entries: [entry] }]) {
      const outcome = parseSectionsJson(`\uFEFF${JSON.stringify(document)}`);
      expect(outcome).toMatchObject({
        ok: true,
        entries: [
          {
            oldUrls: ['https://old.example/rh/cantine/menus.aspx'],
            oldUrlPrefixes: ['https://old.example/rh/cantine/'],
          },
        ],
      });
    }
  });

  it('refuses hostile entries one by one with their position', () => {
    const outcome = parseSectionsJson(
      JSON.stringify([
        entry,
        { ...entry, id: 'js', newUrl: 'javascript:alert(document.cookie)' },
        'not an object',
        { ...entry, id: 'x'.repeat(101) },
        { ...entry, id: 'proto', __proto__: { newUrl: 'https://evil.example' }, newUrl: undefined },
        { ...entry, id: 'many', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) },
      ]),
    );
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.entries.map((e) => e.id)).toEqual(['canteen']);
    expect(outcome.issues.map((issue) => issue.row)).toEqual([2, 3, 4, 5, 6]);
    expect(outcome.issues[0]).toMatchObject({ id: 'js', reason: expect.stringMatching(/^newUrl:/) });
    expect(outcome.issues[1]?.reason).toMatch(/^is not an object — write each entry as/);
  });

  it('refuses invalid JSON and an unexpected shape as a whole', () => {
    expect(parseSectionsJson('{"entries": [')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^not valid JSON/),
    });
    expect(parseSectionsJson('{"items": []}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/expected a list/),
    });
  });
});
