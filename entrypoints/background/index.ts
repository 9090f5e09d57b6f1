import { startAdoption } from '@/utils/adoption/background';
import { startConfig } from '@/utils/config/background';
import { startDiagnostics } from '@/utils/diagnostics/background';
import { startIndicators } from '@/utils/indicators/background';
import { startLauncher } from '@/utils/launcher/background';
import { startNews } from '@/utils/news/background';
import { startSections } from '@/utils/sections/background';

// Wiring only: each capability registers its listeners synchronously (a service worker may be woken by any
// of them) and owns its state under utils/.
export default defineBackground(() => {
  startConfig();
  startAdoption();
  startIndicators();
  startLauncher();
  startNews();
  startSections();
  startDiagnostics();
});
