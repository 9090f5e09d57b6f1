import type { EntryPoint } from '../indicators/vocabulary';
import type { LaunchDisposition } from '../tabs/disposition';

/** Messages of the news capability (see utils/messaging/protocol.ts). */
export interface NewsProtocol {
  /** Poll every feed now (tests, the popup's refresh button). */
  refreshNews(): void;
  /** Marks every stored item read, or only one feed's. */
  markAllRead(data?: { feedId?: string }): void;
  /**
   * Opens the item's page where the user asked (default: a new tab) and marks it read; from: where it was chosen
   * (default: the news list).
   */
  openNewsItem(data: { key: string; from?: EntryPoint; disposition?: LaunchDisposition }): void;
}
