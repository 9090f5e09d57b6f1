/**
 * The toolbar badge, computed from the news state in one pure function. Marks are distinct in text, not only in
 * colour: "?" signed out, "!" failing, "~" stale (the count stays visible before the mark when there is room).
 */
import type { Translate } from '../i18n/translator';
import type { NewsStatus } from './slice';

interface BadgeFeed {
  label: string;
  unread: number;
}

export interface BadgeState {
  enabled: boolean;
  /** Unread posts, each counted once even when several feeds show it (a feed's count includes its shared posts). */
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

function countText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** "Actualités: 3 unread" (one line per feed would not fit a tooltip with many feeds). */
function feedLine(feed: BadgeFeed, t: Translate): string {
  const key = feed.unread <= 1 ? 'newsBadgeFeedUnreadOne' : 'newsBadgeFeedUnreadMany';
  return t(key, [feed.label, String(feed.unread)]);
}

export function computeBadge(state: BadgeState, t: Translate): Badge {
  const base = t('actionTitle');
  if (!state.enabled) return { text: '', color: BADGE_COLORS.ok, title: base };
  const mark = MARKS[state.status] ?? '';
  const count = countText(state.unreadCount);
  // Badges show about four characters: "99+!" fits; a mark always wins over the last digit.
  const text = mark ? `${count === '99+' ? '99' : count}${mark}` : count;
  const lines = [base, t('newsBadgeUnread', String(state.unreadCount))];
  if (state.feeds.length > 0) lines.push(state.feeds.map((feed) => feedLine(feed, t)).join(' · '));
  // Shared posts make the feeds' counts add up to more than the total: say why rather than leave a puzzle.
  if (state.feeds.reduce((sum, feed) => sum + feed.unread, 0) > state.unreadCount) lines.push(t('newsBadgeShared'));
  if (state.status === 'signedOut') lines.push(t('newsStatusSignedOut'));
  if (state.status === 'failing') lines.push(t('newsStatusFailing'));
  if (state.status === 'stale') lines.push(t('newsStatusStale'));
  return { text, color: BADGE_COLORS[state.status], title: lines.join('\n') };
}
