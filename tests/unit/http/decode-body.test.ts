// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeBody } from '@/utils/http/decode-body';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('decodeBody', () => {
  it('reads a UTF-8 file with one damaged byte as UTF-8, not every accent as two characters', () => {
    const damaged = Uint8Array.from([...utf8('Congés;Santé;Sécurité;'), 0xe9, ...utf8(';Été\n')]);
    expect(decodeBody(damaged)).toEqual({
      text: 'Congés;Santé;Sécurité;\uFFFD;Été\n',
      encoding: 'utf-8',
      source: 'utf-8',
    });
  });

  it('reads what Excel writes for "CSV (séparateur : point-virgule)" as windows-1252, ’ and œ included', () => {
    const csv = 'Identifiant;Titre;Mots-clés\r\nconges;Congés et absences;RTT\r\n';
    expect(decodeBody(latin1(csv), 'text/csv')).toEqual({ text: csv, encoding: 'windows-1252', source: 'guess' });
    const typographic = Uint8Array.from([...latin1('Offres d'), 0x92, ...latin1('emploi;'), 0x9c, ...latin1('uvres')]);
    expect(decodeBody(typographic).text).toBe('Offres d’emploi;œuvres');
  });

  it('takes the HTTP charset, and a BOM over it', () => {
    expect(decodeBody(latin1('Aubépine'), 'text/csv; charset=ISO-8859-1')).toMatchObject({
      text: 'Aubépine',
      source: 'http',
    });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Aubépine')]);
    expect(decodeBody(withBom, 'text/csv; charset=ISO-8859-1')).toEqual({
      text: 'Aubépine',
      encoding: 'utf-8',
      source: 'bom',
    });
  });
});
