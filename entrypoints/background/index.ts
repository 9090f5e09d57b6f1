import { startConfig } from '@/utils/config/background';

// Wiring only: each capability registers its listeners synchronously (a service worker may be woken by any
// of them) and owns its state under utils/.
export default defineBackground(() => {
  startConfig();
});
