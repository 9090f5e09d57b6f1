import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // Every test starts on empty databases, as on empty storage: files share one module graph (isolate: false).
  globalThis.indexedDB = new IDBFactory();
});

// Files share one document too: what a test rendered is removed after it.
afterEach(() => {
  cleanup();
});
