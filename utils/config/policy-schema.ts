/**
 * What a managed policy may set: every key of the configuration document at top level, plus the keys only IT
 * may set (where the document lives, which http origins are trusted, what the user may change).
 */
import * as z from 'zod/mini';
import { configDocumentSchema } from './schema';
import { webUrl } from './schema-fields';

const insecureOriginSchema = z
  .string()
  .check(
    z.maxLength(200),
    z.regex(/^http:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/),
    z.describe('An http origin, e.g. http://intranet.corp:8080 (scheme, host and port only).'),
  );

export const policySchema = z.extend(configDocumentSchema, {
  configUrl: z
    .optional(webUrl)
    .check(
      z.describe(
        "Address of the organisation's configuration document on the ESN (JSON). Fetched at start and on a schedule, with the user's ESN session.",
      ),
    ),
  allowedInsecureOrigins: z
    .optional(z.array(insecureOriginSchema).check(z.maxLength(50)))
    .check(
      z.describe('http origins that may be fetched or opened besides https and loopback (an intranet without TLS).'),
    ),
  userMayChange: z
    .optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)))
    .check(
      z.describe(
        'Setting paths (e.g. "configUrl", "features.news") whose policy value is only a default the user may change. Every other policy value is enforced.',
      ),
    ),
});

export type PolicyDocument = z.infer<typeof policySchema>;
