/**
 * The help links the guidance page offers when its search finds nothing, filled as everywhere help is offered
 * (utils/adoption/links.ts): the feedback channel with {context} "not-found" and the query (at most 200 characters,
 * as ADMIN.md says), the hotline's form or e-mail with the diagnostics, the phone as a tel: link.
 */
import { feedbackUrl, hotlineFormUrl, mailtoHref, telHref } from '../adoption/links';
import type { ConfigDocument } from '../config/schema';

interface HelpLinks {
  feedback?: string;
  hotline?: string;
  phone?: { href: string; label: string };
}

/** What the hotline links carry, and the addresses that may open over http (the policy's). */
export interface HotlineFill {
  /** The diagnostics text (version, browser, configuration state): nothing personal. */
  diagnostics: string;
  /** The hotline e-mail's subject. */
  subject: string;
  allowedInsecureOrigins: readonly string[];
}

export function helpLinksFor(
  query: string,
  links: NonNullable<ConfigDocument['links']>,
  { diagnostics, subject, allowedInsecureOrigins }: HotlineFill,
): HelpLinks {
  const feedback = links.feedback && feedbackUrl(links.feedback, { kind: 'notFound', query }, allowedInsecureOrigins);
  const hotline = links.hotlineUrl
    ? hotlineFormUrl(links.hotlineUrl, diagnostics, allowedInsecureOrigins)
    : links.hotlineEmail && mailtoHref(links.hotlineEmail, subject, diagnostics);
  const tel = links.hotlinePhone && telHref(links.hotlinePhone);
  return {
    ...(feedback ? { feedback } : {}),
    ...(hotline ? { hotline } : {}),
    ...(tel && links.hotlinePhone ? { phone: { href: tel, label: links.hotlinePhone } } : {}),
  };
}
