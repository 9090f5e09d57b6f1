/**
 * What a managed policy may set: every key of the configuration document at top level, plus the keys only IT
 * may set (where the document lives, which http origins are trusted, what the user may change).
 */
import { z } from 'zod';
import { configDocumentSchema, webUrl } from './schema';

export const insecureOriginSchema = z
  .string()
  .max(200)
  .regex(/^http:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/)
  .describe('An http origin, e.g. http://intranet.corp:8080 (scheme, host and port only).');

export const policySchema = configDocumentSchema.extend({
  configUrl: webUrl
    .optional()
    .describe(
      "Address of the organisation's configuration document on the ESN (JSON). Fetched at start and on a schedule, with the user's ESN session.",
    ),
  allowedInsecureOrigins: z
    .array(insecureOriginSchema)
    .max(50)
    .optional()
    .describe('http origins that may be fetched or opened besides https and loopback (an intranet without TLS).'),
  userMayChange: z
    .array(z.string().max(100))
    .max(200)
    .optional()
    .describe(
      'Setting paths (e.g. "configUrl", "features.news") whose policy value is only a default the user may change. Every other policy value is enforced.',
    ),
});

export type PolicyDocument = z.infer<typeof policySchema>;

/** Keys only a policy may set (not part of the configuration document). */
export const POLICY_ONLY_KEYS = ['configUrl', 'allowedInsecureOrigins', 'userMayChange'] as const;
