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

  it('gives nothing for an address that is not one', () => {
    expect(wordsFromAddress('not an address')).toBe('');
    expect(wordsFromAddress('https://old.example/')).toBe('');
  });
});
