/** Messages of the news capability (see utils/messaging/protocol.ts). */
export interface NewsProtocol {
  /** Poll every feed now (tests, the popup's refresh button). */
  refreshNews(): void;
}
