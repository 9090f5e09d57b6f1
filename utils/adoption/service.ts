/**
 * The adoption capability's behaviour, with every outside effect injected (configuration, tabs, clock, version,
 * publication) so that tests drive it without browser globals. utils/adoption/background.ts wires the real ones.
 * The charter acknowledgement, the what's-new state and "welcome shown" live in storage (./storage.ts).
 */
import { createSerialQueue } from '../async/serial-queue';
import type { EffectiveConfig, FeatureName } from '../config/effective';
import { buildAdoptionSlice } from './build-slice';
import { onInstalledTarget } from './onboarding';
import type { AdoptionSlice } from './slice';
import { charterAcknowledgementItem, welcomeShownItem, whatsNewItem } from './storage';
import { dismissFeature, nextWhatsNew } from './whats-new';

interface AdoptionServiceDeps {
  config: () => Promise<EffectiveConfig>;
  /** The extension's version (what's new is per version). */
  version: string;
  publish: (slice: AdoptionSlice) => Promise<void>;
  openTab: (url: string) => Promise<void>;
  /** The extension's own welcome page. */
  welcomeUrl: string;
  /** Today, as YYYY-MM-DD in the device's time zone (the day the charter was accepted). */
  today: () => string;
}

interface AdoptionService {
  /** Install or update: the first-run page (the welcome page or IT's), once per installation. */
  onInstalled(reason: string): Promise<void>;
  /** The configuration changed: a feature turned on gets its what's-new note; the slice is published again. */
  followFeatures(): Promise<void>;
  /** The charter acknowledgement changed: the slice is published again. */
  publish(): Promise<void>;
  acknowledgeCharter(version: string | undefined): Promise<void>;
  dismissWhatsNew(feature: FeatureName): Promise<void>;
  openWelcome(): Promise<void>;
}

export function createAdoptionService(deps: AdoptionServiceDeps): AdoptionService {
  /** State changes run one after another: two quick configuration changes must not lose a what's-new note. */
  const queue = createSerialQueue('adoption');

  async function publish(): Promise<void> {
    const [config, acknowledgement, whatsNew] = await Promise.all([
      deps.config(),
      charterAcknowledgementItem.getValue(),
      whatsNewItem.getValue(),
    ]);
    await deps.publish(buildAdoptionSlice(config, acknowledgement, whatsNew, deps.version));
  }

  return {
    async onInstalled(reason) {
      const target = onInstalledTarget(reason, await deps.config());
      if (target.kind === 'none' || (await welcomeShownItem.getValue())) return;
      await welcomeShownItem.setValue(true);
      // ?install=1: the page was opened by the install, so it may follow IT's later choice to suppress it.
      await deps.openTab(target.kind === 'url' ? target.url : `${deps.welcomeUrl}?install=1`);
    },
    followFeatures: () =>
      queue.run('follow the features', async () => {
        const config = await deps.config();
        await whatsNewItem.update((state) => nextWhatsNew(state, config.features));
        await publish();
      }),
    publish: () => queue.run('publish the charter', publish),
    async acknowledgeCharter(version) {
      await charterAcknowledgementItem.setValue({ version: version ?? '', day: deps.today() });
    },
    dismissWhatsNew: (feature) =>
      queue.run('dismiss a what’s-new note', async () => {
        await whatsNewItem.setValue(dismissFeature(await whatsNewItem.getValue(), feature));
        await publish();
      }),
    openWelcome: () => deps.openTab(deps.welcomeUrl),
  };
}
