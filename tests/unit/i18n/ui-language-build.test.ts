// @vitest-environment node
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { catalogFor, pseudoLocalize, uiLanguageOfMode } from '@/utils/i18n/ui-language-build';

describe('a build in a chosen UI language', () => {
  it('is chosen by the build mode only', () => {
    expect(uiLanguageOfMode('lang-fr')).toBe('fr');
    expect(uiLanguageOfMode('lang-pseudo')).toBe('pseudo');
    expect(uiLanguageOfMode('production')).toBeNull();
    expect(uiLanguageOfMode('lang-de')).toBeNull();
  });

  it('gives every locale the French catalog in French', () => {
    expect(catalogFor('fr', { en, fr })).toBe(fr);
  });

  it('pseudo-localizes every English message: accented, about 40 % longer, substitutions kept', () => {
    const pseudo = catalogFor('pseudo', { en, fr }) as Record<string, { message: string }>;
    expect(Object.keys(pseudo)).toEqual(Object.keys(en));
    for (const [key, entry] of Object.entries(en as Record<string, { message: string }>)) {
      const message = pseudo[key]?.message ?? '';
      expect(message.match(/\$\d/g) ?? [], key).toEqual(entry.message.match(/\$\d/g) ?? []);
      if (entry.message.length >= 10) expect(message.length, key).toBeGreaterThanOrEqual(entry.message.length * 1.35);
    }
    expect(pseudoLocalize('Search tools')).toMatch(/^Šéàŕçĥ ţööĺš \S/);
    expect(pseudoLocalize('Open https://esn.example/a')).toContain('https://esn.example/a');
  });
});
