import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loopbackOnlyFetch } from './loopback-fetch';
import './whatwg-text-decoder';

// Unit tests reach only the servers they start on 127.0.0.1 (the demo ESN); a test stubs fetch for anything else.
globalThis.fetch = loopbackOnlyFetch(globalThis.fetch);

beforeEach(() => {
  fakeBrowser.reset();
  // Every test starts on empty databases, as on empty storage: files share one module graph (isolate: false).
  globalThis.indexedDB = new IDBFactory();
});

// Files share one document too: what a test rendered is removed after it.
afterEach(() => {
  cleanup();
});
