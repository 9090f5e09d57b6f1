/**
 * The single source of truth for Passerelle's configuration: the TypeScript types, the validator and the
 * Chromium managed-storage schema (public/managed_schema.json) all come from these zod schemas.
 * Every field has a description: it is shown in chrome://policy, the admin guide and the diagnostics.
 */
import * as z from 'zod/mini';
import { CSV_FIELDS, type CsvField } from './csv-fields';
import { POLLING_FLOOR_MINUTES } from './effective';
import { featuresSchema } from './features-schema';
import { contactChannel, iconRef, isoDay, localizedText, urlPattern, webUrl, webUrlTemplate } from './schema-fields';

const toolHelpSchema = z
  .object({
    howTo: z.optional(localizedText).check(z.describe('A short "how to" text shown when the tool is on screen.')),
    tutorials: z
      .optional(
        z
          .array(
            z.object({
              label: localizedText.check(z.describe('Name of the tutorial.')),
              url: webUrl.check(z.describe('Address of the tutorial.')),
            }),
          )
          .check(z.maxLength(10)),
      )
      .check(z.describe('Tutorial links for this tool.')),
    hotlinePhone: z
      .optional(z.string().check(z.maxLength(40)))
      .check(z.describe("The tool's own hotline phone number.")),
    hotlineEmail: z
      .optional(z.email().check(z.maxLength(254)))
      .check(z.describe("The tool's own hotline e-mail address.")),
    hotlineUrl: z.optional(webUrl).check(z.describe("The tool's own support page or form.")),
    knownIssues: z
      .optional(
        z
          .array(
            z.object({
              text: localizedText.check(z.describe('What goes wrong and the workaround.')),
              until: z
                .optional(isoDay)
                .check(z.describe('Last day the notice is shown (YYYY-MM-DD); after it, it disappears.')),
            }),
          )
          .check(z.maxLength(10)),
      )
      .check(z.describe('Known problems of the tool, each with an expiry day.')),
  })
  .check(z.describe('Help shown when the active tab is on this tool.'));

export const toolSchema = z.object({
  id: z
    .string()
    .check(
      z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
      z.describe('Stable identifier: lowercase letters, digits and dashes. Used in the launch route and indicators.'),
    ),
  label: localizedText.check(z.describe('Name shown in the launcher.')),
  url: webUrl.check(z.describe('Address of the tool itself (opened through the launch route when one is set).')),
  category: z.optional(localizedText).check(z.describe('Group the tool is listed under.')),
  icon: z.optional(iconRef),
  keywords: z
    .optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)))
    .check(z.describe('Extra words the search box matches (both languages).')),
  mandatory: z.optional(z.boolean()).check(z.describe('A mandatory tool cannot be hidden by the user.')),
  matches: z
    .optional(z.array(urlPattern).check(z.maxLength(20)))
    .check(
      z.describe(
        'Other addresses of the tool, as patterns: the host may start with a star and a dot (any subdomain), the path may hold stars. A page there counts as the tool; its own origin always counts.',
      ),
    ),
  help: z.optional(toolHelpSchema),
});

export const feedSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/), z.describe('Stable identifier of the feed.')),
  label: localizedText.check(z.describe('Name of the feed in the news list.')),
  url: webUrl.check(z.describe('Address of the RSS, Atom or JSON Feed document on the ESN.')),
  important: z
    .optional(
      z.object({
        categories: z
          .optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)))
          .check(z.describe('Items in one of these categories are important.')),
        titlePrefixes: z
          .optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)))
          .check(z.describe('Items whose title starts with one of these are important.')),
      }),
    )
    .check(z.describe('What marks an item of this feed as important (notifications).')),
});

export const sectionEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100), z.describe('Stable identifier of the section.')),
  title: localizedText.check(z.describe('Name of the section.')),
  aliases: z
    .optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(50)))
    .check(z.describe('Other names people use.')),
  keywords: z
    .optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)))
    .check(z.describe('Extra search words.')),
  oldUrls: z.optional(z.array(webUrl).check(z.maxLength(50))).check(z.describe('Exact old addresses.')),
  oldUrlPrefixes: z
    .optional(z.array(webUrl).check(z.maxLength(50)))
    .check(z.describe('Old address prefixes: every address below is caught.')),
  newUrl: webUrl.check(z.describe('Where the section lives now.')),
  breadcrumb: z.optional(localizedText).check(z.describe('Where it now lives, e.g. "Services › Restauration".')),
  movedOn: z
    .optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))
    .check(z.describe('Date of the move (YYYY-MM-DD).')),
  note: z.optional(localizedText).check(z.describe('A short note shown with the section.')),
});

const columnName = z.string().check(z.minLength(1), z.maxLength(200));

/** `sections.columns`: the header of the sheet's column for a field, when Passerelle does not recognise it. */
const sectionColumnsSchema = z
  .object(
    Object.fromEntries(
      CSV_FIELDS.map((field) => [
        field,
        z.optional(columnName).check(z.describe(`Header of the column holding ${field}.`)),
      ]),
    ) as Record<CsvField, z.ZodMiniOptional<typeof columnName>>,
  )
  .check(
    z.describe(
      'CSV index: the header of each column Passerelle does not recognise by itself, e.g. {"new_url": "Lien RSE"}.',
    ),
  );

