import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Metrics } from './metrics';
import type { RedisBreaker } from './redis';

/** Cache-aside storage for serialised values. Errors never escape: a failing cache is a miss. */
export interface Cache {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  mget(keys: string[]): Promise<(string | null)[]>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Stores several values in one round trip (a page of SKUs must not cost one call each). */
  setMany(entries: [key: string, value: string][], ttlSeconds: number): Promise<void>;
  /** Sets the key only if it is absent (Redis SET NX): a late reader cannot overwrite a newer write. */
  add(key: string, value: string, ttlSeconds: number): Promise<void>;
  del(...keys: string[]): Promise<void>;
  /** Atomically increments a counter (used for namespace generations); null when the cache is down. */
  incr(key: string): Promise<number | null>;
  /**
   * Reads a generation counter and the value stored under `${keyPrefix}${generation}${keySuffix}`
   * in one step (one round trip on Redis); the generation is '0' when never bumped.
   */
  getVersioned(genKey: string, keyPrefix: string, keySuffix: string): Promise<{ gen: string; value: string | null }>;
  health(): 'ok' | 'degraded';
}

export function createMemoryCache(maxEntries = 50_000): Cache {
  const lru = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  const counters = new Map<string, number>();
  return {
    kind: 'memory',
    // Counters (namespace generations) live beside the LRU so eviction never resets them.
    async get(key) {
      return counters.has(key) ? String(counters.get(key)) : (lru.get(key) ?? null);
    },
    async mget(keys) {
      return keys.map((k) => (counters.has(k) ? String(counters.get(k)) : (lru.get(k) ?? null)));
    },
    async set(key, value, ttlSeconds) {
      lru.set(key, value, { ttl: ttlSeconds * 1000 });
    },
    async setMany(entries, ttlSeconds) {
      for (const [k, v] of entries) lru.set(k, v, { ttl: ttlSeconds * 1000 });
    },
    async add(key, value, ttlSeconds) {
      if (!lru.has(key)) lru.set(key, value, { ttl: ttlSeconds * 1000 });
    },
    async del(...keys) {
      for (const k of keys) lru.delete(k);
    },
    async incr(key) {
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return n;
    },
    async getVersioned(genKey, keyPrefix, keySuffix) {
      const gen = String(counters.get(genKey) ?? 0);
      return { gen, value: lru.get(`${keyPrefix}${gen}${keySuffix}`) ?? null };
    },
    health: () => 'ok',
  };
}

// Generation and value in one round trip. The value's key is built inside Redis from the
// generation, so it carries the client's key prefix explicitly (ioredis prefixes KEYS only).
const GET_VERSIONED = `local g = redis.call('GET', KEYS[1]) or '0'
return {g, redis.call('GET', ARGV[1] .. g .. ARGV[2])}`;

type VersionedRedis = Redis & { inventraGetVersioned(genKey: string, prefix: string, suffix: string): Promise<[string, string | null]> };

export function createRedisCache(breaker: RedisBreaker): Cache {
  const redis = breaker.redis;
  const keyPrefix = String(redis.options.keyPrefix ?? '');
  if (!('inventraGetVersioned' in redis)) redis.defineCommand('inventraGetVersioned', { numberOfKeys: 1, lua: GET_VERSIONED });
  // Invalidations that could not reach Redis are replayed when it is back, in case it kept its
  // data (a network partition, a restart with persistence): no stale principal or setting survives.
  const missedDeletes = new Set<string>();
  const missedIncrs = new Set<string>();
  const remember = (set: Set<string>, keys: string[]) => {
    for (const k of keys) {
      if (set.size >= 10_000) set.delete(set.values().next().value as string);
      set.add(k);
    }
  };
  const replay = async () => {
    const dels = [...missedDeletes];
    const incrs = [...missedIncrs];
    missedDeletes.clear();
    missedIncrs.clear();
    try {
      if (dels.length) await redis.del(...dels);
      for (const k of incrs) await redis.incr(k);
    } catch {
      remember(missedDeletes, dels);
      remember(missedIncrs, incrs);
    }
  };
  redis.on('ready', () => {
    if (missedDeletes.size || missedIncrs.size) void replay();
  });
  const guard = <T>(fallback: T, fn: () => Promise<T>, onFailure?: () => void): Promise<T> => breaker.run(fn, () => fallback, onFailure);
  return {
    kind: 'redis',
    get: (key) => guard(null, () => redis.get(key)),
    mget: (keys) => guard(keys.map(() => null), () => redis.mget(keys)),
    set: (key, value, ttl) => guard(undefined, async () => void (await redis.set(key, value, 'EX', ttl))),
    setMany: (entries, ttl) =>
      guard(undefined, async () => {
        if (entries.length === 0) return;
        const pipeline = redis.pipeline();
        for (const [k, v] of entries) pipeline.set(k, v, 'EX', ttl);
        const results = await pipeline.exec();
        const failed = results?.find(([err]) => err);
        if (failed) throw failed[0];
      }),
    add: (key, value, ttl) => guard(undefined, async () => void (await redis.set(key, value, 'EX', ttl, 'NX'))),
    del: (...keys) => guard(undefined, async () => void (keys.length && (await redis.del(...keys))), () => remember(missedDeletes, keys)),
    incr: (key) => guard(null, () => redis.incr(key), () => remember(missedIncrs, [key])),
    getVersioned: (genKey, prefix, suffix) =>
      guard({ gen: '0', value: null }, async () => {
        const [gen, value] = await (redis as VersionedRedis).inventraGetVersioned(genKey, `${keyPrefix}${prefix}`, suffix);
        return { gen, value };
      }),
    health: () => breaker.health(),
  };
}

export interface CacheNamespace {
  /** Returns the cached value for `key`, or loads, stores and returns it. */
  getOrLoad(key: string, load: () => Promise<string>): Promise<string>;
  /** Makes every key of the namespace stale at once (bumps its generation). */
  invalidate(): Promise<void>;
}

/**
 * A namespace whose keys embed a generation number. Invalidation bumps the generation, so a
 * reader that loaded old data before the bump can only write it under the old generation: no
 * reader sees stale data after `invalidate()` has returned.
 */
export function cacheNamespace(cache: Cache, name: string, ttlSeconds: number, metrics?: Metrics): CacheNamespace {
  const genKey = `gen:${name}`;
  let hits = 0;
  let total = 0;
  const count = (result: 'hit' | 'miss' | 'error') => {
    if (!metrics) return;
    metrics.cacheRequests.inc({ namespace: name, result });
  };
  return {
    async getOrLoad(key, load) {
      const { gen, value: cached } = await cache.getVersioned(genKey, `c:${name}:`, `:${key}`);
      if (cache.health() === 'degraded') {
        count('error');
        return load();
      }
      const fullKey = `c:${name}:${gen}:${key}`;
      total++;
      if (cached !== null) {
        hits++;
        count('hit');
        metrics?.cacheHitRatio.set(hits / total);
        return cached;
      }
      count('miss');
      metrics?.cacheHitRatio.set(hits / total);
      const value = await load();
      await cache.set(fullKey, value, ttlSeconds);
      return value;
    },
    async invalidate() {
      await cache.incr(genKey);
    },
  };
}
