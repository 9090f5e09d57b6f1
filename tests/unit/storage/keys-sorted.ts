/**
 * The fake browser's storage.local made to answer as Chromium's does: every object with its keys sorted (Chromium
 * keeps a stored value as a JSON dictionary, whose keys are ordered), not in the order they were written. Seen in
 * Chromium 156 on 1 Dec 2026: the effective configuration, written in its schema's order, read back alphabetical.
 */
import stableStringify from 'fast-json-stable-stringify';
import { type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The same JSON with every object's keys sorted (the library the comparison itself uses). */
const sortedKeys = (value: unknown): unknown => JSON.parse(stableStringify(value));

/** From now on storage.local answers keys sorted; the spy on its `set` says what is written from then on. */
export function answerKeysSorted(): MockInstance<typeof fakeBrowser.storage.local.set> {
  const local = fakeBrowser.storage.local;
  const get = local.get.bind(local);
  vi.spyOn(local, 'get').mockImplementation(async (keys) => sortedKeys(await get(keys)) as Record<string, unknown>);
  return vi.spyOn(local, 'set');
}

/** The keys of storage.local a `set` spy saw written. */
export function writtenKeys(set: MockInstance<typeof fakeBrowser.storage.local.set>): string[] {
  return set.mock.calls.flatMap(([items]) => Object.keys(items));
}
