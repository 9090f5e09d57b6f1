import { registerLazyModule } from '@/utils/lazy/registry';
import * as readFeed from '@/utils/news/read-feed';

// The feed parser, loaded by the background on its first new feed body (utils/lazy/lazy-scripts.ts).
export default defineUnlistedScript(() => {
  registerLazyModule('utils/news/read-feed', readFeed);
});
