/**
 * The single source of truth for Passerelle's configuration: the TypeScript types, the validator and the
 * Chromium managed-storage schema (public/managed_schema.json) all come from these zod schemas.
 * Every field has a description: it is shown in chrome://policy, the admin guide and the diagnostics.
 */
import { z } from 'zod';
import { CSV_FIELDS, type CsvField } from '../sections/csv-headers';
import { POLLING_FLOOR_MINUTES } from './effective';

// Extension pages forbid eval (MV3 content security policy): tell zod not to try its compiled fast path.
z.config({ jitless: true });

export const MAX_TEXT = 500;
export const MAX_URL = 2048;

/** A label: one string for every language, or one per language ({ "fr": "…", "en": "…" }). */
export const localizedText = z
  .union([
    z.string().min(1).max(MAX_TEXT),
    z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), z.string().min(1).max(MAX_TEXT)),
  ])
  .describe('Text: a string, or an object with one string per language code ({"fr": "…", "en": "…"}).');

/**
 * An address that may be fetched or opened: https, or http on loopback (the local demo ESN; loopback is a
 * potentially trustworthy origin). Other http origins are accepted only when listed in allowedInsecureOrigins
 * (checked after parsing, see url-policy.ts). javascript:, data:, file: and the rest are always refused.
 */
export const webUrl = z
  .string()
  .max(MAX_URL)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    message: 'must be an absolute http(s) URL',
  })
  .describe('An absolute https:// URL.');

/** An address template with a {toolId} placeholder; the address it gives obeys the same rules as webUrl. */
export const webUrlTemplate = z
  .string()
  .max(MAX_URL)
  .refine((value) => value.includes('{toolId}'), { message: 'must contain {toolId}' })
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value.replaceAll('{toolId}', 'x')), {
    message: 'must be an absolute http(s) URL',
  })
  .describe('An absolute https:// URL template.');

/** A built-in icon name, or an image address (which obeys the same rules as webUrl). */
export const iconRef = z
  .string()
  .min(1)
  .max(MAX_URL)
  .describe('A built-in icon name (car, laptop, clock, calendar, chart, receipt, users, book, …) or an image URL.');

export const toolSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
    .describe('Stable identifier: lowercase letters, digits and dashes. Used in the launch route and indicators.'),
  label: localizedText.describe('Name shown in the launcher.'),
  url: webUrl.describe('Address of the tool itself (opened through the launch route when one is set).'),
  category: localizedText.optional().describe('Group the tool is listed under.'),
  icon: iconRef.optional(),
  keywords: z
    .array(z.string().min(1).max(100))
    .max(50)
    .optional()
    .describe('Extra words the search box matches (both languages).'),
  mandatory: z.boolean().optional().describe('A mandatory tool cannot be hidden by the user.'),
});

export const feedSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
    .describe('Stable identifier of the feed.'),
  label: localizedText.describe('Name of the feed in the news list.'),
  url: webUrl.describe('Address of the RSS, Atom or JSON Feed document on the ESN.'),
  important: z
    .object({
      categories: z
        .array(z.string().max(100))
        .max(50)
        .optional()
        .describe('Items in one of these categories are important.'),
      titlePrefixes: z
        .array(z.string().max(100))
        .max(50)
        .optional()
        .describe('Items whose title starts with one of these are important.'),
    })
    .optional()
    .describe('What marks an item of this feed as important (notifications).'),
});

export const featuresSchema = z
  .object({
    launcher: z.boolean().optional().describe('Toolbar launcher of business tools.'),
    news: z.boolean().optional().describe('Unread news list and toolbar badge.'),
    notifications: z.boolean().optional().describe('Desktop notifications for important news (off by default).'),
    sectionsSearch: z.boolean().optional().describe('Search of the relocated-sections index.'),
    relocationGuidance: z.boolean().optional().describe('Guidance page when an old intranet address is opened.'),
    omnibox: z.boolean().optional().describe('Address-bar keyword.'),
    onboarding: z.boolean().optional().describe('First-run page and usage charter.'),
    indicators: z.boolean().optional().describe('Privacy-preserving usage indicators (off by default).'),
  })
  .describe('Feature flags, for a step-by-step rollout and as kill switches.');

export const FEATURE_NAMES = Object.keys(featuresSchema.shape) as (keyof z.infer<typeof featuresSchema>)[];

export const sectionEntrySchema = z.object({
  id: z.string().min(1).max(100).describe('Stable identifier of the section.'),
  title: localizedText.describe('Name of the section.'),
  aliases: z.array(z.string().min(1).max(200)).max(50).optional().describe('Other names people use.'),
  keywords: z.array(z.string().min(1).max(100)).max(50).optional().describe('Extra search words.'),
  oldUrls: z.array(webUrl).max(50).optional().describe('Exact old addresses.'),
  oldUrlPrefixes: z.array(webUrl).max(50).optional().describe('Old address prefixes: every address below is caught.'),
  newUrl: webUrl.describe('Where the section lives now.'),
  breadcrumb: localizedText.optional().describe('Where it now lives, e.g. "Services › Restauration".'),
  movedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('Date of the move (YYYY-MM-DD).'),
  note: localizedText.optional().describe('A short note shown with the section.'),
});

