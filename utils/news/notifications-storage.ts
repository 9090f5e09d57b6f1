import { storage } from 'wxt/utils/storage';
import type { NotifyState } from './notify';

/** When the last important-news notification was shown, and the items the rate limit holds back. */
export const notificationsItem = storage.defineItem<NotifyState>('local:newsNotifications', {
  fallback: { pending: [] },
  version: 1,
});
