/**
 * `npm run bench` (after `npm run build`): runs every tests/bench/*.bench.ts, one after the other (timings on a
 * 2-core machine must not compete), prints one table and writes bench-results/latest.json.
 *
 *   npm run bench                       all benches
 *   npm run bench -- popup size         only the files whose name contains one of these words
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, REPO_ROOT, requireBuild } from '../e2e/harness/paths';
import { formatTable } from './harness/table';
import type { BenchContext, BenchModule, BenchRow } from './harness/types';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = join(REPO_ROOT, 'bench-results/latest.json');
const MIN_RUNS = 15;

function isBenchModule(value: unknown): value is BenchModule {
  return typeof value === 'object' && value !== null && typeof (value as BenchModule).run === 'function';
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const files = readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    .sort();
  const context: BenchContext = {
    repoRoot: REPO_ROOT,
    chromeBuildDir: requireBuild(CHROME_BUILD_DIR, 'npm run build'),
    firefoxBuildDir: FIREFOX_BUILD_DIR,
    runs: MIN_RUNS,
    log: (message) => console.log(`  ${message}`),
  };
  const rows: BenchRow[] = [];
  const failures: { file: string; error: string }[] = [];
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(join(BENCH_DIR, file)).href);
    const name = isBenchModule(module) && module.name ? module.name : basename(file, '.bench.ts');
    console.log(`▶ ${name} (${file})`);
    const started = performance.now();
    try {
      if (!isBenchModule(module)) throw new Error('exports no run(context) function');
      rows.push(...(await module.run(context)));
      console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ file, error: message });
      console.error(`  FAILED: ${message}`);
    }
  }

  console.log(`\n${formatTable(rows)}\n`);
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, platform: process.platform },
    rows,
    failures,
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${RESULTS_FILE}`);
  if (failures.length > 0)
    console.error(`${failures.length} bench file(s) failed: ${failures.map((f) => f.file).join(', ')}`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
