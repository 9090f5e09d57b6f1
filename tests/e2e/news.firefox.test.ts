import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { defineNewsTests } from './news.spec';
import { defineNewsFeedTests } from './news-feeds.spec';

describe('news badge in Firefox ESR', () => {
  defineNewsTests(launchFirefox);
  defineNewsFeedTests(launchFirefox);
});
