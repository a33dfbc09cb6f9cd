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
  /**
   * The current value of a generation counter (namespace invalidation), or null when the cache
   * cannot answer (then nothing cached may be used). Never '0' or any value it had before: a
   * counter that is missing (never bumped, or lost with Redis's data) starts from a fresh,
   * time-based number, so entries stored under an earlier life of the counter never match again.
   * On Redis, the reads of one event-loop turn share one MGET, sent after all of them were asked.
   */
  generation(genKey: string): Promise<string | null>;
  /** Moves a generation counter on (INCR); a bump that cannot reach Redis is replayed when it is back. */
  bump(genKey: string): Promise<void>;
  health(): 'ok' | 'degraded';
}

/**
 * A fresh generation number for a counter that is missing: microseconds since the epoch plus a
 * random tail, so it lies above every value an earlier life of the counter reached (unless
 * that one was bumped more than a million times a second).
 */
const freshGeneration = () => Date.now() * 1000 + Math.floor(Math.random() * 1000);

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
    // Counters live as long as the process, like everything cached beside them.
    async generation(key) {
      return String(counters.get(key) ?? 0);
    },
    async bump(key) {
      counters.set(key, (counters.get(key) ?? 0) + 1);
    },
    health: () => 'ok',
  };
}

// A missing counter starts from a fresh number, whether it is read or bumped first (an INCR of a
// missing key would start again from 1, a value an earlier life of the counter may have had).
const GENERATION_INIT = `redis.call('SET', KEYS[1], ARGV[1], 'NX')
return redis.call('GET', KEYS[1])`;
const GENERATION_BUMP = `if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCR', KEYS[1]) end
redis.call('SET', KEYS[1], ARGV[1])
return ARGV[1]`;

type GenerationRedis = Redis & {
  inventraGenerationInit(key: string, fresh: string): Promise<string | null>;
  inventraGenerationBump(key: string, fresh: string): Promise<unknown>;
};

/** Most generation keys one MGET asks for; a larger turn's reads go out as several. */
const MGET_CHUNK = 500;

export function createRedisCache(breaker: RedisBreaker): Cache {
  const redis = breaker.redis;
  if (!('inventraGenerationInit' in redis)) {
    redis.defineCommand('inventraGenerationInit', { numberOfKeys: 1, lua: GENERATION_INIT });
    redis.defineCommand('inventraGenerationBump', { numberOfKeys: 1, lua: GENERATION_BUMP });
  }
  const gens = redis as GenerationRedis;
  const bump = (key: string) => gens.inventraGenerationBump(key, String(freshGeneration()));
  // Invalidations that could not reach Redis are replayed when it is back, in case it kept its
  // data (a network partition, a restart with persistence): no stale principal or setting survives.
  const missedDeletes = new Set<string>();
  const missedBumps = new Set<string>();
  const remember = (set: Set<string>, keys: string[]) => {
    for (const k of keys) {
      if (set.size >= 10_000) set.delete(set.values().next().value as string);
      set.add(k);
    }
  };
  const replay = async () => {
    const dels = [...missedDeletes];
    const bumps = [...missedBumps];
    missedDeletes.clear();
    missedBumps.clear();
    try {
      if (dels.length) await redis.del(...dels);
      for (const k of bumps) await bump(k);
    } catch {
      remember(missedDeletes, dels);
      remember(missedBumps, bumps);
    }
  };
  redis.on('ready', () => {
    if (missedDeletes.size || missedBumps.size) void replay();
  });
  const guard = <T>(fallback: T, fn: () => Promise<T>, onFailure?: () => void): Promise<T> => breaker.run(fn, () => fallback, onFailure);

  // Generation reads asked during one event-loop turn wait for setImmediate and go out as one
  // MGET. Every read is sent after it was asked, so it sees every bump that had returned before
  // its request began, on this replica or any other: sharing the round trip never shares a stale answer.
  let pending: Map<string, ((gen: string | null) => void)[]> | null = null;
  const readGenerations = async (keys: string[]): Promise<(string | null)[]> => {
    const values = await redis.mget(keys);
    return Promise.all(values.map((g, i) => g ?? gens.inventraGenerationInit(keys[i]!, String(freshGeneration()))));
  };
  const flush = () => {
    const batch = pending!;
    pending = null;
    const keys = [...batch.keys()];
    for (let i = 0; i < keys.length; i += MGET_CHUNK) {
      const chunk = keys.slice(i, i + MGET_CHUNK);
      void guard(
        chunk.map(() => null),
        () => readGenerations(chunk),
      ).then((values) => {
        chunk.forEach((k, j) => {
          for (const resolve of batch.get(k)!) resolve(values[j] ?? null);
        });
      });
    }
  };

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
    generation(key) {
      if (breaker.isOpen) return Promise.resolve(null);
      return new Promise((resolve) => {
        if (!pending) {
          pending = new Map();
          setImmediate(flush);
        }
        const waiting = pending.get(key);
        if (waiting) waiting.push(resolve);
        else pending.set(key, [resolve]);
      });
    },
    bump: (key) => guard(undefined, async () => void (await bump(key)), () => remember(missedBumps, [key])),
    health: () => breaker.health(),
  };
}

