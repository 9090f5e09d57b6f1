import { describe, expect, it } from 'vitest';
import { decodeAddressText } from '@/utils/sections/address-decoding';

describe('decodeAddressText', () => {
  it('decodes UTF-8 escapes as decodeURIComponent does', () => {
    expect(decodeAddressText('/sites/Comit%C3%A9_entreprise/ann%C3%A9e%202026')).toBe(
      '/sites/Comité_entreprise/année 2026',
    );
  });

  it('reads escapes that are no UTF-8 as windows-1252, beside UTF-8 ones, and keeps a stray "%"', () => {
    expect(decodeAddressText('/rh/cong%E9s%20pay%E9s.aspx')).toBe('/rh/congés payés.aspx');
    expect(decodeAddressText('/r%C3%A9sum%E9')).toBe('/résumé');
    expect(decodeAddressText('/remise-50%/x%2')).toBe('/remise-50%/x%2');
  });
});
