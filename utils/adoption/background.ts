/**
 * Wires the adoption service to the browser: the first-run page at install, the charter acknowledgement and the
 * what's-new notes, and the adoption slice published whenever any of them or the configuration changes.
 * Listeners are registered synchronously.
 */
import { browser } from 'wxt/browser';
import { alreadyLogged } from '../async/serial-queue';
import { effectiveConfigItem } from '../config/storage';
import { localDay } from '../indicators/day';
import type { HandleMessage } from '../messaging/handle';
import { publishSlice } from '../snapshot/publish';
import { createAdoptionService } from './service';
import { charterAcknowledgementItem } from './storage';

export function startAdoption(handleMessage: HandleMessage): void {
  const service = createAdoptionService({
    config: () => effectiveConfigItem.getValue(),
    version: browser.runtime.getManifest().version,
    publish: (slice) => publishSlice('adoption', slice),
    openTab: async (url) => {
      await browser.tabs.create({ url });
    },
    welcomeUrl: browser.runtime.getURL('/welcome.html'),
    today: () => localDay(new Date()),
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void service.onInstalled(reason).catch((error: unknown) => console.error('Passerelle: onboarding failed', error));
  });
  effectiveConfigItem.watch(() => service.followFeatures().catch(alreadyLogged));
  charterAcknowledgementItem.watch(() => service.publish().catch(alreadyLogged));

  handleMessage('acknowledgeCharter', ({ version }) => service.acknowledgeCharter(version));
  handleMessage('dismissWhatsNew', ({ feature }) => service.dismissWhatsNew(feature));
  handleMessage('openWelcome', () => service.openWelcome());

  service.followFeatures().catch(alreadyLogged);
}
