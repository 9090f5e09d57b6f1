import { startAdoption } from '@/utils/adoption/background';
import { alreadyLogged } from '@/utils/async/serial-queue';
import { startCompanion } from '@/utils/companion/background';
import { startConfig } from '@/utils/config/background';
import { startDiagnostics } from '@/utils/diagnostics/background';
import { startIndicators } from '@/utils/indicators/background';
import { startLauncher } from '@/utils/launcher/background';
import { startEsnHomeCommand } from '@/utils/launcher/esn-home-command';
import { findVisibleTools } from '@/utils/launcher/find-tools';
import { keepLazyScriptsInstalled } from '@/utils/lazy/install-lazy-scripts';
import { type HandleMessage, handleMessage } from '@/utils/messaging/handle';
import { startNews } from '@/utils/news/background';
import { startOmnibox } from '@/utils/omnibox/background';
import { startSections } from '@/utils/sections/background';
import { sectionAtNewPage } from '@/utils/sections/section-at-page';
import { republishSnapshot } from '@/utils/snapshot/publish';

/**
 * Wiring only: each capability registers its listeners synchronously (a service worker may be woken by any of them)
 * and owns its state under utils/; each is handed what it needs of the others, and the message registrar (the
 * messaging library's in the browser, a recording one in the tests that start the whole background).
 */
export function startBackground(handleMessage: HandleMessage): void {
  // Chromium keeps for later only the scripts its service worker imported while installing.
  keepLazyScriptsInstalled();
  // First in the publish queue: a damaged stored snapshot is healed and written back whole before any slice.
  republishSnapshot()
    .then((emptied) => {
      // The other capabilities publish at every start; the sections index only when it is refreshed.
      if (emptied.includes('sections')) return sections.refresh();
    })
    .catch(alreadyLogged);
  const config = startConfig(handleMessage);
  startAdoption(handleMessage);
  startIndicators(handleMessage);
  const launcher = startLauncher(handleMessage);
  startEsnHomeCommand();
  startNews(handleMessage);
  const sections = startSections(handleMessage);
  startOmnibox({
    findTools: findVisibleTools,
    findSections: (text, limit) => sections.findResults(text, limit),
    launchTool: (toolId, disposition) => launcher.launchTool(toolId, disposition, 'omnibox'),
    openSection: (sectionId, disposition) => sections.openSection(sectionId, disposition, 'omnibox'),
  });
  startDiagnostics(handleMessage, config);
  startCompanion(handleMessage, { sectionAt: sectionAtNewPage });
}

export default defineBackground(() => startBackground(handleMessage));
