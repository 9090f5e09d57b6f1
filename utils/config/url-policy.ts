/**
 * Which addresses Passerelle may ever fetch or open: https, http on loopback (the local demo ESN), and the
 * http origins an administrator listed in the policy's allowedInsecureOrigins. Everything else (javascript:,
 * data:, file:, ftp:, plain http elsewhere) is refused.
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why a URL is refused, or null when it may be used. */
export function urlRefusal(value: string, allowedInsecureOrigins: readonly string[]): string | null {
  if (!URL.canParse(value)) return 'is not an absolute URL';
  const url = new URL(value);
  if (url.protocol === 'https:') return null;
  if (url.protocol !== 'http:') return `uses ${url.protocol} (only https: is allowed)`;
  if (LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (allowedInsecureOrigins.includes(url.origin)) return null;
  return `uses http: on ${url.origin}, which is neither loopback nor listed in allowedInsecureOrigins`;
}

export function isAllowedUrl(value: string, allowedInsecureOrigins: readonly string[]): boolean {
  return urlRefusal(value, allowedInsecureOrigins) === null;
}

/** One plain address: no second recipient, no header of its own (?cc=, ?subject=), nothing a mail client runs. */
const MAILTO_ADDRESS = /^mailto:[^\s@?&#/:,;%<>"]+@[^\s@?&#/:,;%<>"]+$/i;

/**
 * The feedback channel and the ambassadors' contact alone may be a mailto:address (the suggestion forms fill
 * its subject and body); every other address, tools and links included, obeys urlRefusal, which refuses mailto:.
 */
export function contactChannelRefusal(value: string, allowedInsecureOrigins: readonly string[]): string | null {
  if (!/^mailto:/i.test(value)) return urlRefusal(value, allowedInsecureOrigins);
  return MAILTO_ADDRESS.test(value)
    ? null
    : 'is not a plain mailto:address (one address, no ?subject= or other header)';
}

export function isAllowedContactChannel(value: string, allowedInsecureOrigins: readonly string[]): boolean {
  return contactChannelRefusal(value, allowedInsecureOrigins) === null;
}
