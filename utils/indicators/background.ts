/**
 * The indicators capability in the background: a daily alarm sends the batch, a one-shot alarm retries a
 * failed send, and turning indicators off forgets everything counted.
 */
import { browser } from 'wxt/browser';
import type { EffectiveConfig } from '../config/effective';
import { effectiveConfigItem } from '../config/storage';
import type { HandleMessage } from '../messaging/handle';
import { ringLabel } from '../rollout/ring-label';
import { localDay } from './day';
import { indicatorsEndpoint, minimumGroupSizeOf } from './enabled';
import { postBatch } from './post';
import { recordIndicator } from './record';
import { clearIndicators, previewBatch, type SendResult, sendPending } from './send';
import { indicatorsOutboxItem, lastIndicatorsSendItem } from './storage';

const DAILY_ALARM = 'passerelle-indicators-daily';
const RETRY_ALARM = 'passerelle-indicators-retry';
const DAY_MINUTES = 24 * 60;

function version(): string {
  return browser.runtime.getManifest().version;
}

/** finishedDaysOnly: the daily send keeps today for tomorrow's batch (one batch per device and day). */
async function sendNow(finishedDaysOnly: boolean): Promise<SendResult> {
  const config = await effectiveConfigItem.getValue();
  const endpoint = indicatorsEndpoint(config);
  const result = await sendPending(endpoint, {
    post: postBatch,
    now: Date.now,
    random: Math.random,
    version: version(),
    noise: config.indicators.noise ?? 0,
    ring: ringLabel(config),
    ...(finishedDaysOnly && { keepFrom: localDay(new Date()) }),
  });
  if (result.outcome === 'sent' || result.outcome === 'retry' || result.outcome === 'refused') {
    const status = result.status === undefined ? {} : { status: result.status };
    await lastIndicatorsSendItem.setValue({ at: Date.now(), outcome: result.outcome, ...status });
  }
  if (result.nextAttemptAt !== undefined) await browser.alarms.create(RETRY_ALARM, { when: result.nextAttemptAt });
  else await browser.alarms.clear(RETRY_ALARM);
  return result;
}

/** The daily alarm exists exactly while indicators are on; it is never recreated (that would push it back). */
async function followConfig(config: EffectiveConfig): Promise<void> {
  if (indicatorsEndpoint(config) === null) {
    await Promise.all([browser.alarms.clear(DAILY_ALARM), browser.alarms.clear(RETRY_ALARM)]);
    await clearIndicators();
    return;
  }
  if (!(await browser.alarms.get(DAILY_ALARM))) {
    // A random first delay spreads the installs of a whole company over the day.
    const delayInMinutes = 60 + Math.floor(Math.random() * DAY_MINUTES);
    await browser.alarms.create(DAILY_ALARM, { delayInMinutes, periodInMinutes: DAY_MINUTES });
  }
}

function report(error: unknown): void {
  console.error('Passerelle: indicators', error);
}

export function startIndicators(handleMessage: HandleMessage): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM || alarm.name === RETRY_ALARM) void sendNow(true).catch(report);
  });
  effectiveConfigItem.watch((config) => void followConfig(config).catch(report));

  handleMessage('recordIndicator', (event) => recordIndicator(event));
  handleMessage('sendIndicatorsNow', async () => {
    const { outcome, status } = await sendNow(false);
    return status === undefined ? { outcome } : { outcome, status };
  });
  handleMessage('getPendingIndicators', async () => {
    const config = await effectiveConfigItem.getValue();
    const endpoint = indicatorsEndpoint(config);
    const outbox = await indicatorsOutboxItem.getValue();
    return {
      enabled: endpoint !== null,
      ...(endpoint && { endpoint }),
      allowQueryText: config.indicators.allowQueryText === true,
      minimumGroupSize: minimumGroupSizeOf(config),
      noise: config.indicators.noise ?? 0,
      batch: endpoint ? await previewBatch(version(), config.indicators.noise ?? 0, ringLabel(config)) : null,
      ...(outbox?.nextAttemptAt !== undefined && {
        retry: { attempts: outbox.attempts, nextAttemptAt: outbox.nextAttemptAt },
      }),
    };
  });

  void effectiveConfigItem.getValue().then(followConfig).catch(report);
}
