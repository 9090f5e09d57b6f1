import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { shareBrowserBetweenTests } from './harness/shared-browser';
import { defineNewsTests } from './news.spec';
import { defineNewsFeedTests } from './news-feeds.spec';

describe('news badge in Chromium', () => {
  const launch = shareBrowserBetweenTests(launchChromium);
  defineNewsTests(launch);
  defineNewsFeedTests(launch);
});
