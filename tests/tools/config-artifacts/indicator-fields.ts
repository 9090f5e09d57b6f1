/**
 * Every field Passerelle sends in an indicators batch, machine-readable (published as
 * public/indicators_fields.json and in ADMIN.md › Indicators; a unit test checks it against what the code sends).
 */

import { LIMITS } from '../../../utils/indicators/limits';
import { BATCH_SCHEMA } from '../../../utils/indicators/types';
import { DESTINATIONS, ENTRY_POINTS, POST_VIAS, SEQUENCES } from '../../../utils/indicators/vocabulary';
import { RING_LABELS } from '../../../utils/rollout/ring-label';

export interface IndicatorField {
  /** JSON path: `days[].paths[].from`. */
  path: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  /** The closed list of values, when there is one. */
  values?: readonly string[];
  description: string;
}

const list = (name: string, max: number) => `At most ${max} per day; entries beyond are dropped (${name}).`;

export const INDICATOR_FIELDS: readonly IndicatorField[] = [
  { path: 'schema', type: 'string', values: [BATCH_SCHEMA], description: 'Schema and its version.' },
  { path: 'version', type: 'string', description: 'Passerelle version (the same on every device of a release).' },
  {
    path: 'ring',
    type: 'string',
    values: RING_LABELS,
    description: "The device's rollout ring, shared by every device of it (never the rollout bucket).",
  },
  { path: 'daysActive', type: 'integer', description: 'Days in this batch on which Passerelle was used.' },
  { path: 'noise', type: 'number', description: 'Local noise q in force (absent: none). See ADMIN.md › Privacy.' },
  {
    path: 'truncated',
    type: 'boolean',
    description: 'Present (true) when entries were left out to respect the bounds.',
  },
  { path: 'days', type: 'array', description: `One entry per day, at most ${LIMITS.maxDays}.` },
  { path: 'days[].day', type: 'string', description: 'The day, YYYY-MM-DD, device time zone: the finest time sent.' },
  { path: 'days[].newsViews', type: 'array', description: list('posts read', LIMITS.maxNewsPerDay) },
  { path: 'days[].newsViews[].feedId', type: 'string', description: 'A configured feed id.' },
  {
    path: 'days[].newsViews[].itemId',
    type: 'string',
    description: "The post's guid, or its link on the feed's or the ESN's origin.",
  },
  { path: 'days[].newsViews[].title', type: 'string', description: "The post's title (as the feed publishes it)." },
  {
    path: 'days[].newsViews[].via',
    type: 'string',
    values: POST_VIAS,
    description: 'The path of the first reading of the day.',
  },
  {
    path: 'days[].newsViews[].views',
    type: 'integer',
    description: 'Always 1: a post counts once per device per day.',
  },
  { path: 'days[].launches', type: 'array', description: list('tools launched', LIMITS.maxToolsPerDay) },
  { path: 'days[].launches[].toolId', type: 'string', description: 'A configured tool id.' },
  { path: 'days[].launches[].count', type: 'integer', description: 'Launches of the tool that day.' },
  { path: 'days[].launches[].viaEsn', type: 'integer', description: "How many went through the ESN's launch route." },
  { path: 'days[].paths', type: 'array', description: list('entry point → destination pairs', LIMITS.maxPathsPerDay) },
  { path: 'days[].paths[].from', type: 'string', values: ENTRY_POINTS, description: 'Entry point.' },
  { path: 'days[].paths[].to', type: 'string', values: DESTINATIONS, description: 'Destination.' },
  {
    path: 'days[].paths[].id',
    type: 'string',
    description: 'Configured tool, feed or section id (absent for esnHome and help).',
  },
  { path: 'days[].paths[].count', type: 'integer', description: 'Arrivals by that path that day.' },
  { path: 'days[].sequences', type: 'array', description: 'The short sequences completed that day.' },
  { path: 'days[].sequences[].sequence', type: 'string', values: SEQUENCES, description: 'Sequence.' },
  { path: 'days[].sequences[].count', type: 'integer', description: 'Times completed that day.' },
  { path: 'days[].emptySearches', type: 'object', description: 'Searches that found nothing.' },
  { path: 'days[].emptySearches.count', type: 'integer', description: 'Every search with no result.' },
  {
    path: 'days[].emptySearches.queries',
    type: 'array',
    description: 'Empty unless indicators.allowQueryText is true.',
  },
  {
    path: 'days[].emptySearches.queries[].text',
    type: 'string',
    description: `Normalised text, at most ${LIMITS.maxQueryLength} characters.`,
  },
  { path: 'days[].emptySearches.queries[].count', type: 'integer', description: 'Searches with that text.' },
  {
    path: 'days[].guidanceShown',
    type: 'array',
    description: list('relocation guidance shown', LIMITS.maxGuidancePerDay),
  },
  { path: 'days[].guidanceShown[].sectionId', type: 'string', description: 'A section id of the index.' },
  { path: 'days[].guidanceShown[].oldAddress', type: 'string', description: 'The configured old address or prefix.' },
  { path: 'days[].guidanceShown[].count', type: 'integer', description: 'Times shown that day.' },
];

/** public/indicators_fields.json, as published. */
export function indicatorFieldsJson(): string {
  return `${JSON.stringify({ schema: BATCH_SCHEMA, fields: INDICATOR_FIELDS }, null, 2)}\n`;
}

/** The table of ADMIN.md's generated region "indicator-fields". */
export function indicatorFieldsMarkdown(): string {
  const escapePipes = (text: string) => text.replaceAll('|', '\\|');
  const rows = INDICATOR_FIELDS.map(
    (field) =>
      `| \`${field.path}\` | ${field.type} | ${escapePipes(field.values ? `${field.values.map((value) => `\`${value}\``).join(', ')}` : '')} | ${escapePipes(field.description)} |`,
  );
  return ['| Field | Type | Values | Meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
