/** Messages of the relocated-sections capability (see utils/messaging/protocol.ts). */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the relocated-sections capability.
export interface SectionsProtocol {}
