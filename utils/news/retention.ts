/**
 * How long the news store keeps what, and what a first sync counts as news: plain numbers with no dependency, so
 * the end-to-end tests can share them without loading the store.
 */
export const DAY = 86_400_000;
export const MAX_ITEMS_PER_FEED = 200;
export const READ_MARK_DAYS = 180;
export const FIRST_SYNC_UNREAD_DAYS = 3;