const columnName = z.string().min(1).max(200);

/** `sections.columns`: the header of the sheet's column for a field, when Passerelle does not recognise it. */
export const sectionColumnsSchema = z
  .object(
    Object.fromEntries(
      CSV_FIELDS.map((field) => [field, columnName.optional().describe(`Header of the column holding ${field}.`)]),
    ) as Record<CsvField, z.ZodOptional<typeof columnName>>,
  )
  .describe(
    'CSV index: the header of each column Passerelle does not recognise by itself, e.g. {"new_url": "Lien RSE"}.',
  );

export const configDocumentSchema = z.object({
  esn: z
    .object({
      name: localizedText.optional().describe('Name of the ESN, shown in the popup.'),
      homeUrl: webUrl.optional().describe('Home page of the ESN.'),
      logoUrl: webUrl.optional().describe('Logo of the ESN (image URL).'),
      launchRoute: webUrlTemplate
        .optional()
        .describe('Launch-route template, e.g. https://esn.example/go/{toolId}: every launch passes through the ESN.'),
    })
    .optional()
    .describe('The enterprise social network.'),
  tools: z.array(toolSchema).max(1000).optional().describe('The business tools of the launcher.'),
  feeds: z.array(feedSchema).max(50).optional().describe('The news feeds counted on the badge.'),
  sections: z
    .object({
      url: webUrl.optional().describe('Address of the relocated-sections index (JSON or CSV).'),
      entries: z.array(sectionEntrySchema).max(1000).optional().describe('Inline index entries.'),
      columns: sectionColumnsSchema.optional(),
    })
    .optional()
    .describe('The relocated-sections index.'),
  features: featuresSchema.optional(),
  polling: z
    .object({
      // Values under the floor are accepted and raised to it (with a diagnostic): the key reference says so.
      intervalMinutes: z
        .number()
        .int()
        .min(1)
        .max(1440)
        .meta({ raisedTo: POLLING_FLOOR_MINUTES })
        .optional()
        .describe('Minutes between two polls of each feed.'),
    })
    .optional()
    .describe('Polling of the feeds.'),
  links: z
    .object({
      help: webUrl.optional().describe('Help page.'),
      tutorials: webUrl.optional().describe('Tutorials.'),
      hotlinePhone: z.string().max(40).optional().describe('Hotline phone number.'),
      hotlineEmail: z.email().max(254).optional().describe('Hotline e-mail address.'),
      hotlineUrl: webUrl.optional().describe('Hotline web form; {context} is replaced by the diagnostics.'),
      feedback: webUrl.optional().describe('Feedback form; {query} and {context} are replaced.'),
      charterUrl: webUrl.optional().describe('Usage charter.'),
      charterVersion: z.string().max(40).optional().describe('Version of the usage charter; a new version asks again.'),
    })
    .optional()
    .describe('Help, hotline, charter and feedback links.'),
  indicators: z
    .object({
      // Secret: an ingestion address may carry a key; support bundles redact it.
      endpoint: webUrl.meta({ secret: true }).optional().describe('Where the daily batch of indicators is sent.'),
      allowQueryText: z.boolean().optional().describe('Whether searches with no result may carry their text.'),
      minimumGroupSize: z
        .number()
        .int()
        .min(2)
        .max(1000)
        .optional()
        .describe('Reports show a count only when at least this many devices contributed to it (default 10).'),
      noise: z
        .number()
        .min(0)
        .max(0.5)
        .optional()
        .describe(
          'Local noise: probability that an entry point or a post is replaced by one drawn at random before it is counted (0 = off).',
        ),
    })
    .optional()
    .describe('Privacy-preserving indicators.'),
  relocation: z
    .object({
      redirectDelaySeconds: z
        .number()
        .int()
        .min(0)
        .max(60)
        .optional()
        .describe('Seconds the guidance page waits before opening the new address (default 5; 0 = at once).'),
    })
    .optional()
    .describe('Guidance page shown when an old intranet address is opened.'),
  launcher: z
    .object({
      personalLinks: z
        .boolean()
        .optional()
        .describe(
          'Let users add their own links to the launcher (off by default). Turned off, their links are kept but neither shown nor opened.',
        ),
      maxPersonalLinks: z
        .number()
        .int()
        .min(1)
        .max(100)
        .optional()
        .describe('Most personal links a user may add (default 20). Lowering it deletes no link already added.'),
    })
    .optional()
    .describe("The launcher's personal links."),
  onboarding: z
    .object({
      disabled: z
        .boolean()
        .optional()
        .describe('Do not open the first-run page on install (the charter is still asked).'),
      url: webUrl.optional().describe("Open this address on install instead of Passerelle's own first-run page."),
    })
    .optional()
    .describe('First-run page.'),
});

export type ConfigDocument = z.infer<typeof configDocumentSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Feed = z.infer<typeof feedSchema>;
export type SectionEntry = z.infer<typeof sectionEntrySchema>;
export type Features = z.infer<typeof featuresSchema>;
export type LocalizedText = z.infer<typeof localizedText>;
