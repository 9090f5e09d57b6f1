/**
 * The stored effective configuration, checked when read with the same schemas the sources were validated
 * with: a damaged tool or feed is left out, a damaged setting takes its default, until the background
 * recomputes the whole configuration from its sources (at every start).
 */
import * as z from 'zod/mini';
import type { EffectiveConfig, ResolvedFeatures } from './effective';
import { FEATURE_NAMES } from './features-schema';
import { configDocumentSchema, feedSchema, sectionEntrySchema, toolSchema } from './schema';
import { webUrl } from './schema-fields';

/** Resolved flags; one missing (a feature newer than the stored value) reads as off until the next computation. */
export const resolvedFeaturesSchema = z.object(
  Object.fromEntries(FEATURE_NAMES.map((name) => [name, z.optional(z.boolean())])),
) as unknown as z.ZodMiniType<ResolvedFeatures>;

const source = z.enum(['policy', 'document', 'user', 'default']);
const section = <T extends keyof typeof configDocumentSchema.shape>(key: T) =>
  configDocumentSchema.shape[key].def.innerType;

export const effectiveConfigSchema: z.ZodMiniType<EffectiveConfig> = z.object({
  configUrl: z.nullable(z.string()),
  esn: section('esn'),
  tools: z.array(toolSchema),
  feeds: z.array(feedSchema),
  sections: z.object({ url: z.optional(webUrl), entries: z.array(sectionEntrySchema) }),
  features: resolvedFeaturesSchema,
  pollingIntervalMinutes: z.number().check(z.positive()),
  links: section('links'),
  indicators: section('indicators'),
  onboarding: section('onboarding'),
  relocation: section('relocation'),
  launcher: section('launcher'),
  rollout: z.optional(z.object({ pilot: z.literal(true) })),
  allowedInsecureOrigins: z.array(z.string()),
  provenance: z.record(z.string(), source),
  issues: z.array(z.object({ source, path: z.string(), message: z.string() })),
}) as unknown as z.ZodMiniType<EffectiveConfig>;
