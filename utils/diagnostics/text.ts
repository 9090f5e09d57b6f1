/** The support bundle as plain text for the clipboard: in English, one fact per line, secrets already redacted. */
import type { RowIssue } from '../sections/index-issues';
import type { SupportBundle } from './types';

const when = (timestamp: number | undefined) => (timestamp === undefined ? '—' : new Date(timestamp).toISOString());
const rows = (issues: readonly RowIssue[] | undefined) =>
  (issues ?? []).map((issue) => `    row ${issue.row}${issue.id ? ` (${issue.id})` : ''}: ${issue.reason}`);

export function sourcesText(bundle: SupportBundle): string {
  const { document, sections, feeds, indicators } = bundle.sources;
  const lines = [
    `Configuration document [${document.level}]: ${document.url ?? '—'}`,
    `  state ${document.state}${document.detail ? ` — ${document.detail}` : ''}; HTTP ${document.httpStatus ?? '—'}`,
    `  last attempt ${when(document.lastAttemptAt)}; last success ${when(document.lastSuccessAt)}; next ${when(document.nextFetchAt)}`,
    `  validators: ETag ${document.validators.etag ?? '—'}, Last-Modified ${document.validators.lastModified ?? '—'}`,
    `  last good version kept: ${document.kept ? `fetched ${when(document.kept.fetchedAt)}` : '—'}`,
    ...document.refusals.map((issue) => `  refused [${issue.source}] ${issue.path}: ${issue.message}`),
    `Sections index [${sections.level}]: ${sections.url ?? '—'}`,
    `  format ${sections.source?.format ?? '—'}; separator ${sections.source?.separator === '\t' ? 'tab' : (sections.source?.separator ?? '—')}; charset ${sections.source?.encoding ? `${sections.source.encoding.name} (${sections.source.encoding.from})` : '—'}; ${sections.entryCount} entries, ${sections.issueCount} rows refused`,
    `  state ${sections.sync.state}${sections.sync.detail ? ` — ${sections.sync.detail}` : ''}`,
    `  last success ${when(sections.sync.lastSuccessAt)}; last failure ${when(sections.sync.lastFailureAt)}${sections.sync.lastFailure ? ` — ${sections.sync.lastFailure}` : ''}`,
    ...rows(sections.issues),
    `  rows to check: ${sections.noticeCount ?? 0}`,
    ...rows(sections.notices),
    `  redirect rules: ${sections.guidance.ruleCount} of ${sections.guidance.ruleLimit} installed${sections.guidance.enabled ? '' : ' (guidance off)'}; not covered ${sections.guidance.uncoveredCount}${sections.guidance.uncovered.length ? `: ${sections.guidance.uncovered.join(', ')}` : ''}${sections.guidance.error ? `; error ${sections.guidance.error}` : ''}`,
    ...feeds.flatMap((feed) => [
      `Feed ${feed.id} "${feed.title}" [${feed.level}]: ${feed.url}`,
      `  ${feed.health}; HTTP ${feed.httpStatus ?? '—'}; ${feed.items} items; last poll ${when(feed.lastAttemptAt)}; last success ${when(feed.lastSuccessAt)}; next ${when(feed.nextPollAt)}; failures in a row ${feed.failures}`,
      ...(feed.error || feed.refusal
        ? [`  last error: ${feed.refusal ?? ''}${feed.error ? ` — ${feed.error}` : ''}`]
        : []),
    ]),
    `Indicators [${indicators.level}]: ${indicators.enabled ? 'on' : 'off'}${indicators.endpoint ? ` (${indicators.endpoint})` : ''}`,
    `  pending: ${indicators.pending.days} days, ${indicators.pending.events} events; retry ${indicators.retry ? `${indicators.retry.attempts} attempts, next ${when(indicators.retry.nextAttemptAt)}` : '—'}`,
    `  last send: ${indicators.lastSend ? `${when(indicators.lastSend.at)} ${indicators.lastSend.outcome} (HTTP ${indicators.lastSend.status ?? '—'})` : '—'}`,
    `Policy received: ${JSON.stringify(bundle.policy.values)}`,
  ];
  return lines.join('\n');
}
