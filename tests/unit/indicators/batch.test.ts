import { describe, expect, it } from 'vitest';
import { addEvent } from '@/utils/indicators/aggregate';
import { batchBytes, toBatch } from '@/utils/indicators/batch';
import type { DayCounts } from '@/utils/indicators/types';

function busyDay(day: string, items: number): DayCounts[] {
  let days: DayCounts[] = [];
  for (let index = 0; index < items; index += 1) {
    for (let view = 0; view <= index % 3; view += 1) {
      days = addEvent(
        days,
        { kind: 'newsView', feedId: 'f', itemId: `https://esn.example/p/${index}`, via: 'newsList' },
        day,
      );
    }
  }
  return days;
}

describe('the batch', () => {
  it('carries the schema, the version and the days active, and no identifier or time finer than the day', () => {
    const batch = toBatch(busyDay('2026-11-27', 2), '1.2.3');
    expect(batch).toMatchObject({ schema: 'passerelle.indicators/2', version: '1.2.3', daysActive: 1 });
    expect(batch.truncated).toBeUndefined();
    const text = JSON.stringify(batch);
    expect(text).not.toMatch(/\d{2}:\d{2}|T\d{2}|"(id|user|device|installId|timestamp)"/i);
  });

  it('stays under the size bound: oldest days go first, then the least counted entries', () => {
    const days = [...busyDay('2026-11-25', 50), ...busyDay('2026-11-26', 50), ...busyDay('2026-11-27', 50)];
    const full = toBatch(days, '1.0.0', 1_000_000);
    const limit = Math.floor(batchBytes(full) / 4);
    const bounded = toBatch(days, '1.0.0', limit);
    expect(batchBytes(bounded)).toBeLessThanOrEqual(limit);
    expect(bounded.truncated).toBe(true);
    expect(bounded.days.map((day) => day.day)).toEqual(['2026-11-27']);
    const kept = bounded.days[0]?.newsViews ?? [];
    const dropped = (days.at(-1)?.newsViews ?? []).filter((entry) => !kept.some((k) => k.itemId === entry.itemId));
    expect(dropped.length).toBeGreaterThan(0);
    expect(Math.min(...kept.map((entry) => entry.views))).toBeGreaterThanOrEqual(
      Math.max(...dropped.map((entry) => entry.views)),
    );
    // Days active still counts every day that was used.
    expect(bounded.daysActive).toBe(3);
  });
});
