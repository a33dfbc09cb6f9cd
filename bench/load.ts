/**
 * The load generator in a process of its own (forked by bench/catalog.ts), so that it never
 * competes with the server it measures for the same thread. Receives one job over IPC, runs
 * autocannon and sends the result back.
 *
 *   job: { url, connections, seconds, paths: string[] }       cycles through the paths
 *     or { url, connections, seconds, uncachedSearch: { words, start } }
 *        every request a new query string (word × minPrice, 80,000 pairs before one repeats), so every one misses the cache
 */
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  connections: number;
  seconds: number;
  paths?: string[];
  uncachedSearch?: { words: string[]; start: number };
}

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function pathOf(job: LoadJob): () => string {
  let n = 0;
  if (job.paths) {
    const paths = job.paths;
    return () => paths[n++ % paths.length]!;
  }
  const { words, start } = job.uncachedSearch!;
  return () => {
    const i = start + n++;
    return `/v1/store/products?q=${encodeURIComponent(words[i % words.length]!)}&minPrice=${Math.floor(i / words.length) % 5000}`;
  };
}

/** Latencies in 0.1 ms buckets up to 10 s: autocannon's summary has no p95. */
function histogram() {
  const buckets = new Uint32Array(100_001);
  let count = 0;
  return {
    record(ms: number) {
      buckets[Math.min(100_000, Math.round(ms * 10))]!++;
      count++;
    },
    percentile(p: number): number {
      const want = Math.ceil((p / 100) * count);
      let seen = 0;
      for (let i = 0; i < buckets.length; i++) {
        seen += buckets[i]!;
        if (seen >= want && count > 0) return i / 10;
      }
      return 0;
    },
  };
}

process.once('message', (job: LoadJob) => {
  const next = pathOf(job);
  const hist = histogram();
  const instance = autocannon(
    {
      url: job.url,
      connections: job.connections,
      duration: job.seconds,
      requests: [{ setupRequest: (req: any) => ({ ...req, path: next() }) }],
    },
    (err, r) => {
      if (err) {
        process.send!({ error: String(err) }, () => process.exit(1));
        return;
      }
      const l = r.latency as unknown as Record<string, number>;
      const result: LoadResult = {
        requestsPerSecond: Math.round(r.requests.average),
        requests: r.requests.total,
        p50: l.p50!,
        p90: l.p90!,
        p95: hist.percentile(95),
        p99: l.p99!,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      };
      process.send!(result, () => process.exit(0));
    },
  );
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => hist.record(ms));
});
