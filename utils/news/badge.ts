/**
 * The toolbar badge, computed from the news state in one pure function. Marks are distinct in text, not only in
 * colour: "?" signed out, "!" failing, "~" stale (the count stays visible before the mark when there is room).
 */
import type { Translate } from '../i18n/translator';
import type { NewsStatus } from './slice';

export interface BadgeFeed {
  label: string;
  unread: number;
}

export interface BadgeState {
  enabled: boolean;
  unreadCount: number;
  status: NewsStatus;
  feeds: BadgeFeed[];
}

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS: Record<NewsStatus, string> = {
  ok: '#1a56db',
  never: '#1a56db',
  stale: '#6b7280',
  failing: '#b91c1c',
  signedOut: '#b45309',
};

const MARKS: Partial<Record<NewsStatus, string>> = { signedOut: '?', failing: '!', stale: '~' };

export function countText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export function computeBadge(state: BadgeState, t: Translate): Badge {
  const base = t('actionTitle');
  if (!state.enabled) return { text: '', color: BADGE_COLORS.ok, title: base };
  const mark = MARKS[state.status] ?? '';
  const count = countText(state.unreadCount);
  // Badges show about four characters: "99+!" fits; a mark always wins over the last digit.
  const text = mark ? `${count === '99+' ? '99' : count}${mark}` : count;
  const lines = [base, t('newsBadgeUnread', String(state.unreadCount))];
  for (const feed of state.feeds) lines.push(`${feed.label}: ${feed.unread}`);
  if (state.status === 'signedOut') lines.push(t('newsStatusSignedOut'));
  if (state.status === 'failing') lines.push(t('newsStatusFailing'));
  if (state.status === 'stale') lines.push(t('newsStatusStale'));
  return { text, color: BADGE_COLORS[state.status], title: lines.join('\n') };
}
