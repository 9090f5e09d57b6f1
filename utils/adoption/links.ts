/**
 * Help, hotline and feedback addresses. Pure: every value arrives as an argument, so each rule has a test.
 * Nothing personal ever goes into these links: only the diagnostics below and what the user typed.
 */
import type { SyncState } from '../config/slice';
import { isAllowedUrl } from '../config/url-policy';
import { fillFeedbackChannel } from './feedback-channel';

/** Where a feedback link was offered; sent as {context} so editors know what the user is talking about. */
export type FeedbackContext =
  | { kind: 'suggestTool' }
  | { kind: 'notFound'; query: string }
  | { kind: 'wrongLink'; subject: 'tool' | 'section' | 'news'; id: string }
  | { kind: 'general' };

/** Longest typed text copied into a link: enough to understand, never a whole pasted document. */
const MAX_FEEDBACK_QUERY = 200;

function feedbackContextValue(context: FeedbackContext): string {
  switch (context.kind) {
    case 'wrongLink':
      return `wrong-link:${context.subject}:${context.id}`;
    case 'suggestTool':
      return 'suggest-tool';
    case 'notFound':
      return 'not-found';
    default:
      return 'general';
  }
}

/** The configured feedback channel with the context filled in (feedback-channel.ts); null if it may not open. */
export function feedbackUrl(
  template: string,
  context: FeedbackContext,
  allowedInsecureOrigins: readonly string[],
): string | null {
  const query = context.kind === 'notFound' ? context.query.trim().slice(0, MAX_FEEDBACK_QUERY) : '';
  return fillFeedbackChannel(template, { context: feedbackContextValue(context), query }, allowedInsecureOrigins);
}

/** A tel: link keeping only what a dialler reads (a leading +, digits); null when there is no number. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : null;
}

/** What the hotline needs to help, and nothing that identifies the user or what they browse. */
export interface Diagnostics {
  version: string;
  browser: string;
  configured: boolean;
  syncState: SyncState;
  lastSyncAt?: number;
}

export interface DiagnosticsLabels {
  version: string;
  browser: string;
  configuration: string;
  configured: string;
  notConfigured: string;
  syncState: string;
  lastSync: string;
  never: string;
}

/** Minutes are enough to match the hotline's server logs; the time is written in UTC to be unambiguous. */
function formatSyncTime(timestamp: number | undefined): string | null {
  if (timestamp === undefined) return null;
  return `${new Date(timestamp).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function diagnosticsText(diagnostics: Diagnostics, labels: DiagnosticsLabels): string {
  return [
    `${labels.version}: Passerelle ${diagnostics.version}`,
    `${labels.browser}: ${diagnostics.browser}`,
    `${labels.configuration}: ${diagnostics.configured ? labels.configured : labels.notConfigured}`,
    `${labels.syncState}: ${diagnostics.syncState}`,
    `${labels.lastSync}: ${formatSyncTime(diagnostics.lastSyncAt) ?? labels.never}`,
  ].join('\n');
}

const PLAIN_ADDRESS = /^[^\s@?&#/]+@[^\s@?&#/]+$/;

/** A mailto: link with the subject and the diagnostics as body; null when the address looks wrong. */
export function mailtoHref(email: string, subject: string, body: string): string | null {
  if (!PLAIN_ADDRESS.test(email)) return null;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The hotline's web form with {context} filled with the diagnostics; null if it may not open. */
export function hotlineFormUrl(
  template: string,
  diagnostics: string,
  allowedInsecureOrigins: readonly string[],
): string | null {
  const url = template.replaceAll('{context}', encodeURIComponent(diagnostics));
  return isAllowedUrl(url, allowedInsecureOrigins) ? url : null;
}
