import { startAdoption } from '@/utils/adoption/background';
import { startCompanion } from '@/utils/companion/background';
import { startConfig } from '@/utils/config/background';
import { startDiagnostics } from '@/utils/diagnostics/background';
import { startIndicators } from '@/utils/indicators/background';
import { startLauncher } from '@/utils/launcher/background';
import { startEsnHomeCommand } from '@/utils/launcher/esn-home-command';
import { keepLazyScriptsInstalled } from '@/utils/lazy/install-lazy-scripts';
import { startNews } from '@/utils/news/background';
import { refreshSections, startSections } from '@/utils/sections/background';
import { republishSnapshot } from '@/utils/snapshot/publish';

// Wiring only: each capability registers its listeners synchronously (a service worker may be woken by any
// of them) and owns its state under utils/.
export default defineBackground(() => {
  // Chromium keeps for later only the scripts its service worker imported while installing.
  keepLazyScriptsInstalled();
  // First in the publish queue: a damaged stored snapshot is healed and written back whole before any slice.
  void republishSnapshot().then((emptied) => {
    // The other capabilities publish at every start; the sections index only when it is refreshed.
    if (emptied.includes('sections')) void refreshSections().catch(() => undefined);
  });
  startConfig();
  startAdoption();
  startIndicators();
  startLauncher();
  startEsnHomeCommand();
  startNews();
  startSections();
  startDiagnostics();
  startCompanion();
});
