// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEvent } from '@/utils/indicators/aggregate';
import { toBatch } from '@/utils/indicators/batch';
import { LIMITS } from '@/utils/indicators/limits';
import { BATCH_SCHEMA, type DayCounts } from '@/utils/indicators/types';
import { DESTINATIONS, ENTRY_POINTS, POST_VIAS, SEQUENCES } from '@/utils/indicators/vocabulary';

interface JsonSchema {
  type?: string;
  const?: unknown;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  maxItems?: number;
  maxLength?: number;
  enum?: string[];
}

const guide = readFileSync(join(__dirname, '../../../ADMIN.md'), 'utf8');
const section = guide.slice(guide.indexOf('### Indicators'));
const blocks = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1] ?? ''));
const [schema, example] = blocks as [JsonSchema, unknown];

/** Every key of the value is described, every required key is present, and the types and caps agree. */
function conforms(value: unknown, rule: JsonSchema, path: string): string[] {
  if (rule.const !== undefined) return value === rule.const ? [] : [`${path}: not ${String(rule.const)}`];
  if (rule.enum) return rule.enum.includes(value as string) ? [] : [`${path}: not in the vocabulary`];
  if (rule.type === 'array') {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    const tooMany = rule.maxItems !== undefined && value.length > rule.maxItems ? [`${path}: too many`] : [];
    return [...tooMany, ...value.flatMap((item, index) => conforms(item, rule.items ?? {}, `${path}[${index}]`))];
  }
  if (rule.type === 'object') {
    if (typeof value !== 'object' || value === null) return [`${path}: not an object`];
    const record = value as Record<string, unknown>;
    const missing = (rule.required ?? []).filter((key) => !(key in record)).map((key) => `${path}.${key}: missing`);
    return [
      ...missing,
      ...Object.entries(record).flatMap(([key, item]) => {
        const property = rule.properties?.[key];
        return property ? conforms(item, property, `${path}.${key}`) : [`${path}.${key}: not in the schema`];
      }),
    ];
  }
  if (rule.type === 'string') {
    if (typeof value !== 'string') return [`${path}: not a string`];
    return rule.maxLength !== undefined && value.length > rule.maxLength ? [`${path}: too long`] : [];
  }
  if (rule.type === 'integer') return Number.isInteger(value) ? [] : [`${path}: not an integer`];
  return [];
}

describe('the batch schema in ADMIN.md', () => {
  it('describes exactly what Passerelle sends', () => {
    let days: DayCounts[] = [];
    days = addEvent(
      days,
      { kind: 'newsView', feedId: 'f', itemId: 'urn:1', title: 'T', via: 'newsList' },
      '2026-11-27',
    );
    days = addEvent(days, { kind: 'launch', toolId: 't', viaEsn: true }, '2026-11-27');
    days = addEvent(days, { kind: 'emptySearch', query: 'cantine' }, '2026-11-27');
    days = addEvent(days, { kind: 'guidanceShown', sectionId: 's', oldAddress: 'https://i.example/' }, '2026-11-28');
    days = addEvent(days, { kind: 'path', from: 'favourite', to: 'tool', id: 't' }, '2026-11-28');
    days = addEvent(days, { kind: 'path', from: 'keyboard', to: 'esnHome' }, '2026-11-28');
    days = addEvent(days, { kind: 'sequence', sequence: 'badge>newsList>post' }, '2026-11-28');
    expect(conforms(toBatch(days, '1.0.0'), schema, 'batch')).toEqual([]);
    expect(conforms({ ...toBatch(days, '1.0.0', undefined, 0.25), truncated: true }, schema, 'batch')).toEqual([]);
    expect(conforms(example, schema, 'example')).toEqual([]);
  });

  it('lists the vocabulary the code uses', () => {
    const day = schema.properties?.days?.items?.properties;
    expect(day?.paths?.items?.properties?.from?.enum).toEqual([...ENTRY_POINTS]);
    expect(day?.paths?.items?.properties?.to?.enum).toEqual([...DESTINATIONS]);
    expect(day?.newsViews?.items?.properties?.via?.enum).toEqual([...POST_VIAS]);
    expect(day?.sequences?.items?.properties?.sequence?.enum).toEqual([...SEQUENCES]);
    expect(schema.properties?.schema?.const).toBe(BATCH_SCHEMA);
  });

  it('states the bounds the code applies', () => {
    const days = schema.properties?.days;
    const day = days?.items?.properties;
    expect(days?.maxItems).toBe(LIMITS.maxDays);
    expect(day?.newsViews?.maxItems).toBe(LIMITS.maxNewsPerDay);
    expect(day?.launches?.maxItems).toBe(LIMITS.maxToolsPerDay);
    expect(day?.emptySearches?.properties?.queries?.maxItems).toBe(LIMITS.maxQueriesPerDay);
    expect(day?.guidanceShown?.maxItems).toBe(LIMITS.maxGuidancePerDay);
    expect(day?.paths?.maxItems).toBe(LIMITS.maxPathsPerDay);
    expect(day?.sequences?.maxItems).toBe(LIMITS.maxPathsPerDay);
    expect(day?.emptySearches?.properties?.queries?.items?.properties?.text?.maxLength).toBe(LIMITS.maxQueryLength);
    expect(section).toContain(`${LIMITS.maxBatchBytes / 1024} KiB`);
  });
});
