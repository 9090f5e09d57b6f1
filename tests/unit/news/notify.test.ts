import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import { NOTIFY_MIN_GAP_MS, planNotification } from '@/utils/news/notify';
import { catalogTranslator } from '../i18n/catalog-translator';

const t = catalogTranslator(en);
const item = (n: number) => ({ key: `k${n}`, title: `Title ${n}` });

describe('planNotification', () => {
  it('groups the new important items into one notification that opens the first', () => {
    const { show, state } = planNotification({ pending: [] }, [1, 2, 3, 4, 5].map(item), 1000, t);
    expect(show).toEqual({ key: 'k1', title: 'Important news', message: 'Title 1\nTitle 2\nTitle 3\nand 2 more' });
    expect(state).toEqual({ lastShownAt: 1000, pending: [] });
  });

  it('holds items back within the rate limit, then shows them grouped with the newer ones', () => {
    const first = planNotification({ pending: [] }, [item(1)], 0, t);
    const held = planNotification(first.state, [item(2)], NOTIFY_MIN_GAP_MS - 1, t);
    expect(held.show).toBeNull();
    const later = planNotification(held.state, [item(3)], NOTIFY_MIN_GAP_MS, t);
    expect(later.show?.message).toBe('Title 3\nTitle 2');
  });

  it('shows nothing without candidates', () => {
    expect(planNotification({ pending: [] }, [], 0, t).show).toBeNull();
  });
});
