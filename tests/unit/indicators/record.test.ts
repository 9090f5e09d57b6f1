import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { effectiveConfigItem } from '@/utils/config/storage';
import { recordIndicator } from '@/utils/indicators/record';
import { pendingIndicatorsItem } from '@/utils/indicators/storage';
import { indicatorsConfig } from './fixtures';

const NOON = new Date(2026, 10, 27, 12);

describe('recordIndicator', () => {
  it('counts nothing while indicators are off (the default)', async () => {
    await effectiveConfigItem.setValue(EMPTY_CONFIG);
    await recordIndicator({ kind: 'launch', toolId: 'conges', viaEsn: true }, NOON);
    expect(await pendingIndicatorsItem.getValue()).toEqual([]);
  });

  it('counts nothing without an endpoint, or with an endpoint the URL policy refuses', async () => {
    await effectiveConfigItem.setValue(indicatorsConfig({ indicators: {} }));
    await recordIndicator({ kind: 'active' }, NOON);
    await effectiveConfigItem.setValue(indicatorsConfig({ indicators: { endpoint: 'http://esn.example/i' } }));
    await recordIndicator({ kind: 'active' }, NOON);
    expect(await pendingIndicatorsItem.getValue()).toEqual([]);
  });

  it('counts events that pass the privacy rules, even when they arrive at once', async () => {
    await effectiveConfigItem.setValue(indicatorsConfig());
    await Promise.all([
      recordIndicator(
        { kind: 'newsView', feedId: 'actualites', itemId: 'https://esn.example/p/1', via: 'newsList' },
        NOON,
      ),
      recordIndicator(
        { kind: 'newsView', feedId: 'actualites', itemId: 'https://esn.example/p/2', via: 'newsList' },
        NOON,
      ),
      recordIndicator({ kind: 'launch', toolId: 'conges', viaEsn: true }, NOON),
      recordIndicator({ kind: 'launch', toolId: 'not-configured', viaEsn: true }, NOON),
    ]);
    const [day] = await pendingIndicatorsItem.getValue();
    expect(day?.day).toBe('2026-11-27');
    expect(day?.newsViews.map((entry) => entry.views)).toEqual([1, 1]);
    expect(day?.launches).toEqual([{ toolId: 'conges', count: 1, viaEsn: 1 }]);
  });
});
