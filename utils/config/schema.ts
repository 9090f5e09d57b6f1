/**
 * The single source of truth for Passerelle's configuration: the TypeScript types, the validator and the
 * Chromium managed-storage schema (public/managed_schema.json) all come from these zod schemas.
 * Every field has a description: it is shown in chrome://policy, the admin guide and the diagnostics.
 */
import { z } from 'zod';
import { CSV_FIELDS, type CsvField } from './csv-fields';
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

/**
 * A way to reach people: a page or form address (the webUrl rules) or one plain mailto:address. Only the
 * feedback channel and the ambassadors' contact use it: the only places a mailto: is accepted
 * (url-policy.ts contactChannelRefusal).
 */
export const contactChannel = z
  .string()
  .max(MAX_URL)
  .refine((value) => /^mailto:/i.test(value) || (/^https?:\/\//i.test(value) && URL.canParse(value)), {
    message: 'must be an absolute http(s) URL or mailto:address',
  })
  .describe('An absolute https:// URL, or mailto:address.');

/** An address template with a {toolId} placeholder; the address it gives obeys the same rules as webUrl. */
export const webUrlTemplate = z
  .string()
  .max(MAX_URL)
  .refine((value) => value.includes('{toolId}'), { message: 'must contain {toolId}' })
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value.replaceAll('{toolId}', 'x')), {
    message: 'must be an absolute http(s) URL',
  })
  .describe('An absolute https:// URL template.');

/** A calendar day, YYYY-MM-DD. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A built-in icon name, or an image address (which obeys the same rules as webUrl). */
export const iconRef = z
  .string()
  .min(1)
  .max(MAX_URL)
  .describe('A built-in icon name (car, laptop, clock, calendar, chart, receipt, users, book, …) or an image URL.');

/** A page address pattern: scheme and host exact or "*." + domain, path with * wildcards. */
export const urlPattern = z
  .string()
  .max(MAX_URL)
  .regex(/^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?(\/.*)?$/)
  .describe(
    'An address pattern: scheme, host (a star and a dot first for any subdomain) and path (stars match anything).',
  );

export const toolHelpSchema = z
  .object({
    howTo: localizedText.optional().describe('A short "how to" text shown when the tool is on screen.'),
    tutorials: z
      .array(
        z.object({
          label: localizedText.describe('Name of the tutorial.'),
          url: webUrl.describe('Address of the tutorial.'),
        }),
      )
      .max(10)
      .optional()
      .describe('Tutorial links for this tool.'),
    hotlinePhone: z.string().max(40).optional().describe("The tool's own hotline phone number."),
    hotlineEmail: z.email().max(254).optional().describe("The tool's own hotline e-mail address."),
    hotlineUrl: webUrl.optional().describe("The tool's own support page or form."),
    knownIssues: z
      .array(
        z.object({
          text: localizedText.describe('What goes wrong and the workaround.'),
          until: isoDay.optional().describe('Last day the notice is shown (YYYY-MM-DD); after it, it disappears.'),
        }),
      )
      .max(10)
      .optional()
      .describe('Known problems of the tool, each with an expiry day.'),
  })
  .describe('Help shown when the active tab is on this tool.');

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
  matches: z
    .array(urlPattern)
    .max(20)
    .optional()
    .describe(
      'Other addresses of the tool, as patterns: the host may start with a star and a dot (any subdomain), the path may hold stars. A page there counts as the tool; its own origin always counts.',
    ),
  help: toolHelpSchema.optional(),
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

/**
 * A feature's rollout: on/off, on for the pilot ring only, or on for a share of devices (each device draws its
 * bucket once, utils/rollout). A Chromium policy (one type per key) and the ADMX take only true/false: rings are
 * for the organisation's document and the Firefox policy; GPO targeting does the rest.
 */
export const featureSetting = z.union([
  z.boolean(),
  z.object({ ring: z.literal('pilot') }).strict(),
  z.object({ percent: z.number().int().min(0).max(100) }).strict(),
]);

export const featuresSchema = z
  .object({
    launcher: featureSetting.optional().describe('Toolbar launcher of business tools.'),
    news: featureSetting.optional().describe('Unread news list and toolbar badge.'),
    notifications: featureSetting.optional().describe('Desktop notifications for important news (off by default).'),
    sectionsSearch: featureSetting.optional().describe('Search of the relocated-sections index.'),
    relocationGuidance: featureSetting.optional().describe('Guidance page when an old intranet address is opened.'),
    omnibox: featureSetting.optional().describe('Address-bar keyword.'),
    onboarding: featureSetting.optional().describe('First-run page and usage charter.'),
    indicators: featureSetting.optional().describe('Privacy-preserving usage indicators (off by default).'),
    sidePanel: featureSetting.optional().describe('Side panel beside the page (off by default).'),
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
  rollout: z
    .object({
      pilot: z
        .boolean()
        .optional()
        .describe('This device is in the pilot ring: features set to {"ring": "pilot"} are on.'),
    })
    .optional()
    .describe('Step-by-step rollout.'),
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
      feedback: contactChannel
        .optional()
        .describe(
          'Feedback channel: a form address ({query} and {context} are replaced) or mailto:address (subject and body carry the context).',
        ),
      ambassadors: z
        .object({
          name: localizedText.describe('Who they are, e.g. {"fr": "Les ambassadeurs Passerelle", "en": "…"}.'),
          contact: contactChannel.describe('How to reach them: a page (https) or mailto:address.'),
        })
        .optional()
        .describe("The ambassadors' contact, shown on the welcome page."),
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
export type FeatureSetting = z.infer<typeof featureSetting>;
export type ToolHelp = z.infer<typeof toolHelpSchema>;
export type LocalizedText = z.infer<typeof localizedText>;
