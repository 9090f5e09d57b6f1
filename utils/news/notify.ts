/**
 * Notifications for important news (feature `notifications`, off by default): new unread items that the
 * configuration marks important, grouped into one notification per poll, at most one notification per
 * NOTIFY_MIN_GAP_MS (items held back are grouped into the next one). Clicking opens the item (or the first
 * of the group). Pure planning here; the background shows it.
 */
import type { Translate } from '../i18n/translator';

export const NOTIFY_MIN_GAP_MS = 10 * 60_000;
const SHOWN_TITLES = 3;

interface NotifyCandidate {
  key: string;
  title: string;
}

export interface NotificationPlan {
  /** The item the click opens. */
  key: string;
  title: string;
  message: string;
}

export interface NotifyState {
  lastShownAt?: number;
  pending: NotifyCandidate[];
}

/** Adds the new candidates and returns the notification to show now, if the rate limit allows one. */
export function planNotification(
  state: NotifyState,
  candidates: NotifyCandidate[],
  now: number,
  t: Translate,
): { state: NotifyState; show: NotificationPlan | null } {
  const known = new Set(state.pending.map((item) => item.key));
  const pending = [...candidates.filter((item) => !known.has(item.key)), ...state.pending];
  if (pending.length === 0) return { state: { ...state, pending }, show: null };
  if (state.lastShownAt !== undefined && now - state.lastShownAt < NOTIFY_MIN_GAP_MS) {
    return { state: { ...state, pending }, show: null };
  }
  const [first] = pending;
  if (!first) return { state: { ...state, pending }, show: null };
  const lines = pending.slice(0, SHOWN_TITLES).map((item) => item.title);
  if (pending.length > SHOWN_TITLES) lines.push(t('newsNotificationMore', String(pending.length - SHOWN_TITLES)));
  return {
    state: { lastShownAt: now, pending: [] },
    show: { key: first.key, title: t('newsNotificationTitle'), message: lines.join('\n') },
  };
}
