/**
 * News capability benchmarks: parse time of generated feeds, the cost of an unchanged poll, and a model of the
 * ESN's load for 50,000 installs (ours: jitter + conditional requests; naive: fixed interval, full downloads).
 * `run()` returns rows for the bench harness (tests/bench/run.ts); `tsx tests/bench/news.bench.ts` prints them.
 */
import 'fake-indexeddb/auto';
import './harness/fake-extension';
import { performance } from 'node:perf_hooks';
import { parseFeed } from 'feedsmith';
import { DEFAULT_POLLING_MINUTES } from '../../utils/config/effective';
import { decodeFeedBytes } from '../../utils/news/decode-feed-bytes';
import { initialFeedState, type PollCost } from '../../utils/news/feed-state';
import { normaliseEntries } from '../../utils/news/normalise';
import { fromFeedsmith } from '../../utils/news/parse-feed';
import { pollFeed } from '../../utils/news/poller';
import { readFeed } from '../../utils/news/read-feed';
import { nextPollAt } from '../../utils/news/schedule';
import { openNewsDb } from '../../utils/news/store';
import type { BenchRow } from './harness/types';

const FEED = { id: 'bench', url: 'https://esn.example/feeds/actualites.rss' };
const WEAK_ETAG = 'W/"v1-gzip"';

/** A deterministic pseudo-random generator (mulberry32), so every run models the same day. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateRss(items: number, descriptionBytes: number): string {
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(Math.ceil(descriptionBytes / 57));
  const body = Array.from({ length: items }, (_, index) => {
    const date = new Date(Date.UTC(2026, 10, 27) - index * 3_600_000).toUTCString();
    return `<item><title><![CDATA[Actualit&eacute; n°${index} &amp; suite]]></title><link>/actualites/${index}</link><guid isPermaLink="false">${index}</guid><pubDate>${date}</pubDate><category>RH</category><description>${filler.slice(0, descriptionBytes)}</description></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bench</title><link>https://esn.example/</link><description>d</description>\n${body}\n</channel></rss>\n`;
}

const FEED_BODY = generateRss(100, 400);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The same read with feedsmith parsing the RSS, as readFeed did before utils/news/read-rss.ts. */
function readWithFeedsmith(feed: typeof FEED, bytes: Uint8Array): unknown {
  const parsed = fromFeedsmith(parseFeed<string>(decodeFeedBytes(bytes).text));
  return normaliseEntries(feed, parsed.entries, parsed.base);
}

function timeParse(bytes: Uint8Array, runs: number, read: typeof readWithFeedsmith = readFeed): number {
  read(FEED, bytes); // warm-up (JIT)
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    read(FEED, bytes);
    times.push(performance.now() - start);
  }
  return median(times);
}

interface PollTiming {
  ms: number;
  /** What the last timed poll cost the store (FeedState.lastCost). */
  cost: PollCost | undefined;
}

/** Median time of a poll after a first sync of the same 100-item feed; `response(run)` answers each timed poll. */
async function timePolls(response: (run: number) => Response, runs: number): Promise<PollTiming> {
  const db = await openNewsDb(`bench-${Math.random()}`);
  let run = 0;
  const deps = { db, fetch: (async () => response(run)) as typeof fetch, now: () => Date.now(), random: Math.random };
  const first = await pollFeed(
    { ...deps, fetch: (async () => new Response(FEED_BODY, { headers: { ETag: WEAK_ETAG } })) as typeof fetch },
    FEED,
    initialFeedState(FEED.id),
    15,
  );
  const times: number[] = [];
  let cost: PollCost | undefined;
  for (run = 0; run < runs; run += 1) {
    const start = performance.now();
    // Each poll starts from the first sync's state: every timed poll does the same work.
    cost = (await pollFeed(deps, FEED, first.state, 15)).state.lastCost;
    times.push(performance.now() - start);
  }
  db.close();
  return { ms: median(times), cost };
}

const describeCost = (cost: PollCost | undefined) =>
  cost ? `parse: ${cost.parsed ? 'yes' : 'no'}, store records written: ${cost.writes} + the feed's schedule` : '';

export interface LoadModel {
  requestsPerSecond: number;
  peakMinute: number;
  /** The busiest minute from 30 minutes after the start wave on: the echoes of a synchronised start. */
  peakMinuteAfterWave: number;
  bytesPerDay: number;
  fullResponses: number;
}

export interface LoadScenario {
  installs: number;
  intervalMinutes: number;
  feedBytes: number;
  notModifiedBytes: number;
  /** News published per working day (each one changes the feed). */
  publishedPerDay: number;
  smart: boolean;
  /** Spread of browser start times around 09:00, in minutes (20: people arriving; 0.5: a login script). */
  startSigmaMinutes: number;
}

/**
 * One working day (08:00–18:00 polled). Browsers start around 09:00 (normal, σ 20 min); ours refreshes at start
 * (stale after the night) then polls every interval ±20 % jitter, with If-None-Match (304 unless the feed changed
 * since that install's last download); naive polls at start then every fixed interval and always downloads.
 */
