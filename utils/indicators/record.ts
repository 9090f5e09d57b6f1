import { alreadyLogged } from '../async/serial-queue';
import { effectiveConfigItem } from '../config/storage';
import { addEvent } from './aggregate';
import { localDay } from './day';
import { indicatorsEndpoint } from './enabled';
import { withNoise } from './noise';
import { indicatorsQueue } from './queue';
import { privacyContextOf, sanitizeEvent } from './sanitize';
import { pendingIndicatorsItem } from './storage';
import type { IndicatorEvent } from './types';

/**
 * Counts one event on today's date, after the local noise (when configured) and the privacy rules; does nothing
 * when indicators are off. Background modules call this directly; pages send the `recordIndicator` message.
 * Never throws.
 */
export async function recordIndicator(
  event: IndicatorEvent,
  now: Date = new Date(),
  random: () => number = Math.random,
): Promise<void> {
  try {
    const config = await effectiveConfigItem.getValue();
    if (indicatorsEndpoint(config) === null) return;
    const noisy = withNoise(event, config.indicators.noise ?? 0, random);
    const sanitized = sanitizeEvent(noisy, privacyContextOf(config));
    if (sanitized === null) return;
    await indicatorsQueue
      .run('count an event', async () => {
        const days = await pendingIndicatorsItem.getValue();
        await pendingIndicatorsItem.setValue(addEvent(days, sanitized, localDay(now)));
      })
      .catch(alreadyLogged);
  } catch (error) {
    console.error('Passerelle: could not count an indicator', error);
  }
}
