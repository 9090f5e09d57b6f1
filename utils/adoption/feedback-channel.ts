/**
 * Opens the organisation's feedback channel with the context filled in: a form address gets {query} and
 * {context} (URL-encoded); a mailto:address gets a subject naming the kind of feedback and a body with one
 * line per piece of context. Only what the caller passes goes in: nothing personal is added here.
 */
import { isAllowedContactChannel, isAllowedUrl } from '../config/url-policy';

interface FeedbackFill {
  /** Context pieces joined by ";", the first one naming the kind ("broken-link;tool=expenses;version=1.0.0"). */
  context: string;
  /** What the user typed (already trimmed and shortened), or "". */
  query: string;
}

function isMailtoChannel(channel: string): boolean {
  return /^mailto:/i.test(channel);
}

function mailtoWith(channel: string, { context, query }: FeedbackFill): string {
  const [kind = 'feedback'] = context.split(';');
  const lines = [...context.split(';'), ...(query ? [`query=${query}`] : [])];
  return `${channel}?subject=${encodeURIComponent(`Passerelle: ${kind}`)}&body=${encodeURIComponent(`${lines.join('\n')}\n\n`)}`;
}

/** The address to open, or null when the channel or the filled address may not be opened. */
export function fillFeedbackChannel(
  channel: string,
  fill: FeedbackFill,
  allowedInsecureOrigins: readonly string[],
): string | null {
  if (isMailtoChannel(channel)) {
    return isAllowedContactChannel(channel, allowedInsecureOrigins) ? mailtoWith(channel, fill) : null;
  }
  const url = channel
    .replaceAll('{query}', encodeURIComponent(fill.query))
    .replaceAll('{context}', encodeURIComponent(fill.context));
  return isAllowedUrl(url, allowedInsecureOrigins) ? url : null;
}
