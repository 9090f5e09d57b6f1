/**
 * The configuration capability in the background: reads the policy, fetches the organisation's document on an
 * alarm, merges them with the user's settings, and writes the effective configuration every capability reads.
 */

import { browser } from 'wxt/browser';
import { alreadyLogged, createSerialQueue } from '../async/serial-queue';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../manifest/build-manifest';
import type { HandleMessage } from '../messaging/handle';
import { deviceRing } from '../rollout/storage';
import { publishSlice } from '../snapshot/publish';
import { readRepairs } from '../storage-health/repairs';
import { buildConfigSlice } from './build-slice';
import { computeEffective } from './compute';
import type { Diagnostics } from './diagnostics';
import { settingsOf } from './diagnostics-settings';
import { configDocumentItem, syncStatusItem } from './document-store';
import { POLLING_FLOOR_MINUTES } from './effective';
import { userMayChange } from './merge';
import { PolicyCache, watchManagedPolicy } from './policy';
import type { SaveUserSettingsResult, UserSettingsChange } from './protocol';
import { effectiveConfigItem } from './storage';
import { syncDocument } from './sync-document';
import { applyUserChange } from './user-change';
import { userSettingsItem } from './user-settings';

export const CONFIG_ALARM = 'passerelle-config-refresh';

type FetchMode = 'always' | 'ifDue';

/** What the configuration offers the other capabilities once started (the support bundle reads it). */
export interface ConfigBackground {
  /** The settings, their sources and the sync state, once the refreshes already asked for are done. */
  diagnostics(): Promise<Diagnostics>;
  /** The policy values as received, before validation (the support bundle shows what arrived). */
  receivedPolicyValues(): Promise<Record<string, unknown>>;
}

async function gather(policy: PolicyCache) {
  const [policyRead, user, document, device] = await Promise.all([
    policy.current(),
    userSettingsItem.getValue(),
    configDocumentItem.getValue(),
    deviceRing(),
  ]);
  return { policy: policyRead, user, document, device };
}

function isDue(lastAttemptAt: number | undefined, intervalMinutes: number): boolean {
  return lastAttemptAt === undefined || Date.now() - lastAttemptAt >= intervalMinutes * 60_000;
}

async function schedule(configUrl: string | null, intervalMinutes: number): Promise<void> {
  if (configUrl === null) {
    await browser.alarms.clear(CONFIG_ALARM);
    return;
  }
  const existing = await browser.alarms.get(CONFIG_ALARM);
  if (existing?.periodInMinutes === intervalMinutes) return;
  browser.alarms.create(CONFIG_ALARM, { periodInMinutes: intervalMinutes, delayInMinutes: intervalMinutes });
}

async function run(policy: PolicyCache, mode: FetchMode): Promise<void> {
  let sources = await gather(policy);
  let { effective } = computeEffective(sources);
  const status = await syncStatusItem.getValue();
  const url = effective.configUrl;
  // A new address is fetched at once; a known one at most every POLLING_FLOOR_MINUTES outside the alarm.
  const neverTried = status.url !== url;
  if (url && (mode === 'always' || neverTried || isDue(status.lastAttemptAt, POLLING_FLOOR_MINUTES))) {
    await syncDocument(url, effective.allowedInsecureOrigins, Date.now());
    sources = await gather(policy);
    ({ effective } = computeEffective(sources));
  }
  await effectiveConfigItem.update(() => effective);
  await schedule(effective.configUrl, effective.pollingIntervalMinutes);
  await publishSlice('config', buildConfigSlice(effective, await syncStatusItem.getValue(), sources.policy.present));
}

async function diagnostics(policy: PolicyCache): Promise<Diagnostics> {
  const [sources, effective, status, alarm, storageRepairs] = await Promise.all([
    gather(policy),
    effectiveConfigItem.getValue(),
    syncStatusItem.getValue(),
    browser.alarms.get(CONFIG_ALARM),
    readRepairs(),
  ]);
  const { policy: policyValues, decisions } = computeEffective(sources);
  return {
    generatedAt: Date.now(),
    version: browser.runtime.getManifest().version,
    extensionId: browser.runtime.id,
    chromiumId: CHROMIUM_EXTENSION_ID,
    geckoId: GECKO_ID,
    userAgent: navigator.userAgent,
    policy: {
      present: sources.policy.present,
      keys: Object.keys(sources.policy.values),
      ...(sources.policy.note ? { note: sources.policy.note } : {}),
    },
    user: {
      ...(sources.user.configUrl ? { configUrl: sources.user.configUrl } : {}),
      configUrlEditable: userMayChange(policyValues, 'configUrl'),
    },
    sync: { ...status, ...(alarm ? { nextFetchAt: alarm.scheduledTime } : {}) },
    settings: settingsOf(effective, (path) => userMayChange(policyValues, path)),
    features: decisions,
    allowedInsecureOrigins: effective.allowedInsecureOrigins,
    issues: effective.issues,
    storageRepairs,
  };
}

export function startConfig(handleMessage: HandleMessage): ConfigBackground {
  const policy = new PolicyCache();
  /** One run at a time: an alarm, a policy reload and a saved setting may arrive together. */
  const queue = createSerialQueue('configuration');
  const refresh = (mode: FetchMode) => queue.run('refresh the configuration', () => run(policy, mode));

  async function saveUserSettings(change: UserSettingsChange): Promise<SaveUserSettingsResult> {
    const sources = await gather(policy);
    const outcome = applyUserChange(sources.user, change, computeEffective(sources).policy);
    if (!outcome.ok) return outcome;
    await userSettingsItem.setValue(outcome.next);
    await refresh('ifDue');
    return { ok: true };
  }

  const background: ConfigBackground = {
    diagnostics: () => queue.idle().then(() => diagnostics(policy)),
    receivedPolicyValues: async () => (await policy.current()).values,
  };

  watchManagedPolicy(() => {
    policy.reload().then(
      (changed) => (changed ? refresh('always').catch(alreadyLogged) : undefined),
      (error: unknown) => console.error('Passerelle: could not reload the managed policy', error),
    );
  });
  userSettingsItem.watch(() => refresh('ifDue').catch(alreadyLogged));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CONFIG_ALARM) refresh('always').catch(alreadyLogged);
  });
  handleMessage('refreshConfig', async () => {
    await policy.reload();
    await refresh('always');
  });
  handleMessage('getDiagnostics', () => background.diagnostics());
  handleMessage('saveUserSettings', (change) => saveUserSettings(change));
  // At start (browser start or the service worker waking up): fetch unless a fetch happened in the last
  // POLLING_FLOOR_MINUTES, so waking up often never means polling the ESN more often than the floor.
  refresh('ifDue').catch(alreadyLogged);
  return background;
}
