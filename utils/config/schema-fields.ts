/**
 * The configuration's field types, shared by its schemas (schema.ts): labels, addresses, days, icons, address
 * patterns, with the limits and rules a value must meet. zod is set up here, before any schema is made.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

// Extension pages forbid eval (MV3 content security policy): tell zod not to try its compiled fast path.
// zod/mini loads no language by itself: the English messages are the ones the diagnostics show.
z.config({ ...en(), jitless: true });

export const MAX_TEXT = 500;
const MAX_URL = 2048;

/** A label: one string for every language, or one per language ({ "fr": "…", "en": "…" }). */
export const localizedText = z
  .union([
    z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
    z.record(
      z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/)),
      z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
    ),
  ])
  .check(z.describe('Text: a string, or an object with one string per language code ({"fr": "…", "en": "…"}).'));

/**
 * An address that may be fetched or opened: https, or http on loopback (the local demo ESN; loopback is a
 * potentially trustworthy origin). Other http origins are accepted only when listed in allowedInsecureOrigins
 * (checked after parsing, see url-policy.ts). javascript:, data:, file: and the rest are always refused.
 */
export const webUrl = z.string().check(
  z.maxLength(MAX_URL),
  z.refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    message: 'must be an absolute http(s) URL',
  }),
  z.describe('An absolute https:// URL.'),
);

/**
 * A way to reach people: a page or form address (the webUrl rules) or one plain mailto:address. Only the
 * feedback channel and the ambassadors' contact use it: the only places a mailto: is accepted
 * (url-policy.ts contactChannelRefusal).
 */
export const contactChannel = z.string().check(
  z.maxLength(MAX_URL),
  z.refine((value) => /^mailto:/i.test(value) || (/^https?:\/\//i.test(value) && URL.canParse(value)), {
    message: 'must be an absolute http(s) URL or mailto:address',
  }),
  z.describe('An absolute https:// URL, or mailto:address.'),
);

/** An address template with a {toolId} placeholder; the address it gives obeys the same rules as webUrl. */
export const webUrlTemplate = z.string().check(
  z.maxLength(MAX_URL),
  z.refine((value) => value.includes('{toolId}'), { message: 'must contain {toolId}' }),
  z.refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value.replaceAll('{toolId}', 'x')), {
    message: 'must be an absolute http(s) URL',
  }),
  z.describe('An absolute https:// URL template.'),
);

/** A calendar day, YYYY-MM-DD. */
export const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A built-in icon name, or an image address (which obeys the same rules as webUrl). */
export const iconRef = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(MAX_URL),
    z.describe('A built-in icon name (car, laptop, clock, calendar, chart, receipt, users, book, …) or an image URL.'),
  );

/** A page address pattern: scheme and host exact or "*." + domain, path with * wildcards. */
export const urlPattern = z
  .string()
  .check(
    z.maxLength(MAX_URL),
    z.regex(/^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?(\/.*)?$/),
    z.describe(
      'An address pattern: scheme, host (a star and a dot first for any subdomain) and path (stars match anything).',
    ),
  );
