import { useEffect, useState } from 'preact/hooks';
import type { SearchSource } from '@/utils/search/source';

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * A search source built from a module loaded when it is first wanted (the search library stays out of the first
 * paint), and built again when one of `inputs` changes (compared by identity). Null until the source for these
 * inputs is ready, when it is not wanted, or when the module cannot load (said in the console): a source built
 * from other inputs is never given.
 */
export function useLazySource<Module>(
  load: () => Promise<Module>,
  wanted: boolean,
  inputs: readonly unknown[],
  build: (module: Module) => SearchSource,
): SearchSource | null {
  const [built, setBuilt] = useState<{ inputs: readonly unknown[]; source: SearchSource } | null>(null);
  const current = built !== null && sameInputs(built.inputs, inputs) ? built.source : null;
  // build and load are the caller's closures over `inputs`: the source is built again when they change, not when
  // the closures are made anew.
  useEffect(() => {
    if (!wanted || current) return;
    let live = true;
    load().then(
      (module) => live && setBuilt({ inputs, source: build(module) }),
      (error: unknown) => console.error('Passerelle: could not load a search source', error),
    );
    return () => {
      live = false;
    };
  }, [wanted, current, ...inputs]);
  return current;
}
