import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { defineNewsTests } from './news.spec';
import { defineNewsFeedTests } from './news-feeds.spec';

describe('news badge in Chromium', () => {
  defineNewsTests(launchChromium);
  defineNewsFeedTests(launchChromium);
});
