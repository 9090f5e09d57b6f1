import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEvent } from '@/utils/indicators/aggregate';
import { createPendingSender, type PostResult, previewBatch, type SendDeps } from '@/utils/indicators/send';
import { indicatorsOutboxItem, pendingIndicatorsItem } from '@/utils/indicators/storage';
import type { DayCounts, IndicatorsBatch } from '@/utils/indicators/types';

const ENDPOINT = 'https://esn.example/indicateurs';
const NOW = Date.parse('2026-11-27T12:00:00Z');
/** One sender, as one background has (it joins a send already running). */
const sendPending = createPendingSender();

function deps(answers: (PostResult | null)[]): SendDeps & { bodies: IndicatorsBatch[] } {
  const bodies: IndicatorsBatch[] = [];
  return {
    bodies,
    post: vi.fn(async (_endpoint: string, body: string) => {
      bodies.push(JSON.parse(body) as IndicatorsBatch);
      return answers.shift() ?? null;
    }),
    now: () => NOW,
    random: () => 0.5,
    version: '1.0.0',
  };
}

const launches = (count: number): DayCounts[] => {
  let days: DayCounts[] = [];
  for (let index = 0; index < count; index += 1) {
    days = addEvent(days, { kind: 'launch', toolId: 'conges', viaEsn: true }, '2026-11-27');
  }
  return days;
};

describe('sending the batch', () => {
  beforeEach(async () => {
    await pendingIndicatorsItem.setValue(launches(2));
  });

  it('posts everything pending once and keeps nothing once sent', async () => {
    const network = deps([{ status: 204, retryAfter: null }]);
    expect(await sendPending(ENDPOINT, network)).toEqual({ outcome: 'sent', status: 204 });
    expect(network.bodies).toHaveLength(1);
    expect(network.bodies[0]?.days[0]?.launches).toEqual([{ toolId: 'conges', count: 2, viaEsn: 2 }]);
    expect(await pendingIndicatorsItem.getValue()).toEqual([]);
    expect(await indicatorsOutboxItem.getValue()).toBeNull();
    expect(await previewBatch('1.0.0')).toBeNull();
  });

  it('sends nothing when nothing was counted, or when indicators are off', async () => {
    await pendingIndicatorsItem.setValue([]);
    const network = deps([]);
    expect(await sendPending(ENDPOINT, network)).toEqual({ outcome: 'nothing' });
    expect(await sendPending(null, network)).toEqual({ outcome: 'disabled' });
    expect(network.post).not.toHaveBeenCalled();
  });

  it('keeps a failed batch, schedules a retry with backoff, and adds what was counted since', async () => {
    const network = deps([null, { status: 503, retryAfter: '3600' }, { status: 200, retryAfter: null }]);
    const first = await sendPending(ENDPOINT, network);
    expect(first).toEqual({ outcome: 'retry', nextAttemptAt: NOW + 5 * 60_000 });
    expect(await indicatorsOutboxItem.getValue()).toMatchObject({ attempts: 1, nextAttemptAt: NOW + 5 * 60_000 });

    const second = await sendPending(ENDPOINT, network);
    expect(second).toEqual({ outcome: 'retry', status: 503, nextAttemptAt: NOW + 3_600_000 });

    await pendingIndicatorsItem.setValue(launches(1));
    expect((await previewBatch('1.0.0'))?.days[0]?.launches[0]?.count).toBe(3);
    expect(await sendPending(ENDPOINT, network)).toEqual({ outcome: 'sent', status: 200 });
    expect(network.bodies.map((body) => body.days[0]?.launches[0]?.count)).toEqual([2, 2, 3]);
    expect(await indicatorsOutboxItem.getValue()).toBeNull();
  });

  it('drops a batch the ESN refuses for good', async () => {
    const network = deps([{ status: 400, retryAfter: null }]);
    expect(await sendPending(ENDPOINT, network)).toEqual({ outcome: 'refused', status: 400 });
    expect(await indicatorsOutboxItem.getValue()).toBeNull();
    expect(await pendingIndicatorsItem.getValue()).toEqual([]);
  });

  it('joins a send already running instead of posting twice', async () => {
    const network = deps([{ status: 204, retryAfter: null }]);
    const [a, b] = await Promise.all([sendPending(ENDPOINT, network), sendPending(ENDPOINT, network)]);
    expect(a).toEqual(b);
    expect(network.post).toHaveBeenCalledTimes(1);
  });

  it('treats a throwing network as no answer', async () => {
    const network = deps([]);
    network.post = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await sendPending(ENDPOINT, network)).outcome).toBe('retry');
  });

  it("the daily send carries finished days only: today stays for tomorrow, so a device's day is in one batch", async () => {
    const yesterday = launches(1).map((day) => ({ ...day, day: '2026-11-26' }));
    await pendingIndicatorsItem.setValue([...yesterday, ...launches(3)]);
    const network = { ...deps([{ status: 204, retryAfter: null }]), keepFrom: '2026-11-27', noise: 0.2 };
    expect(await sendPending(ENDPOINT, network)).toEqual({ outcome: 'sent', status: 204 });
    expect(network.bodies.map((batch) => batch.days.map((day) => day.day))).toEqual([['2026-11-26']]);
    expect(network.bodies[0]?.noise).toBe(0.2);
    expect((await pendingIndicatorsItem.getValue()).map((day) => day.day)).toEqual(['2026-11-27']);
    // Only today pending: nothing to send yet.
    expect(await sendPending(ENDPOINT, { ...deps([]), keepFrom: '2026-11-27' })).toEqual({ outcome: 'nothing' });
  });
});
