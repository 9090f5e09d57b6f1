/**
 * The indicators capability's behaviour, with every outside effect injected (configuration, network, clock,
 * randomness, alarms) so that tests drive it without browser globals. utils/indicators/background.ts wires the real
 * ones. What is counted lives in storage (./storage.ts), written through one queue (./queue.ts).
 */
import type { browser } from 'wxt/browser';
import type { EffectiveConfig } from '../config/effective';
import { ringLabel } from '../rollout/ring-label';
import { localDay } from './day';
import { indicatorsEndpoint, minimumGroupSizeOf } from './enabled';
import type { PendingIndicatorsView } from './protocol';
import { clearIndicators, createPendingSender, previewBatch, type SendDeps, type SendResult } from './send';
import { indicatorsOutboxItem, lastIndicatorsSendItem } from './storage';

export const DAILY_ALARM = 'passerelle-indicators-daily';
export const RETRY_ALARM = 'passerelle-indicators-retry';
const DAY_MINUTES = 24 * 60;

interface IndicatorsServiceDeps {
  config: () => Promise<EffectiveConfig>;
  post: SendDeps['post'];
  now: () => number;
  random: () => number;
  /** The extension's version, stated in every batch. */
  version: string;
  alarms: Pick<typeof browser.alarms, 'get' | 'create' | 'clear'>;
}

interface IndicatorsService {
  /** The daily (or retry) alarm: finished days only, so that each day of a device is in one batch. */
  sendDaily(): Promise<SendResult>;
  /** IT's "Send now" (options page): everything waiting, today included, posted the same way. */
  sendNow(): Promise<SendResult>;
  /** The daily alarm exists exactly while indicators are on; turning them off forgets everything counted. */
  followConfig(config: EffectiveConfig): Promise<void>;
  /** What the options page shows under "what is measured". */
  pendingView(): Promise<PendingIndicatorsView>;
}

export function createIndicatorsService(deps: IndicatorsServiceDeps): IndicatorsService {
  const sendPending = createPendingSender();

  async function send(finishedDaysOnly: boolean): Promise<SendResult> {
    const config = await deps.config();
    const result = await sendPending(indicatorsEndpoint(config), {
      post: deps.post,
      now: deps.now,
      random: deps.random,
      version: deps.version,
      noise: config.indicators.noise ?? 0,
      ring: ringLabel(config),
      ...(finishedDaysOnly && { keepFrom: localDay(new Date(deps.now())) }),
    });
    if (result.outcome === 'sent' || result.outcome === 'retry' || result.outcome === 'refused') {
      const status = result.status === undefined ? {} : { status: result.status };
      await lastIndicatorsSendItem.setValue({ at: deps.now(), outcome: result.outcome, ...status });
    }
    if (result.nextAttemptAt !== undefined) await deps.alarms.create(RETRY_ALARM, { when: result.nextAttemptAt });
    else await deps.alarms.clear(RETRY_ALARM);
    return result;
  }

  return {
    sendDaily: () => send(true),
    sendNow: () => send(false),
    async followConfig(config) {
      if (indicatorsEndpoint(config) === null) {
        await Promise.all([deps.alarms.clear(DAILY_ALARM), deps.alarms.clear(RETRY_ALARM)]);
        await clearIndicators();
        return;
      }
      // Never recreated: that would push it back.
      if (await deps.alarms.get(DAILY_ALARM)) return;
      // A random first delay spreads the installs of a whole company over the day.
      const delayInMinutes = 60 + Math.floor(deps.random() * DAY_MINUTES);
      await deps.alarms.create(DAILY_ALARM, { delayInMinutes, periodInMinutes: DAY_MINUTES });
    },
    async pendingView() {
      const config = await deps.config();
      const endpoint = indicatorsEndpoint(config);
      const noise = config.indicators.noise ?? 0;
      const outbox = await indicatorsOutboxItem.getValue();
      return {
        enabled: endpoint !== null,
        ...(endpoint && { endpoint }),
        allowQueryText: config.indicators.allowQueryText === true,
        minimumGroupSize: minimumGroupSizeOf(config),
        noise,
        batch: endpoint ? await previewBatch(deps.version, noise, ringLabel(config)) : null,
        ...(outbox?.nextAttemptAt !== undefined && {
          retry: { attempts: outbox.attempts, nextAttemptAt: outbox.nextAttemptAt },
        }),
      };
    },
  };
}
