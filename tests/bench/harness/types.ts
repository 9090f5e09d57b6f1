/** The contract between the bench runner (tests/bench/run.ts) and each `tests/bench/<capability>.bench.ts`. */

/** One line of the results table. Times are reported, never asserted. */
export interface BenchRow {
  /** The capability or area, e.g. "popup", "size", "news". */
  group: string;
  metric: string;
  value: number;
  unit: string;
  /** The same measure of the reference, taken in the same run. */
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
  note?: string;
  /** The goal this row is held to (issue #17): at most `max` of its value or of its ratio. */
  goal?: BenchGoal;
}

export interface BenchGoal {
  max: number;
  of: 'value' | 'ratio';
  /** The 95% bootstrap interval of what the goal is about (harness/stats.ts), where it is a median of timings. */
  interval?: [number, number];
}

export interface BenchContext {
  repoRoot: string;
  /** The built extensions (the runner builds first: `npm run bench`). */
  chromeBuildDir: string;
  firefoxBuildDir: string;
  /** Minimum number of measured runs for a timing (medians of at least this many). */
  runs: number;
  log(message: string): void;
}

export interface BenchModule {
  /** Shown in the progress output; defaults to the file name. */
  name?: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}
