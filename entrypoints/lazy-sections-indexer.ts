import { registerLazyModule } from '@/utils/lazy/registry';
import * as buildIndex from '@/utils/sections/build-index';
import * as parseIndex from '@/utils/sections/parse-index';

// The sections file parser and index builder, loaded by the background when it rebuilds (utils/lazy/lazy-scripts.ts).
export default defineUnlistedScript(() => {
  registerLazyModule('utils/sections/parse-index', parseIndex);
  registerLazyModule('utils/sections/build-index', buildIndex);
});
