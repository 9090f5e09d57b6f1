import { describe, expect, it } from 'vitest';
import type { EffectiveConfig } from '@/utils/config/effective';
import type { ItemWithState } from '@/utils/news/store';
import { buildNewsSlice } from '@/utils/news/view';

const NOW = Date.UTC(2026, 10, 27, 9);
const config = {
  feeds: [
    { id: 'actualites', label: 'Actualités', url: 'https://esn.example/a.rss' },
    { id: 'rh', label: 'RH', url: 'https://esn.example/rh.rss' },
  ],
  pollingIntervalMinutes: 15,
  esn: {},
} as unknown as EffectiveConfig;

function stored(key: string, feedIds: string[], unread: boolean, sortAt: number): ItemWithState {
  const [feedId = ''] = feedIds;
  return { key, feedId, feedIds, title: key, categories: [], important: false, firstSeenAt: NOW, sortAt, unread };
}

describe('buildNewsSlice', () => {
  it('credits a post in two feeds to each, counts it once in the total, lists it once', () => {
    const items = [
      stored('shared', ['rh', 'actualites'], true, 3),
      stored('a1', ['actualites'], true, 2),
      stored('r1', ['rh'], false, 1),
      stored('gone', ['unconfigured'], true, 0),
    ];
    const slice = buildNewsSlice(config, items, [], NOW);
    expect(slice.unreadCount).toBe(2);
    expect(slice.feeds.map((feed) => [feed.id, feed.unread])).toEqual([
      ['actualites', 2],
      ['rh', 1],
    ]);
    expect(slice.items.map((item) => [item.key, item.feedId, item.alsoIn])).toEqual([
      ['shared', 'actualites', ['rh']],
      ['a1', 'actualites', undefined],
      ['r1', 'rh', undefined],
    ]);
  });
});
