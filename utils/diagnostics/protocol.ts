/** Messages of the diagnostics capability (see utils/messaging/protocol.ts). */
import type { SupportBundle } from './types';

export interface DiagnosticsProtocol {
  /** Every source's state, versions, browser and policy received: what "For IT" shows and the hotline gets. */
  getSupportBundle(): SupportBundle;
}