/** A cached body as text and as the UTF-8 bytes a response sends: encoded once, when stored. */
export interface CachedBody {
  readonly text: string;
  readonly bytes: Buffer;
}

const body = (text: string): CachedBody => ({ text, bytes: Buffer.from(text, 'utf8') });

/** Bytes of cached bodies this process keeps in front of the shared cache, whatever their namespace. */
const NEAR_MAX_BYTES = 64 * 1024 * 1024;
interface Near {
  bodies: LRUCache<string, CachedBody>;
  /** Fetches and loads under way, by versioned key: concurrent misses of one key share one. */
  inflight: Map<string, Promise<CachedBody>>;
}
const nearStores = new WeakMap<Cache, Near>();
const nearStore = (cache: Cache): Near => {
  let store = nearStores.get(cache);
  if (!store) {
    store = {
      bodies: new LRUCache<string, CachedBody>({ maxSize: NEAR_MAX_BYTES, sizeCalculation: (b) => b.bytes.length + 2 * b.text.length + 64, ttlAutopurge: false }),
      inflight: new Map(),
    };
    nearStores.set(cache, store);
  }
  return store;
};

export interface CacheNamespace {
  /** Returns the cached value for `key`, or loads, stores and returns it. */
  getOrLoad(key: string, load: () => Promise<string>): Promise<string>;
  /** The same, as text and bytes. */
  getOrLoadBody(key: string, load: () => Promise<string>): Promise<CachedBody>;
  /** Makes every key of the namespace stale at once (bumps its generation). */
  invalidate(): Promise<void>;
}

/**
 * A namespace whose keys embed a generation number. Invalidation bumps the generation, so a
 * reader that loaded old data before the bump can only write it under the old generation: no
 * reader sees stale data after `invalidate()` has returned.
 *
 * Values live in the shared cache (Redis) and, bytes included, in this process's near store,
 * under the same generation-stamped key. A hit costs one generation read (shared with the other
 * reads of the same event-loop turn) and a map lookup: the value itself never crosses the network
 * again, and it cannot be stale, because every lookup asks the shared cache for the generation
 * after it began. When the generation cannot be read (Redis away), nothing cached is used.
 * Concurrent misses of one versioned key share one fetch and load: a reader that joins it read
 * the same generation, so it could as well have found the value stored.
 * `countAs` names the metrics label (per-product namespaces count as one).
 */
export function cacheNamespace(cache: Cache, name: string, ttlSeconds: number, metrics?: Metrics, countAs = name): CacheNamespace {
  const genKey = `gen:${name}`;
  const near = nearStore(cache);
  const shared = cache.kind === 'redis';
  const ttl = ttlSeconds * 1000;
  const count = (result: 'hit' | 'miss' | 'error') => metrics?.countCache(countAs, result);
  async function getOrLoadBody(key: string, load: () => Promise<string>): Promise<CachedBody> {
    const gen = await cache.generation(genKey);
    if (gen === null) {
      count('error');
      return body(await load());
    }
    const fullKey = `c:${name}:${gen}:${key}`;
    const kept = near.bodies.get(fullKey);
    if (kept) {
      count('hit');
      return kept;
    }
    let flight = near.inflight.get(fullKey);
    if (flight) count('hit');
    else {
      flight = fetchOrLoad(fullKey, load).finally(() => near.inflight.delete(fullKey));
      near.inflight.set(fullKey, flight);
    }
    return flight;
  }
  async function fetchOrLoad(fullKey: string, load: () => Promise<string>): Promise<CachedBody> {
    const stored = shared ? await cache.get(fullKey) : null;
    if (stored !== null) {
      count('hit');
      const b = body(stored);
      near.bodies.set(fullKey, b, { ttl });
      return b;
    }
    count('miss');
    const b = body(await load());
    if (shared) await cache.set(fullKey, b.text, ttlSeconds);
    near.bodies.set(fullKey, b, { ttl });
    return b;
  }
  return {
    getOrLoadBody,
    async getOrLoad(key, load) {
      return (await getOrLoadBody(key, load)).text;
    },
    async invalidate() {
      await cache.bump(genKey);
    },
  };
}
