// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEvent } from '@/utils/indicators/aggregate';
import { toBatch } from '@/utils/indicators/batch';
import type { DayCounts, IndicatorEvent } from '@/utils/indicators/types';
import { INDICATOR_FIELDS, indicatorFieldsJson } from '../../../tools/config-artifacts/indicator-fields';

const root = join(__dirname, '../../../..');

/** Every JSON path of a value, arrays written `[]`: `days[].paths[].from`. */
function pathsOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item) => pathsOf(item, `${prefix}[]`))];
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([key, item]) => pathsOf(item, prefix ? `${prefix}.${key}` : key));
  return prefix ? [prefix, ...children] : children;
}

describe('the published list of every field sent', () => {
  it('is the generated file (run `npm run schema`)', () => {
    expect(readFileSync(join(root, 'public/indicators_fields.json'), 'utf8')).toBe(indicatorFieldsJson());
  });

  it('names exactly the fields of a batch that uses them all', () => {
    const events: IndicatorEvent[] = [
      { kind: 'newsView', feedId: 'f', itemId: 'urn:1', title: 'T', via: 'esnTab' },
      { kind: 'launch', toolId: 't', viaEsn: true },
      { kind: 'path', from: 'favourite', to: 'tool', id: 't' },
      { kind: 'sequence', sequence: 'oldAddress>guidance>section' },
      { kind: 'emptySearch', query: 'cantine' },
      { kind: 'guidanceShown', sectionId: 's', oldAddress: 'https://old.example/' },
    ];
    const days = events.reduce<DayCounts[]>((all, event) => addEvent(all, event, '2026-11-27'), []);
    const batch = { ...toBatch(days, '1.0.0', undefined, 0.25), truncated: true };
    const sent = [...new Set(pathsOf(batch))].filter((path) => !path.endsWith('[]')).sort();
    expect(INDICATOR_FIELDS.map((field) => field.path).sort()).toEqual(sent);
  });
});
