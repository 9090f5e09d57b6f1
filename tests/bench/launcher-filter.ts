/** Filtering cost per keystroke over a large catalogue (Node; the popup runs the same code). */
import { performance } from 'node:perf_hooks';
import { createToolSource } from '../../utils/launcher/tool-source';
import { searchAll } from '../../utils/search/merge';
import { syntheticTools } from './launcher-fixtures';

export const FILTER_QUERIES = [
  'réservation véhicule',
  'vehicle booking',
  'reservaton',
  'tableau de bord',
  'qualite 42',
];

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface FilterTimes {
  indexBuildMs: number;
  perKeystrokeMs: number[];
}

/** Builds the index once (on the first key in the popup), then searches every prefix of every query. */
export function timeFiltering(toolCount: number, rounds: number): FilterTimes {
  const tools = syntheticTools(toolCount);
  const buildStart = performance.now();
  const source = createToolSource(tools, 'fr');
  const indexBuildMs = performance.now() - buildStart;
  const perKeystrokeMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of FILTER_QUERIES) {
      for (let length = 1; length <= query.length; length++) {
        const start = performance.now();
        searchAll([source], query.slice(0, length), 20);
        if (round > 0) perKeystrokeMs.push(performance.now() - start); // round 0 warms the JIT
      }
    }
  }
  return { indexBuildMs, perKeystrokeMs };
}
