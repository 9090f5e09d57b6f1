/**
 * Node has no extension APIs: what the benched code writes to extension storage on the way (a storage repair, a
 * usage count) goes to WXT's fake browser. Imported before the code under bench, which reads `chrome` when loaded.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
