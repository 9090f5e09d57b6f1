/** The help links offered when a search finds nothing, with the query filled into the feedback form. */

import { fillFeedbackChannel } from '../adoption/feedback-channel';
import type { ConfigDocument } from '../config/schema';
import { isAllowedUrl } from '../config/url-policy';

interface HelpLinks {
  feedback?: string;
  hotline?: string;
  phone?: { href: string; label: string };
}

/** Context sent with the feedback: where the query was typed. */
const FEEDBACK_CONTEXT = 'sections-search';

/** The feedback channel (form or mailto:) with the query and this context; null if it may not open. */
export function feedbackUrl(template: string, query: string): string | null {
  return fillFeedbackChannel(template, { context: FEEDBACK_CONTEXT, query }, []);
}

export function helpLinksFor(query: string, links: NonNullable<ConfigDocument['links']>): HelpLinks {
  const help: HelpLinks = {};
  if (links.feedback) {
    const url = feedbackUrl(links.feedback, query);
    if (url) help.feedback = url;
  }
  if (links.hotlineUrl) {
    const url = links.hotlineUrl.replaceAll('{context}', FEEDBACK_CONTEXT);
    if (isAllowedUrl(url, [])) help.hotline = url;
  } else if (links.hotlineEmail) {
    help.hotline = `mailto:${links.hotlineEmail}?subject=${encodeURIComponent(query)}`;
  }
  if (links.hotlinePhone)
    help.phone = { href: `tel:${links.hotlinePhone.replace(/[^\d+]/g, '')}`, label: links.hotlinePhone };
  return help;
}
