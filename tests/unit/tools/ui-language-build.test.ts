// @vitest-environment node
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { catalogFor, pseudoLocalize } from '../../tools/ui-language-build';

describe('a build in a chosen UI language', () => {
  it('gives every locale the French catalog in French, which says its language', () => {
    expect(catalogFor('fr', { en, fr })).toBe(fr);
    expect([en.uiLanguage.message, fr.uiLanguage.message]).toEqual(['en', 'fr']);
  });

  it('pseudo-localizes every English message: accented, about 40 % longer, substitutions kept', () => {
    const pseudo = catalogFor('pseudo', { en, fr }) as Record<string, { message: string }>;
    expect(Object.keys(pseudo)).toEqual(Object.keys(en));
    for (const [key, entry] of Object.entries(en as Record<string, { message: string }>)) {
      if (key === 'uiLanguage') continue;
      const message = pseudo[key]?.message ?? '';
      expect(message.match(/\$\d/g) ?? [], key).toEqual(entry.message.match(/\$\d/g) ?? []);
      if (entry.message.length >= 10) expect(message.length, key).toBeGreaterThanOrEqual(entry.message.length * 1.35);
    }
    // English underneath: dates and the organisation's texts stay English.
    expect(pseudo.uiLanguage?.message).toBe('en');
    expect(pseudoLocalize('Search tools')).toMatch(/^Šéàŕçĥ ţööĺš \S/);
    expect(pseudoLocalize('Open https://esn.example/a')).toContain('https://esn.example/a');
  });
});
