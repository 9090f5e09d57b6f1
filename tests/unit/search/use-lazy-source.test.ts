import { renderHook, waitFor } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { useLazySource } from '@/components/search/use-lazy-source';
import type { SearchSource } from '@/utils/search/source';

/** A module whose loading the test releases by hand, counting the loads. */
function heldModule() {
  const releases: (() => void)[] = [];
  const load = vi.fn(
    () =>
      new Promise<{ make: (word: string) => SearchSource }>((resolve) => {
        releases.push(() => resolve({ make: (word) => ({ kind: 'test', word }) as unknown as SearchSource }));
      }),
  );
  const releaseAll = () => {
    for (const release of releases.splice(0)) release();
  };
  /** The loads still on their way, the latest first. */
  const releaseLatestFirst = () => {
    for (const release of releases.splice(0).reverse()) release();
  };
  return { load, releaseAll, releaseLatestFirst };
}

const wordOf = (source: SearchSource | null) => (source as unknown as { word: string } | null)?.word ?? null;

it('loads nothing until wanted, then builds once for the same inputs', async () => {
  const module = heldModule();
  const { result, rerender } = renderHook(
    ({ wanted, word }) => useLazySource(module.load, wanted, [word], (loaded) => loaded.make(word)),
    { initialProps: { wanted: false, word: 'a' } },
  );
  expect(module.load).not.toHaveBeenCalled();
  rerender({ wanted: true, word: 'a' });
  expect(result.current).toBeNull();
  module.releaseAll();
  await waitFor(() => expect(wordOf(result.current)).toBe('a'));
  rerender({ wanted: true, word: 'a' });
  expect(wordOf(result.current)).toBe('a');
  expect(module.load).toHaveBeenCalledTimes(1);
});

it('never gives a source built from other inputs: null until the new one is built, a late old one dropped', async () => {
  const module = heldModule();
  const { result, rerender } = renderHook(
    ({ word }) => useLazySource(module.load, true, [word], (loaded) => loaded.make(word)),
    { initialProps: { word: 'old' } },
  );
  // The inputs change while the first load is still on its way, and it arrives last: its source must never show,
  // nor replace the new one.
  rerender({ word: 'new' });
  module.releaseLatestFirst();
  await waitFor(() => expect(wordOf(result.current)).toBe('new'));
  // One task later, a late old source would have landed.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(wordOf(result.current)).toBe('new');
  expect(module.load).toHaveBeenCalledTimes(2);
  rerender({ word: 'newer' });
  expect(result.current).toBeNull();
  module.releaseAll();
  await waitFor(() => expect(wordOf(result.current)).toBe('newer'));
});

it('says in the console when the module cannot load, and gives no source', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { result } = renderHook(() =>
    useLazySource(
      () => Promise.reject(new Error('chunk missing')),
      true,
      [],
      () => ({}) as SearchSource,
    ),
  );
  await waitFor(() =>
    expect(error).toHaveBeenCalledWith('Passerelle: could not load a search source', expect.any(Error)),
  );
  expect(result.current).toBeNull();
  error.mockRestore();
});
