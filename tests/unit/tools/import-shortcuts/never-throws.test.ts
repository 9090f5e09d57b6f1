// @vitest-environment node
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { importShortcuts } from '../../../tools/import-shortcuts/import-shortcuts';

/**
 * Whatever IT points the importer at (a damaged export, a binary renamed .url, a truncated .lnk), it reports what it
 * skipped and never stops the import. Until 1 Dec 2026 a bookmark title with "&#x110000;" threw a RangeError.
 */
const NAMES = fc.constantFrom('a.url', 'b.desktop', 'c.lnk', 'd.html', 'e.json', 'notes.txt', 'raccourci');

/** Entities of any code point, valid or not (around the last one, 0x10FFFF, too), named or numeric. */
const CODE_POINT = fc.oneof(fc.integer({ min: 0, max: 0x11_ffff }), fc.integer({ min: 0x10_fff0, max: 0x11_0010 }));
const ENTITY = fc.oneof(
  CODE_POINT.map((code) => `&#${code};`),
  CODE_POINT.map((code) => `&#x${code.toString(16)};`),
  fc.constantFrom('&eacute;', '&amp;', '&bogus;', '&#;', '&#x;', '&'),
);

/** The pieces each format is made of, in any order: readers meet them broken and out of place. */
const PIECE = fc.oneof(
  ENTITY,
  fc.constantFrom(
    '[InternetShortcut]',
    '[Desktop Entry]',
    'URL=https://intranet.example/a',
    'URL=',
    'Name=Paie',
    'Type=Link',
    'IconFile=',
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<DL><p>',
    '</DL>',
    '<DT><H3>',
    '</H3>',
    '<DT><A HREF="https://intranet.example/b">',
    '<A HREF="',
    '</A>',
    '{"ManagedBookmarks":[',
    '{"name":"x","url":"https://intranet.example/c"}',
    '{"children":[',
    ']}',
    '\n',
  ),
  fc.string({ maxLength: 12 }),
);

describe('importShortcuts', () => {
  it('never throws on text made of the formats’ pieces, entities of any code point among them', () => {
    fc.assert(
      fc.property(NAMES, fc.array(PIECE, { maxLength: 40 }), (name, pieces) => {
        importShortcuts([{ name, text: pieces.join('') }]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never throws on a bookmarks export whose folders, titles and addresses hold any of those pieces', () => {
    const text = fc.array(PIECE, { maxLength: 6 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, text, text, (folder, title, href) => {
        const html = `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><H3>${folder}</H3>\n<DL><p>\n<DT><A HREF="${href}">${title}</A>\n</DL><p>\n</DL>`;
        importShortcuts([{ name: 'bookmarks.html', text: html }]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never throws on bytes, with or without the .lnk header', () => {
    const lnkHeader = [0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46];
    fc.assert(
      fc.property(NAMES, fc.boolean(), fc.uint8Array({ maxLength: 400 }), (name, lnk, bytes) => {
        importShortcuts([{ name, bytes: lnk ? new Uint8Array([...lnkHeader, ...bytes]) : bytes }]);
      }),
      { numRuns: 1_000 },
    );
  });
});
