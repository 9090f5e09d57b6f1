import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { BADGE_COLORS, computeBadge } from '@/utils/news/badge';
import { catalogTranslator } from '../i18n/catalog-translator';

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
    expect(badge.title.split('\n')).toEqual([
      en.actionTitle.message,
      '4 unread news items',
      'Actualités: 3 unread · Évènements: 1 unread',
    ]);
  });

  it('in French, with the right agreement and a non-breaking space before the colon', () => {
    const badge = computeBadge({ enabled: true, unreadCount: 4, status: 'ok', feeds }, catalogTranslator(fr));
    expect(badge.title).toContain('Actualités\u00a0: 3 non lues · Évènements\u00a0: 1 non lue');
  });

  it('says why the feeds add up to more than the total when a post is in several feeds', () => {
    const shared = [
      { label: 'Actualités', unread: 2 },
      { label: 'RH', unread: 1 },
    ];
    const badge = computeBadge({ enabled: true, unreadCount: 2, status: 'ok', feeds: shared }, t);
    expect(badge.title.split('\n').slice(1)).toEqual([
      '2 unread news items',
      'Actualités: 2 unread · RH: 1 unread',
      en.newsBadgeShared.message,
    ]);
    expect(computeBadge({ enabled: true, unreadCount: 4, status: 'ok', feeds }, t).title).not.toContain(
      en.newsBadgeShared.message,
    );
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
