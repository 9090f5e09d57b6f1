import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { defineNewsTests } from './news.spec';
import { defineNewsFeedTests } from './news-feeds.spec';

describe('news badge in Firefox ESR', () => {
  const launch = shareBrowserBetweenTests(launchFirefox);
  defineNewsTests(launch);
  defineNewsFeedTests(launch);
});
