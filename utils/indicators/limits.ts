/** Bounds that keep every batch small whatever happens on the device (a runaway loop, a month offline). */
export const LIMITS = {
  /** Days kept; older days are dropped. */
  maxDays: 31,
  maxNewsPerDay: 100,
  maxToolsPerDay: 200,
  maxQueriesPerDay: 50,
  maxGuidancePerDay: 100,
  /** Entry point → destination pairs (and sequences) per day. */
  maxPathsPerDay: 200,
  /** No single counter goes beyond this (one person cannot open a page ten thousand times a day). */
  maxCount: 10_000,
  maxItemIdLength: 200,
  maxTitleLength: 120,
  maxQueryLength: 60,
  maxAddressLength: 300,
  maxIdLength: 100,
  /** Size of the JSON body sent, in bytes (what the demo ESN, like a cautious real endpoint, accepts). */
  maxBatchBytes: 64 * 1024,
} as const;
