import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';
import { addEvent } from '@/utils/indicators/aggregate';
import { localDay } from '@/utils/indicators/day';
import type { PostResult } from '@/utils/indicators/send';
import { createIndicatorsService, DAILY_ALARM, RETRY_ALARM } from '@/utils/indicators/service';
import { indicatorsOutboxItem, lastIndicatorsSendItem, pendingIndicatorsItem } from '@/utils/indicators/storage';
import type { IndicatorsBatch } from '@/utils/indicators/types';
import { indicatorsConfig } from './fixtures';

const NOW = new Date(2026, 10, 27, 12).getTime();
const TODAY = localDay(new Date(NOW));
const YESTERDAY = localDay(new Date(NOW - 24 * 3_600_000));

/** A service of its own per test, on the fake browser's alarms, answering with `answers` in turn. */
function setup(answers: (PostResult | null)[], config: EffectiveConfig = indicatorsConfig()) {
  const posted: IndicatorsBatch[] = [];
  const service = createIndicatorsService({
    config: async () => config,
    post: async (_endpoint, body) => {
      posted.push(JSON.parse(body) as IndicatorsBatch);
      return answers.shift() ?? null;
    },
    now: () => NOW,
    random: () => 0.5,
    version: '1.2.3',
    alarms: fakeBrowser.alarms,
  });
  return { service, posted };
}

async function countActiveOn(...days: string[]): Promise<void> {
  let counted = await pendingIndicatorsItem.getValue();
  for (const day of days) counted = addEvent(counted, { kind: 'active' }, day);
  await pendingIndicatorsItem.setValue(counted);
}

describe('indicators service', () => {
  it('sends finished days daily and keeps today for tomorrow; "Send now" sends today too', async () => {
    await countActiveOn(YESTERDAY, TODAY);
    const { service, posted } = setup([
      { status: 204, retryAfter: null },
      { status: 204, retryAfter: null },
    ]);
    expect(await service.sendDaily()).toEqual({ outcome: 'sent', status: 204 });
    expect(posted[0]?.days.map((day) => day.day)).toEqual([YESTERDAY]);
    expect((await pendingIndicatorsItem.getValue()).map((day) => day.day)).toEqual([TODAY]);

    expect(await service.sendNow()).toEqual({ outcome: 'sent', status: 204 });
    expect(posted[1]?.days.map((day) => day.day)).toEqual([TODAY]);
    expect(posted[1]?.version).toBe('1.2.3');
    expect(await pendingIndicatorsItem.getValue()).toEqual([]);
    expect(await lastIndicatorsSendItem.getValue()).toEqual({ at: NOW, outcome: 'sent', status: 204 });
    expect(await service.sendNow()).toEqual({ outcome: 'nothing' });
  });

  it('keeps a batch the ESN could not take, and sets the retry alarm; a refusal drops it', async () => {
    await countActiveOn(TODAY);
    const { service } = setup([
      { status: 503, retryAfter: '3600' },
      { status: 400, retryAfter: null },
    ]);
    const retry = await service.sendNow();
    expect(retry).toMatchObject({ outcome: 'retry', status: 503, nextAttemptAt: NOW + 3_600_000 });
    expect((await fakeBrowser.alarms.get(RETRY_ALARM))?.scheduledTime).toBe(NOW + 3_600_000);
    expect(await service.pendingView()).toMatchObject({ retry: { attempts: 1, nextAttemptAt: NOW + 3_600_000 } });

    expect(await service.sendNow()).toEqual({ outcome: 'refused', status: 400 });
    expect(await indicatorsOutboxItem.getValue()).toBeNull();
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    expect(await lastIndicatorsSendItem.getValue()).toEqual({ at: NOW, outcome: 'refused', status: 400 });
  });

  it('sends nothing while indicators are off', async () => {
    await countActiveOn(TODAY);
    const { service, posted } = setup([], EMPTY_CONFIG);
    expect(await service.sendNow()).toEqual({ outcome: 'disabled' });
    expect(posted).toEqual([]);
    expect(await service.pendingView()).toMatchObject({ enabled: false, batch: null });
  });

  it('starts the daily alarm once, spread over the day, and forgets everything when turned off', async () => {
    const { service } = setup([]);
    await service.followConfig(indicatorsConfig());
    const first = await fakeBrowser.alarms.get(DAILY_ALARM);
    expect(first).toMatchObject({ periodInMinutes: 24 * 60 });
    await service.followConfig(indicatorsConfig());
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(first?.scheduledTime);

    await countActiveOn(TODAY);
    await service.followConfig(EMPTY_CONFIG);
    expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toBeUndefined();
    expect(await pendingIndicatorsItem.getValue()).toEqual([]);
  });
});
