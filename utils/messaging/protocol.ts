/**
 * The one message protocol between the extension's pages and the background, which owns all state.
 * Each capability declares its messages next to its code; they are joined here.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AdoptionProtocol } from '../adoption/protocol';
import type { CompanionProtocol } from '../companion/protocol';
import type { ConfigProtocol } from '../config/protocol';
import type { DiagnosticsProtocol } from '../diagnostics/protocol';
import type { IndicatorsProtocol } from '../indicators/protocol';
import type { LauncherProtocol } from '../launcher/protocol';
import type { NewsProtocol } from '../news/protocol';
import type { SectionsProtocol } from '../sections/protocol';

export type ProtocolMap = ConfigProtocol &
  LauncherProtocol &
  NewsProtocol &
  SectionsProtocol &
  AdoptionProtocol &
  IndicatorsProtocol &
  DiagnosticsProtocol &
  CompanionProtocol;

export const messaging = defineExtensionMessaging<ProtocolMap>();
