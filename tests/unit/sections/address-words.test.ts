import { describe, expect, it } from 'vitest';
import { wordsFromAddress } from '@/utils/sections/address-words';

describe('the words of an old address', () => {
  it('keeps the words of the path and query, without extensions, numbers, noise or repeats', () => {
    expect(wordsFromAddress('https://old.example/rh/cantine/menus-semaine.aspx?id=4&theme=Cantine')).toBe(
      'rh cantine menus semaine',
    );
    expect(wordsFromAddress('https://intranet.example/sites/fr/Comit%C3%A9_entreprise/index.html')).toBe(
      'comité entreprise',
    );
  });

  it('reads an old intranet’s windows-1252 escapes and a stray "%", where decoding as UTF-8 alone gave nothing', () => {
    expect(wordsFromAddress('https://old.example/rh/cong%E9s-pay%E9s.aspx?th%E8me=r%E9sum%E9')).toBe(
      'rh congés payés résumé',
    );
    expect(wordsFromAddress('https://old.example/promotions/remise-50%/catalogue.aspx')).toBe(
      'promotions remise catalogue',
    );
  });

  it('gives nothing for an address that is not one', () => {
    expect(wordsFromAddress('not an address')).toBe('');
    expect(wordsFromAddress('https://old.example/')).toBe('');
  });
});
