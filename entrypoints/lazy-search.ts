import * as toolSource from '@/utils/launcher/tool-source';
import { registerLazyModule } from '@/utils/lazy/registry';
import * as searchIndex from '@/utils/sections/search-index';

// The search library and what the background searches with it (utils/lazy/lazy-scripts.ts).
export default defineUnlistedScript(() => {
  registerLazyModule('utils/sections/search-index', searchIndex);
  registerLazyModule('utils/launcher/tool-source', toolSource);
});
