/**
 * A search source over a list, with the box's matching rules written once: terms normalised (accents, case),
 * prefix and typo-tolerant (one edit in five letters). Each capability says what it indexes and how a hit reads.
 */
import MiniSearch, { type SearchResult as Hit } from 'minisearch';
import { normalizeTerm } from './normalize';
import type { SearchResult, SearchResultKind, SearchSource } from './source';

interface MiniSearchSourceSpec<Item> {
  kind: SearchResultKind;
  items: readonly Item[];
  idOf(item: Item): string;
  /** The indexed text of each field (several words joined by spaces). */
  fields: Record<string, (item: Item) => string>;
  boost?: Record<string, number>;
  /** OR ranks a partly wrong query; AND asks every term to match. */
  combineWith: 'OR' | 'AND';
  /** Leaves an item out of the index (one with nothing to search). */
  include?(item: Item): boolean;
  toResult(item: Item, hit: Hit): Omit<SearchResult, 'kind' | 'id' | 'score'>;
}

export function createMiniSearchSource<Item>(spec: MiniSearchSourceSpec<Item>): SearchSource {
  const byId = new Map(spec.items.map((item) => [spec.idOf(item), item]));
  const fieldNames = Object.keys(spec.fields);
  const index = new MiniSearch<Record<string, string>>({
    fields: fieldNames,
    storeFields: [],
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: {
      ...(spec.boost && { boost: spec.boost }),
      prefix: true,
      fuzzy: 0.2,
      combineWith: spec.combineWith,
    },
  });
  const indexed = spec.include ? spec.items.filter(spec.include) : spec.items;
  index.addAll(
    indexed.map((item) => ({
      id: spec.idOf(item),
      ...Object.fromEntries(fieldNames.map((name) => [name, spec.fields[name]?.(item) ?? ''])),
    })),
  );
  return {
    kind: spec.kind,
    search(query: string, limit: number): SearchResult[] {
      if (!query.trim()) return [];
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((hit): SearchResult[] => {
          const item = byId.get(String(hit.id));
          return item ? [{ kind: spec.kind, id: spec.idOf(item), score: hit.score, ...spec.toResult(item, hit) }] : [];
        });
    },
  };
}
