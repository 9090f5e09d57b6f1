/**
 * What the options page shows and the hotline receives: every setting with its value and source, the refused
 * values with their paths, the state of the document's fetches, and the version and ids.
 */
import type { FeatureDecision } from '../rollout/resolve';
import type { StorageRepair } from '../storage-health/repairs';
import type { SyncStatus } from './document-store';
import type { ConfigIssue, ConfigSource } from './effective';

export interface DiagnosticSetting {
  path: string;
  value: unknown;
  source: ConfigSource;
  /** The policy lets the user change it (or, for configUrl, no policy sets it). */
  userMayChange: boolean;
}

export interface Diagnostics {
  generatedAt: number;
  version: string;
  extensionId: string;
  chromiumId: string;
  geckoId: string;
  userAgent: string;
  policy: { present: boolean; keys: string[]; note?: string };
  /** The user's own configuration address and whether the form may change it. */
  user: { configUrl?: string; configUrlEditable: boolean };
  sync: SyncStatus & { nextFetchAt?: number };
  settings: DiagnosticSetting[];
  /** Why each feature is on or off on this device (rings, percentages); absent in older bundles. */
  features?: FeatureDecision[];
  allowedInsecureOrigins: string[];
  issues: ConfigIssue[];
  /** Stored values that were damaged when read and had to be dropped (storage-health/repairs.ts). */
  storageRepairs?: StorageRepair[];
}

function shown(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function when(timestamp: number | undefined): string {
  return timestamp === undefined ? '—' : new Date(timestamp).toISOString();
}

function reasonText({ reason }: FeatureDecision): string {
  switch (reason.kind) {
    case 'default':
      return 'default';
    case 'set':
      return 'set';
    case 'pilot':
      return reason.inPilot ? 'pilot ring, this device is in it' : 'pilot ring, this device is not in it';
    case 'percent':
      return `${reason.percent}% of devices, this device's bucket ${reason.bucket ?? 'not drawn'}`;
  }
}

/** Plain text for the clipboard: stable, in English, one fact per line (the hotline reads it, not the user). */
export function diagnosticsText(diagnostics: Diagnostics): string {
  const lines = [
    'Passerelle diagnostics',
    `Generated: ${when(diagnostics.generatedAt)}`,
    `Version: ${diagnostics.version}`,
    `Extension id: ${diagnostics.extensionId} (Chromium id ${diagnostics.chromiumId}, gecko id ${diagnostics.geckoId})`,
    `Browser: ${diagnostics.userAgent}`,
    `Policy: ${diagnostics.policy.present ? `present (${diagnostics.policy.keys.join(', ')})` : 'none'}${diagnostics.policy.note ? ` — ${diagnostics.policy.note}` : ''}`,
    `Configuration document: ${diagnostics.sync.url ?? '—'}`,
    `Sync state: ${diagnostics.sync.state}${diagnostics.sync.detail ? ` — ${diagnostics.sync.detail}` : ''}`,
    `Last attempt: ${when(diagnostics.sync.lastAttemptAt)}`,
    `Last success: ${when(diagnostics.sync.lastSuccessAt)}`,
    `Next fetch: ${when(diagnostics.sync.nextFetchAt)}`,
    `Allowed http origins: ${diagnostics.allowedInsecureOrigins.join(', ') || '—'}`,
    '',
    'Settings (path = value [source]):',
    ...diagnostics.settings.map((setting) => `  ${setting.path} = ${shown(setting.value)} [${setting.source}]`),
    '',
    'Features on this device:',
    ...(diagnostics.features ?? []).map(
      (decision) => `  ${decision.name}: ${decision.on ? 'on' : 'off'} (${reasonText(decision)})`,
    ),
    '',
    `Refused values (${diagnostics.issues.length}):`,
    ...diagnostics.issues.map((issue) => `  [${issue.source}] ${issue.path}: ${issue.message}`),
    '',
    `Storage repaired (${diagnostics.storageRepairs?.length ?? 0}):`,
    ...(diagnostics.storageRepairs ?? []).map(
      (repair) => `  ${when(repair.at)} ${repair.key} ${repair.path}: ${repair.reason}`,
    ),
  ];
  return lines.join('\n');
}
