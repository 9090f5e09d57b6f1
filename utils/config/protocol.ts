/** Messages of the configuration capability (see utils/messaging/protocol.ts). */
export interface ConfigProtocol {
  /** Re-read policy and re-fetch the configuration document now. */
  refreshConfig(): void;
}
