import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per running app, so tests can build many apps in one process. */
export type CacheResult = 'hit' | 'miss' | 'error';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // Cache lookups are counted in plain numbers and handed to prom-client when scraped: a cached
  // read costs a few microseconds, and labelled increments would be a visible part of that.
  const cacheCounts = new Map<string, { namespace: string; result: CacheResult; n: number }>();
  let cacheHits = 0;
  let cacheLookups = 0;
  return {
    registry,
    /** Counts one cache lookup (cheap; reaches cache_requests_total and cache_hit_ratio at the next scrape). */
    countCache(namespace: string, result: CacheResult): void {
      const key = `${namespace}\u0000${result}`;
      const c = cacheCounts.get(key);
      if (c) c.n++;
      else cacheCounts.set(key, { namespace, result, n: 1 });
      cacheLookups++;
      if (result === 'hit') cacheHits++;
    },
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    cacheRequests: new Counter({
      name: 'cache_requests_total',
      help: 'Cache lookups by namespace and result (hit, miss, error)',
      labelNames: ['namespace', 'result'] as const,
      registers: [registry],
      collect() {
        for (const c of cacheCounts.values()) if (c.n) this.inc({ namespace: c.namespace, result: c.result }, c.n);
        for (const c of cacheCounts.values()) c.n = 0;
      },
    }),
    cacheHitRatio: new Gauge({
      name: 'cache_hit_ratio',
      help: 'Share of cache lookups answered from the cache since start',
      registers: [registry],
      collect() {
        if (cacheLookups) this.set(cacheHits / cacheLookups);
      },
    }),
    outboxLag: new Gauge({
      name: 'outbox_lag_seconds',
      help: 'Age of the oldest undelivered outbox event, as this relay last saw it (the oldest over its partitions)',
      registers: [registry],
    }),
    outboxPartitionLag: new Gauge({
      name: 'outbox_partition_lag_seconds',
      help: 'Age of the oldest undelivered outbox event per relay partition, as this relay last saw it',
      labelNames: ['partition'] as const,
      registers: [registry],
    }),
    jobFailures: new Counter({
      name: 'jobs_failed_total',
      help: 'Job handler runs that threw (the job is retried until its limit)',
      labelNames: ['queue'] as const,
      registers: [registry],
    }),
    outboxPublished: new Counter({
      name: 'outbox_events_published_total',
      help: 'Domain events handed to subscribers by the outbox relay',
      labelNames: ['type'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
