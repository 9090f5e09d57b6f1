/**
 * Configuration benchmarks: the lenient, field-by-field validation of a large document (1,000 tools, 50 feeds,
 * 1,000 section entries) against zod's own strict parse of the same document in the same run (the baseline),
 * and the whole merge of four sources; then the effective configuration read again unchanged, as the background
 * reads it ~10 times at each start, against checking it again. `tsx tests/bench/config.bench.ts` prints the rows.
 */
import { performance } from 'node:perf_hooks';
import { computeEffective } from '../../utils/config/compute';
import { EMPTY_CONFIG } from '../../utils/config/effective';
import { effectiveConfigSchema } from '../../utils/config/effective-schema';
import { type ConfigDocument, configDocumentSchema } from '../../utils/config/schema';
import { validateLenient } from '../../utils/config/validate';
import { rememberedHeal } from '../../utils/storage-health/remembered-heal';
import { healWith } from '../../utils/storage-health/salvage';
import { median, ratio, round } from './harness/stats';
import type { BenchContext, BenchRow } from './harness/types';

export const name = 'configuration';

function largeDocument(): ConfigDocument {
  return {
    esn: {
      name: { fr: 'La Ruche', en: 'The Hive' },
      homeUrl: 'https://esn.example/',
      launchRoute: 'https://esn.example/go/{toolId}',
    },
    tools: Array.from({ length: 1000 }, (_, index) => ({
      id: `tool-${index}`,
      label: { fr: `Outil ${index}`, en: `Tool ${index}` },
      url: `https://tools.example/${index}`,
      category: { fr: 'Catégorie', en: 'Category' },
      icon: 'laptop',
      keywords: ['un', 'deux', 'trois'],
    })),
    feeds: Array.from({ length: 50 }, (_, index) => ({
      id: `feed-${index}`,
      label: `Feed ${index}`,
      url: `https://esn.example/f/${index}.rss`,
    })),
    sections: {
      entries: Array.from({ length: 1000 }, (_, index) => ({
        id: `s${index}`,
        title: `Section ${index}`,
        oldUrls: [`https://intranet.example/old/${index}`],
        newUrl: `https://esn.example/s/${index}`,
      })),
    },
    features: { news: true },
    links: { help: 'https://esn.example/aide' },
  };
}

function timeRuns(runs: number, fn: () => unknown): number {
  for (let warm = 0; warm < 3; warm += 1) fn();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function run(context: Pick<BenchContext, 'runs' | 'log'>): Promise<BenchRow[]> {
  const doc = largeDocument();
  const lenient = timeRuns(context.runs, () => validateLenient(configDocumentSchema, doc, { source: 'document' }));
  const strict = timeRuns(context.runs, () => configDocumentSchema.safeParse(doc));
  const policy = { present: true, values: { configUrl: 'https://esn.example/c.json', features: { news: false } } };
  const sources = { policy, user: {}, document: { url: 'https://esn.example/c.json', body: doc, fetchedAt: 0 } };
  const merge = timeRuns(context.runs, () => computeEffective(sources));
  // What storage answers: a fresh object each read.
  const stored = JSON.stringify(computeEffective(sources).effective);
  const heal = healWith(effectiveConfigSchema, EMPTY_CONFIG);
  const checkedAgain = timeRuns(context.runs, () => heal(JSON.parse(stored)));
  const remembered = rememberedHeal(heal);
  const readAgain = timeRuns(context.runs, () => remembered(JSON.parse(stored)));
  return [
    {
      group: 'config',
      metric: 'validate 1k tools + 1k sections, field by field (median)',
      value: round(lenient, 2),
      unit: 'ms',
      baseline: round(strict, 2),
      ratio: ratio(lenient, strict),
      note: 'baseline: zod strict safeParse of the same document',
    },
    {
      group: 'config',
      metric: 'validate + merge policy › document › user (median)',
      value: round(merge, 2),
      unit: 'ms',
      baseline: round(strict, 2),
      ratio: ratio(merge, strict),
      note: 'baseline: zod strict safeParse of the document',
    },
    {
      group: 'config',
      metric: 'effective configuration read again unchanged, 1k tools + 1k sections (median)',
      value: round(readAgain, 2),
      unit: 'ms',
      baseline: round(checkedAgain, 2),
      ratio: ratio(readAgain, checkedAgain),
      note: 'remembered check (storage-health/remembered-heal.ts); baseline: checked again field by field',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run({ runs: 15, log: console.log }).then((rows) => console.table(rows));
}
