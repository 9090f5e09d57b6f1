/** What the demo ESN saw: requests per path, launches through the launch route, indicator batches received. */

export interface PathCounters {
  requests: number;
  /** Responses by HTTP status; 0 = connection dropped without a response (fault mode `down`). */
  byStatus: Record<number, number>;
  /** Requests carrying If-None-Match or If-Modified-Since. */
  conditional: number;
}

export interface DemoCounters {
  /** Keyed by path without the query string, e.g. "/feeds/actualites.rss". Control routes are not counted. */
  paths: Record<string, PathCounters>;
  /** Launches through `/go/<toolId>`, keyed by tool id. */
  launches: Record<string, number>;
  /** Bodies received by `POST /indicateurs`, in order. */
  indicatorBatches: unknown[];
}

export class CounterStore {
  private data: DemoCounters = CounterStore.empty();

  private static empty(): DemoCounters {
    return { paths: {}, launches: {}, indicatorBatches: [] };
  }

  private path(path: string): PathCounters {
    let counters = this.data.paths[path];
    if (counters === undefined) {
      counters = { requests: 0, byStatus: {}, conditional: 0 };
      this.data.paths[path] = counters;
    }
    return counters;
  }

  recordRequest(path: string, conditional: boolean): void {
    const counters = this.path(path);
    counters.requests += 1;
    if (conditional) counters.conditional += 1;
  }

  recordStatus(path: string, status: number): void {
    const counters = this.path(path);
    counters.byStatus[status] = (counters.byStatus[status] ?? 0) + 1;
  }

  recordLaunch(toolId: string): void {
    this.data.launches[toolId] = (this.data.launches[toolId] ?? 0) + 1;
  }

  recordIndicatorBatch(batch: unknown): void {
    this.data.indicatorBatches.push(batch);
  }

  /** The batches received so far (read-only view for the report page). */
  batches(): readonly unknown[] {
    return this.data.indicatorBatches;
  }

  launches(): Readonly<Record<string, number>> {
    return this.data.launches;
  }

  /** A deep copy, safe to keep and to serialise. */
  snapshot(): DemoCounters {
    return structuredClone(this.data);
  }

  reset(): void {
    this.data = CounterStore.empty();
  }
}
