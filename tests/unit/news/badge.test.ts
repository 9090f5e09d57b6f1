import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import { catalogTranslator } from '@/utils/i18n/translator';
import { BADGE_COLORS, computeBadge } from '@/utils/news/badge';

const t = catalogTranslator(en);
const feeds = [
  { label: 'Actualités', unread: 3 },
  { label: 'Évènements', unread: 1 },
];

describe('computeBadge', () => {
  it('shows the unread count, with counts per feed in the tooltip', () => {
    const badge = computeBadge({ enabled: true, unreadCount: 4, status: 'ok', feeds }, t);
    expect(badge.text).toBe('4');
    expect(badge.color).toBe(BADGE_COLORS.ok);
    expect(badge.title).toContain('4 unread news items');
    expect(badge.title).toContain('Actualités: 3');
    expect(badge.title).toContain('Évènements: 1');
  });

  it('is empty with nothing unread, and "99+" beyond 99', () => {
    expect(computeBadge({ enabled: true, unreadCount: 0, status: 'ok', feeds }, t).text).toBe('');
    expect(computeBadge({ enabled: true, unreadCount: 100, status: 'ok', feeds }, t).text).toBe('99+');
  });

  it('marks signed out, failing and stale distinctly, in text and colour, and says so', () => {
    const signedOut = computeBadge({ enabled: true, unreadCount: 4, status: 'signedOut', feeds }, t);
    const failing = computeBadge({ enabled: true, unreadCount: 150, status: 'failing', feeds }, t);
    const stale = computeBadge({ enabled: true, unreadCount: 0, status: 'stale', feeds }, t);
    expect([signedOut.text, failing.text, stale.text]).toEqual(['4?', '99!', '~']);
    expect(new Set([signedOut.color, failing.color, stale.color, BADGE_COLORS.ok]).size).toBe(4);
    expect(signedOut.title).toContain(en.newsStatusSignedOut.message);
    expect(failing.title).toContain(en.newsStatusFailing.message);
    expect(stale.title).toContain(en.newsStatusStale.message);
  });

  it('is blank when news is off', () => {
    expect(computeBadge({ enabled: false, unreadCount: 4, status: 'failing', feeds }, t).text).toBe('');
  });
});
