import { describe, expect, it, vi } from 'vitest';
import { computeEffective } from '@/utils/config/compute';
import { effectiveConfigSchema } from '@/utils/config/effective-schema';
import { addEvent } from '@/utils/indicators/aggregate';
import { toBatch } from '@/utils/indicators/batch';
import { createPendingSender } from '@/utils/indicators/send';
import { pendingIndicatorsItem } from '@/utils/indicators/storage';
import type { DayCounts, IndicatorsBatch } from '@/utils/indicators/types';
import { ringLabel } from '@/utils/rollout/ring-label';
import { aggregateIndicators } from '../../demo-esn/indicators';

const base = { configUrl: 'https://esn.example/passerelle.json' };
const sourcesWith = (policyValues: Record<string, unknown>) => ({
  policy: { present: true, values: { ...base, ...policyValues } },
  user: {},
  document: { url: base.configUrl, body: {}, fetchedAt: 1 },
  device: { bucket: 42 },
});

const launchDay = (toolId: string, day = '2026-11-27'): DayCounts[] =>
  addEvent([], { kind: 'launch', toolId, viaEsn: false }, day);

describe('indicators per rollout ring', () => {
  it('labels a device by its ring only: "pilot" by policy, "general" otherwise, never its bucket', () => {
    const pilot = computeEffective(sourcesWith({ rollout: { pilot: true } })).effective;
    const general = computeEffective(sourcesWith({})).effective;
    expect(ringLabel(pilot)).toBe('pilot');
    expect(ringLabel(general)).toBe('general');
    // The stored configuration keeps the mark (read back through its check).
    expect(ringLabel(effectiveConfigSchema.parse(pilot))).toBe('pilot');
    const batch = toBatch(launchDay('conges'), '1.0.0', undefined, 0, ringLabel(pilot));
    expect(batch.ring).toBe('pilot');
    expect(JSON.stringify(batch)).not.toMatch(/bucket|42/);
  });

  it('states the ring in the batch that is sent', async () => {
    await pendingIndicatorsItem.setValue(launchDay('conges'));
    const bodies: IndicatorsBatch[] = [];
    const post = vi.fn(async (_endpoint: string, body: string) => {
      bodies.push(JSON.parse(body) as IndicatorsBatch);
      return { status: 204, retryAfter: null };
    });
    await createPendingSender()('https://esn.example/indicateurs', {
      post,
      now: () => 0,
      random: () => 0.5,
      version: '1.0.0',
      ring: 'pilot',
    });
    expect(bodies.map((body) => body.ring)).toEqual(['pilot']);
  });

  it('splits the demo report per ring, each ring’s cells under the minimum group size', () => {
    const devices = (ring: 'pilot' | 'general', count: number, toolId: string) =>
      Array.from({ length: count }, () => toBatch(launchDay(toolId), '1.0.0', undefined, 0, ring));
    const report = aggregateIndicators([...devices('pilot', 12, 'conges'), ...devices('general', 3, 'conges')], 10);
    const table = (key: string) => report.tables.find((entry) => entry.key === key);
    // Three general devices are fewer than 10: a lone hidden ring takes the other with it (else the total minus
    // the pilot's count would give it away), and only their sum, from 15 devices, is shown.
    for (const key of ['devicesByRing', 'toolLaunchesByRing']) {
      expect(table(key)?.rows).toEqual([]);
      expect(table(key)?.other).toEqual({ cells: 2, total: 15 });
    }

    const bigger = aggregateIndicators([...devices('pilot', 12, 'conges'), ...devices('general', 10, 'conges')], 10);
    const rows = (key: string) =>
      Object.fromEntries(bigger.tables.find((entry) => entry.key === key)?.rows.map((r) => [r.name, r.total]) ?? []);
    expect(rows('devicesByRing')).toEqual({ pilot: 12, general: 10 });
    expect(rows('toolLaunchesByRing')).toEqual({ 'pilot>conges': 12, 'general>conges': 10 });
  });

  it('reads batches without a ring (earlier releases) as before, with no per-ring table', () => {
    const { ring: _ring, ...older } = toBatch(launchDay('conges'), '1.0.0');
    const report = aggregateIndicators(
      Array.from({ length: 10 }, () => older),
      10,
    );
    expect(report.unrecognised).toEqual([]);
    expect(report.tables.map((table) => table.key)).not.toContain('devicesByRing');
    expect(report.tables.find((table) => table.key === 'toolLaunches')?.rows).toEqual([
      { name: 'conges', total: 10, devices: 10 },
    ]);
  });
});