export const configDocumentSchema = z.object({
  esn: z
    .optional(
      z.object({
        name: z.optional(localizedText).check(z.describe('Name of the ESN, shown in the popup.')),
        homeUrl: z.optional(webUrl).check(z.describe('Home page of the ESN.')),
        logoUrl: z.optional(webUrl).check(z.describe('Logo of the ESN (image URL).')),
        launchRoute: z
          .optional(webUrlTemplate)
          .check(
            z.describe(
              'Launch-route template, e.g. https://esn.example/go/{toolId}: every launch passes through the ESN.',
            ),
          ),
      }),
    )
    .check(z.describe('The enterprise social network.')),
  tools: z
    .optional(z.array(toolSchema).check(z.maxLength(1000)))
    .check(z.describe('The business tools of the launcher.')),
  feeds: z
    .optional(z.array(feedSchema).check(z.maxLength(50)))
    .check(z.describe('The news feeds counted on the badge.')),
  sections: z
    .optional(
      z.object({
        url: z.optional(webUrl).check(z.describe('Address of the relocated-sections index (JSON or CSV).')),
        entries: z
          .optional(z.array(sectionEntrySchema).check(z.maxLength(1000)))
          .check(z.describe('Inline index entries.')),
        columns: z.optional(sectionColumnsSchema),
      }),
    )
    .check(z.describe('The relocated-sections index.')),
  features: z.optional(featuresSchema),
  rollout: z
    .optional(
      z.object({
        pilot: z
          .optional(z.boolean())
          .check(z.describe('This device is in the pilot ring: features set to {"ring": "pilot"} are on.')),
      }),
    )
    .check(z.describe('Step-by-step rollout.')),
  polling: z
    .optional(
      z.object({
        // Values under the floor are accepted and raised to it (with a diagnostic): the key reference says so.
        intervalMinutes: z
          .optional(
            z.number().check(z.int(), z.minimum(1), z.maximum(1440), z.meta({ raisedTo: POLLING_FLOOR_MINUTES })),
          )
          .check(z.describe('Minutes between two polls of each feed.')),
      }),
    )
    .check(z.describe('Polling of the feeds.')),
  links: z
    .optional(
      z.object({
        help: z.optional(webUrl).check(z.describe('Help page.')),
        tutorials: z.optional(webUrl).check(z.describe('Tutorials.')),
        hotlinePhone: z.optional(z.string().check(z.maxLength(40))).check(z.describe('Hotline phone number.')),
        hotlineEmail: z.optional(z.email().check(z.maxLength(254))).check(z.describe('Hotline e-mail address.')),
        hotlineUrl: z.optional(webUrl).check(z.describe('Hotline web form; {context} is replaced by the diagnostics.')),
        feedback: z
          .optional(contactChannel)
          .check(
            z.describe(
              'Feedback channel: a form address ({query} and {context} are replaced) or mailto:address (subject and body carry the context).',
            ),
          ),
        ambassadors: z
          .optional(
            z.object({
              name: localizedText.check(
                z.describe('Who they are, e.g. {"fr": "Les ambassadeurs Passerelle", "en": "…"}.'),
              ),
              contact: contactChannel.check(z.describe('How to reach them: a page (https) or mailto:address.')),
            }),
          )
          .check(z.describe("The ambassadors' contact, shown on the welcome page.")),
        charterUrl: z.optional(webUrl).check(z.describe('Usage charter.')),
        charterVersion: z
          .optional(z.string().check(z.maxLength(40)))
          .check(z.describe('Version of the usage charter; a new version asks again.')),
      }),
    )
    .check(z.describe('Help, hotline, charter and feedback links.')),
  indicators: z
    .optional(
      z.object({
        // Secret: an ingestion address may carry a key; support bundles redact it.
        endpoint: z
          .optional(webUrl.check(z.meta({ secret: true })))
          .check(z.describe('Where the daily batch of indicators is sent.')),
        allowQueryText: z
          .optional(z.boolean())
          .check(z.describe('Whether searches with no result may carry their text.')),
        minimumGroupSize: z
          .optional(z.number().check(z.int(), z.minimum(2), z.maximum(1000)))
          .check(
            z.describe('Reports show a count only when at least this many devices contributed to it (default 10).'),
          ),
        noise: z
          .optional(z.number().check(z.minimum(0), z.maximum(0.5)))
          .check(
            z.describe(
              'Local noise: probability that an entry point or a post is replaced by one drawn at random before it is counted (0 = off).',
            ),
          ),
      }),
    )
    .check(z.describe('Privacy-preserving indicators.')),
  relocation: z
    .optional(
      z.object({
        redirectDelaySeconds: z
          .optional(z.number().check(z.int(), z.minimum(0), z.maximum(60)))
          .check(
            z.describe('Seconds the guidance page waits before opening the new address (default 5; 0 = at once).'),
          ),
      }),
    )
    .check(z.describe('Guidance page shown when an old intranet address is opened.')),
  launcher: z
    .optional(
      z.object({
        personalLinks: z
          .optional(z.boolean())
          .check(
            z.describe(
              'Let users add their own links to the launcher (off by default). Turned off, their links are kept but neither shown nor opened.',
            ),
          ),
        maxPersonalLinks: z
          .optional(z.number().check(z.int(), z.minimum(1), z.maximum(100)))
          .check(
            z.describe('Most personal links a user may add (default 20). Lowering it deletes no link already added.'),
          ),
      }),
    )
    .check(z.describe("The launcher's personal links.")),
  onboarding: z
    .optional(
      z.object({
        disabled: z
          .optional(z.boolean())
          .check(z.describe('Do not open the first-run page on install (the charter is still asked).')),
        url: z
          .optional(webUrl)
          .check(z.describe("Open this address on install instead of Passerelle's own first-run page.")),
      }),
    )
    .check(z.describe('First-run page.')),
});

export type ConfigDocument = z.infer<typeof configDocumentSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Feed = z.infer<typeof feedSchema>;
export type SectionEntry = z.infer<typeof sectionEntrySchema>;
export type LocalizedText = z.infer<typeof localizedText>;