export function modelLoad(scenario: LoadScenario, seed = 1): LoadModel {
  const random = seeded(seed);
  const DAY_START = 8 * 60;
  const DAY_END = 18 * 60;
  const minutes = new Float64Array(24 * 60);
  const changes = Array.from(
    { length: scenario.publishedPerDay },
    () => DAY_START + random() * (DAY_END - DAY_START),
  ).sort((a, b) => a - b);
  const versionAt = (minute: number) => changes.filter((change) => change <= minute).length;
  let bytes = 0;
  let requests = 0;
  let full = 0;
  for (let install = 0; install < scenario.installs; install += 1) {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    let at = Math.min(Math.max(9 * 60 + scenario.startSigmaMinutes * gaussian, DAY_START), DAY_END - 1);
    let seenVersion = -1;
    while (at < DAY_END) {
      minutes[Math.floor(at)] = (minutes[Math.floor(at)] ?? 0) + 1;
      requests += 1;
      const version = versionAt(at);
      if (!scenario.smart || version !== seenVersion) {
        bytes += scenario.feedBytes;
        full += 1;
        seenVersion = version;
      } else {
        bytes += scenario.notModifiedBytes;
      }
      at = scenario.smart
        ? nextPollAt({ now: at * 60_000, intervalMinutes: scenario.intervalMinutes, failures: 0, random: random() }) /
          60_000
        : at + scenario.intervalMinutes;
    }
  }
  return {
    requestsPerSecond: requests / ((DAY_END - DAY_START) * 60),
    peakMinute: Math.max(...minutes),
    peakMinuteAfterWave: Math.max(...minutes.slice(9 * 60 + 3 * scenario.startSigmaMinutes + 30)),
    bytesPerDay: bytes,
    fullResponses: full,
  };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const small = new TextEncoder().encode(generateRss(100, 400));
  const large = new TextEncoder().encode(generateRss(5000, 980));
  const smallMs = timeParse(small, 51);
  const largeMs = timeParse(large, 7);
  const largeFeedsmithMs = timeParse(large, 7, readWithFeedsmith);
  rows.push({
    group: 'news',
    metric: 'parse 100-item RSS',
    value: round(smallMs),
    unit: 'ms',
    note: `${kb(small.length)} KB, decode+parse+normalise, median of 30`,
  });
  rows.push({
    group: 'news',
    metric: 'parse 5,000-item RSS',
    value: round(largeMs),
    unit: 'ms',
    baseline: round(smallMs),
    ratio: round(largeMs / smallMs),
    goal: { max: 100, of: 'value' },
    note: `${(large.length / 1e6).toFixed(1)} MB, median of 7; ratio vs 100 items (50× the items)`,
  });
  rows.push({
    group: 'news',
    metric: 'parse 5,000-item RSS, vs feedsmith',
    value: round(largeMs),
    unit: 'ms',
    baseline: round(largeFeedsmithMs),
    ratio: round(largeMs / largeFeedsmithMs),
    note: 'baseline: the same decode and normalisation with feedsmith parsing the RSS (before read-rss.ts), same run',
  });

  // Baseline: the feed answered 200 with other bytes each time (a build date that moves), so it is read again.
  const changed = await timePolls(
    (run) =>
      new Response(FEED_BODY.replace('</channel>', `<!-- ${run} --></channel>`), { headers: { ETag: `"v${run}"` } }),
    20,
  );
  const notModified = await timePolls(() => new Response(null, { status: 304, headers: { ETag: WEAK_ETAG } }), 50);
  const sameBytes = await timePolls(() => new Response(FEED_BODY, { headers: { ETag: WEAK_ETAG } }), 50);
  const baselineNote = `baseline: the same 100 posts in a body that changed (${describeCost(changed.cost)})`;
  rows.push({
    group: 'news',
    metric: 'unchanged poll (304)',
    value: round(notModified.ms),
    unit: 'ms',
    baseline: round(changed.ms),
    ratio: round(notModified.ms / changed.ms),
    note: `${describeCost(notModified.cost)}; ${baselineNote}`,
  });
  rows.push({
    group: 'news',
    metric: 'unchanged feed answered 200 (weak validator)',
    value: round(sameBytes.ms),
    unit: 'ms',
    baseline: round(changed.ms),
    ratio: round(sameBytes.ms / changed.ms),
    note: `W/ ETag never matched, full body downloaded; same SHA-256 digest: ${describeCost(sameBytes.cost)}; ${baselineNote}`,
  });

  const base = {
    installs: 50_000,
    intervalMinutes: DEFAULT_POLLING_MINUTES,
    feedBytes: 60_000,
    notModifiedBytes: 300,
    publishedPerDay: 8,
  };
  for (const [label, startSigmaMinutes] of [
    ['arrivals σ 20 min', 20],
    ['login-script start σ 0.5 min', 0.5],
  ] as const) {
    const smart = modelLoad({ ...base, startSigmaMinutes, smart: true });
    const naive = modelLoad({ ...base, startSigmaMinutes, smart: false });
    const group = `news load (${label})`;
    const note = `50,000 installs, 1 feed of 60 KB, ${base.intervalMinutes} min, 8 news/day, starts ~09:00 ${label}; baseline: fixed interval, no conditional requests`;
    const row = (metric: string, value: number, baseline: number, unit: string, extra?: string): BenchRow => ({
      group,
      metric,
      value: round(value),
      unit,
      baseline: round(baseline),
      ratio: round(value / baseline),
      ...(extra ? { note: extra } : {}),
    });
    rows.push(
      row('requests per second (08–18 h mean)', smart.requestsPerSecond, naive.requestsPerSecond, 'req/s', note),
    );
    rows.push(
      row(
        'peak minute',
        smart.peakMinute,
        naive.peakMinute,
        'req/min',
        'the start wave itself (a refresh at start when stale)',
      ),
    );
    rows.push(
      row(
        'peak minute after the start wave',
        smart.peakMinuteAfterWave,
        naive.peakMinuteAfterWave,
        'req/min',
        'echoes of the wave every interval: jitter spreads them',
      ),
    );
    rows.push(
      row(
        'bytes per day',
        smart.bytesPerDay / 1e9,
        naive.bytesPerDay / 1e9,
        'GB',
        `full responses: ${smart.fullResponses} vs ${naive.fullResponses}`,
      ),
    );
  }
  return rows;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function kb(bytes: number): number {
  return Math.round(bytes / 1024);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().then((rows) => console.table(rows));
}
