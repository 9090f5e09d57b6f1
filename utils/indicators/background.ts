/**
 * Wires the indicators service to the browser: a daily alarm sends the batch, a one-shot alarm retries a failed
 * send, turning indicators off forgets everything counted, and pages count events and ask what is measured.
 * Listeners are registered synchronously.
 */
import { browser } from 'wxt/browser';
import { effectiveConfigItem } from '../config/storage';
import type { HandleMessage } from '../messaging/handle';
import { postBatch } from './post';
import { recordIndicator } from './record';
import { createIndicatorsService, DAILY_ALARM, RETRY_ALARM } from './service';

function report(error: unknown): void {
  console.error('Passerelle: indicators', error);
}

export function startIndicators(handleMessage: HandleMessage): void {
  const service = createIndicatorsService({
    config: () => effectiveConfigItem.getValue(),
    post: postBatch,
    now: () => Date.now(),
    random: () => Math.random(),
    version: browser.runtime.getManifest().version,
    alarms: browser.alarms,
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM || alarm.name === RETRY_ALARM) void service.sendDaily().catch(report);
  });
  effectiveConfigItem.watch((config) => void service.followConfig(config).catch(report));

  handleMessage('recordIndicator', (event) => recordIndicator(event));
  handleMessage('sendIndicatorsNow', () => service.sendNow());
  handleMessage('getPendingIndicators', () => service.pendingView());

  void effectiveConfigItem.getValue().then(service.followConfig).catch(report);
}
