/**
 * The adoption capability in the background: opens the first-run page, keeps the charter acknowledgement and
 * the what's-new notes, and publishes the adoption slice whenever any of them or the configuration changes.
 */
import { browser } from 'wxt/browser';
import { alreadyLogged, createSerialQueue } from '../async/serial-queue';
import { effectiveConfigItem } from '../config/storage';
import { localDay } from '../indicators/day';
import type { HandleMessage } from '../messaging/handle';
import { publishSlice } from '../snapshot/publish';
import { buildAdoptionSlice } from './build-slice';
import { onInstalledTarget } from './onboarding';
import { charterAcknowledgementItem, welcomeShownItem, whatsNewItem } from './storage';
import { dismissFeature, nextWhatsNew } from './whats-new';

/** State changes run one after another: two quick configuration changes must not lose a what's-new note. */
const queue = createSerialQueue('adoption');

async function publish(): Promise<void> {
  const [config, acknowledgement, whatsNew] = await Promise.all([
    effectiveConfigItem.getValue(),
    charterAcknowledgementItem.getValue(),
    whatsNewItem.getValue(),
  ]);
  await publishSlice(
    'adoption',
    buildAdoptionSlice(config, acknowledgement, whatsNew, browser.runtime.getManifest().version),
  );
}

async function followFeatures(): Promise<void> {
  const [config, state] = await Promise.all([effectiveConfigItem.getValue(), whatsNewItem.getValue()]);
  await whatsNewItem.setValue(nextWhatsNew(state, config.features));
}

async function refresh(): Promise<void> {
  await followFeatures();
  await publish();
}

async function openOnboarding(reason: string): Promise<void> {
  const target = onInstalledTarget(reason, await effectiveConfigItem.getValue());
  if (target.kind === 'none' || (await welcomeShownItem.getValue())) return;
  await welcomeShownItem.setValue(true);
  // ?install=1: the page was opened by the install, so it may follow IT's later choice to suppress it.
  const url = target.kind === 'url' ? target.url : `${browser.runtime.getURL('/welcome.html')}?install=1`;
  await browser.tabs.create({ url });
}

export function startAdoption(handleMessage: HandleMessage): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void openOnboarding(reason).catch((error: unknown) => console.error('Passerelle: onboarding failed', error));
  });
  effectiveConfigItem.watch(() => queue.run('follow the features', refresh).catch(alreadyLogged));
  charterAcknowledgementItem.watch(() => queue.run('publish the charter', publish).catch(alreadyLogged));

  handleMessage('acknowledgeCharter', async ({ version }) => {
    await charterAcknowledgementItem.setValue({ version: version ?? '', day: localDay(new Date()) });
  });
  handleMessage('dismissWhatsNew', ({ feature }) =>
    queue.run('dismiss a what’s-new note', async () => {
      await whatsNewItem.setValue(dismissFeature(await whatsNewItem.getValue(), feature));
      await publish();
    }),
  );
  handleMessage('openWelcome', async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  queue.run('follow the features', refresh).catch(alreadyLogged);
}
