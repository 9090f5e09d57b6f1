import { describe, expect, it } from 'vitest';
import { createNewsSearchSource } from '@/utils/news/search-source';

const items = [
  { key: 'a', feedId: 'news', title: 'Nouveaux horaires de la cantine', unread: true },
  { key: 'b', feedId: 'events', title: 'Forum des métiers', unread: false },
];

describe('news search source', () => {
  it('finds news by title, accent- and case-insensitively, with prefixes', () => {
    const source = createNewsSearchSource(items, (feedId) => (feedId === 'events' ? 'Évènements' : 'Actualités'));
    expect(source.kind).toBe('news');
    expect(source.search('METIER', 5)).toMatchObject([{ id: 'b', title: 'Forum des métiers', detail: 'Évènements' }]);
    expect(source.search('cant', 5).map((result) => result.id)).toEqual(['a']);
    expect(source.search('   ', 5)).toEqual([]);
  });
});
