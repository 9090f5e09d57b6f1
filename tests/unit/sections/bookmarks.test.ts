// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { SectionEntry } from '@/utils/config/schema';
import { bookmarksToUpdate } from '@/utils/sections/bookmarks';

const entry: SectionEntry = {
  id: 'docs',
  title: 'Docs',
  oldUrls: ['https://old.example/rh/cantine/menus.aspx'],
  oldUrlPrefixes: ['https://INTRANET.example/documents/'],
  newUrl: 'https://esn.example/docs',
};

const node = (id: string, url?: string, children?: Browser.bookmarks.BookmarkTreeNode[]) =>
  ({ id, title: id, ...(url && { url }), ...(children && { children }) }) as Browser.bookmarks.BookmarkTreeNode;

describe('bookmarksToUpdate', () => {
  it('finds bookmarks on an exact old address or below an old prefix, in every folder', () => {
    const tree = [
      node('root', undefined, [
        node('1', 'https://old.example/rh/cantine/menus.aspx'),
        node('folder', undefined, [
          node('2', 'https://intranet.example/documents/rh/guide.pdf'),
          node('3', 'https://intranet.example/autre'),
        ]),
        node('4', 'https://old.example/rh/cantine/menus.aspx?x=1'),
      ]),
    ];
    expect(bookmarksToUpdate(tree, entry).map((bookmark) => bookmark.id)).toEqual(['1', '2']);
  });
});
