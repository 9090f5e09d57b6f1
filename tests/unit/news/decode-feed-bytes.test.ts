// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, guessLegacyEncoding } from '@/utils/http/decode-body';
import { decodeFeedBytes } from '@/utils/news/decode-feed-bytes';
import {
  concatBytes,
  GB2312_TITLE,
  GB2312_TITLE_BYTES,
  KOI8R_TITLE,
  koi8rBytes,
  latin1Bytes,
  rssWithTitle,
} from './fixtures/feeds';

describe('decodeFeedBytes', () => {
  it('uses a UTF-8 byte-order mark and drops it', () => {
    const decoded = decodeFeedBytes(concatBytes([0xef, 0xbb, 0xbf], rssWithTitle('Été')));
    expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(decoded.text.startsWith('<rss')).toBe(true);
    expect(decoded.text).toContain('Été');
  });

  it('decodes UTF-16 LE and BE with a BOM, even when the declaration says utf-16', () => {
    const text = rssWithTitle('Ça marche', '<?xml version="1.0" encoding="utf-16"?>');
    const le = concatBytes([0xff, 0xfe], new Uint8Array(Buffer.from(text, 'utf16le')));
    const be = concatBytes([0xfe, 0xff], new Uint8Array(Buffer.from(text, 'utf16le').swap16()));
    expect(decodeFeedBytes(le)).toMatchObject({ encoding: 'utf-16le', text });
    expect(decodeFeedBytes(be)).toMatchObject({ encoding: 'utf-16be', text });
  });

  it('recognises UTF-16 without a BOM from the zero bytes around "<"', () => {
    const text = rssWithTitle('sans BOM');
    expect(decodeFeedBytes(new Uint8Array(Buffer.from(text, 'utf16le')))).toMatchObject({ encoding: 'utf-16le', text });
  });

  it('follows the XML declaration (windows-1252, ISO-8859-1, gb2312)', () => {
    const cp1252 = latin1Bytes(rssWithTitle('Caf\u00e9 cr\u00e8me', '<?xml version="1.0" encoding="windows-1252"?>'));
    expect(decodeFeedBytes(cp1252).text).toContain('Café crème');
    const latin1 = latin1Bytes(rssWithTitle('Ma\u00e7\u00e3', "<?xml version='1.0' encoding='ISO-8859-1'?>"));
    expect(decodeFeedBytes(latin1)).toMatchObject({ encoding: 'windows-1252', source: 'declaration' });
    expect(decodeFeedBytes(latin1).text).toContain('Maçã');
    const gb = concatBytes(
      '<?xml version="1.0" encoding="gb2312"?><rss><channel><item><title>',
      GB2312_TITLE_BYTES,
      '</title></item></channel></rss>',
    );
    expect(decodeFeedBytes(gb).text).toContain(GB2312_TITLE);
  });

  it('prefers the HTTP charset to the declaration', () => {
    const bytes = latin1Bytes(rssWithTitle('\u00e9t\u00e9', '<?xml version="1.0" encoding="utf-8"?>'));
    expect(decodeFeedBytes(bytes, 'application/rss+xml; charset="ISO-8859-1"')).toMatchObject({ source: 'http' });
    expect(decodeFeedBytes(bytes, 'application/rss+xml; charset="ISO-8859-1"').text).toContain('été');
  });

  it('does not let a default Latin-1 header garble a UTF-8 document', () => {
    const decoded = decodeFeedBytes(new TextEncoder().encode(rssWithTitle('Été')), 'text/xml; charset=iso-8859-1');
    expect(decoded.text).toContain('Été');
  });

  it('keeps a Latin-1 header on an ASCII document, and reads undeclared UTF-8 as UTF-8', () => {
    const ascii = new TextEncoder().encode(rssWithTitle('plain'));
    expect(decodeFeedBytes(ascii, 'text/xml; charset=iso-8859-1')).toMatchObject({
      encoding: 'windows-1252',
      source: 'http',
    });
    const text = rssWithTitle('Été 🌞');
    expect(decodeFeedBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8', source: 'utf-8' });
  });

  it('ignores unknown charset labels', () => {
    expect(charsetFromContentType('text/xml; charset=x-klingon')).toBeNull();
    expect(decodeFeedBytes(new TextEncoder().encode(rssWithTitle('ok')), 'text/xml; charset=x-klingon').encoding).toBe(
      'utf-8',
    );
  });

  it('falls back to windows-1252 for undeclared Latin bytes, and to KOI8-R for undeclared Russian', () => {
    const latin = latin1Bytes(rssWithTitle('Not\u00edcias da manh\u00e3 para voc\u00ea'));
    expect(decodeFeedBytes(latin)).toMatchObject({ encoding: 'windows-1252', source: 'guess' });
    const russian = concatBytes(
      '<rss><channel><item><title>',
      koi8rBytes(`${KOI8R_TITLE}. ${KOI8R_TITLE}.`),
      '</title></item></channel></rss>',
    );
    expect(guessLegacyEncoding(russian)).toBe('koi8-r');
    expect(decodeFeedBytes(russian).text).toContain(KOI8R_TITLE);
  });
});
