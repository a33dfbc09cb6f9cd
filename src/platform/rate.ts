import type { Redis } from 'ioredis';
import type { RedisBreaker } from './redis';

export interface RateWindow {
  count: number;
  resetInMs: number;
}

/** One fixed-window limit taking part in an atomic `consume`. */
export interface RateLimit {
  key: string;
  limit: number;
  windowMs: number;
}

export interface ConsumeResult {
  /** True when every limit had room: each was counted. False: none was counted. */
  allowed: boolean;
  /** When refused, how long until the fullest window ends. */
  retryInMs: number;
}

/** Fixed-window counters for limits such as failed logins; Redis-backed across replicas. */
export interface RateCounter {
  hit(key: string, windowMs: number): Promise<RateWindow>;
  peek(key: string): Promise<RateWindow>;
  reset(key: string): Promise<void>;
  /**
   * Checks and counts several limits in one atomic step (one Lua script on Redis; one synchronous
   * step in process): either all are under their limit and all are counted, or none is. Parallel
   * callers can never both take the last slot.
   */
  consume(limits: RateLimit[]): Promise<ConsumeResult>;
  /** Gives back one counted slot of each key (an attempt that turned out not to count). */
  release(keys: string[]): Promise<void>;
}

export function createMemoryRateCounter(): RateCounter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const live = (key: string) => {
    const w = windows.get(key);
    if (w && w.resetAt <= Date.now()) {
      windows.delete(key);
      return undefined;
    }
    return w;
  };
  return {
    async hit(key, windowMs) {
      let w = live(key);
      if (!w) {
        if (windows.size > 100_000) windows.clear(); // bound memory under a flood of distinct keys
        w = { count: 0, resetAt: Date.now() + windowMs };
        windows.set(key, w);
      }
      w.count++;
      return { count: w.count, resetInMs: w.resetAt - Date.now() };
    },
    async peek(key) {
      const w = live(key);
      return w ? { count: w.count, resetInMs: w.resetAt - Date.now() } : { count: 0, resetInMs: 0 };
    },
    async reset(key) {
      windows.delete(key);
    },
    async consume(limits) {
      // No await between the check and the count: atomic within this process.
      let retryInMs = 0;
      for (const l of limits) {
        const w = live(l.key);
        if (w && w.count >= l.limit) retryInMs = Math.max(retryInMs, w.resetAt - Date.now());
      }
      if (retryInMs > 0) return { allowed: false, retryInMs };
      for (const l of limits) {
        let w = live(l.key);
        if (!w) {
          if (windows.size > 100_000) windows.clear();
          w = { count: 0, resetAt: Date.now() + l.windowMs };
          windows.set(l.key, w);
        }
        w.count++;
      }
      return { allowed: true, retryInMs: 0 };
    },
    async release(keys) {
      for (const k of keys) {
        const w = live(k);
        if (w && w.count > 0) w.count--;
      }
    },
  };
}

// KEYS: the counters; ARGV: limit and window (ms) per key. All under their limit → all counted,
// returns {1, 0}; else nothing counted, returns {0, longest remaining ttl}.
const CONSUME = `local wait = 0
for i, key in ipairs(KEYS) do
  local c = tonumber(redis.call('GET', key) or '0')
  if c >= tonumber(ARGV[i * 2 - 1]) then
    local ttl = redis.call('PTTL', key)
    if ttl < 1 then ttl = tonumber(ARGV[i * 2]) end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return {0, wait} end
for i, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, ARGV[i * 2]) end
end
return {1, 0}`;
const RELEASE = `for _, key in ipairs(KEYS) do
  local c = tonumber(redis.call('GET', key) or '0')
  if c > 0 then redis.call('DECR', key) end
end
return 1`;
type ScriptedRedis = Redis & {
  inventraConsume(n: number, ...args: (string | number)[]): Promise<[number, number]>;
  inventraRelease(n: number, ...keys: string[]): Promise<number>;
};

/** Redis counters; while Redis is away (or frozen: the breaker is open), counting continues in process memory. */
export function createRedisRateCounter(breaker: RedisBreaker): RateCounter {
  const redis = breaker.redis;
  const fallback = createMemoryRateCounter();
  const k = (key: string) => `rl:${key}`;
  if (!('inventraConsume' in redis)) {
    redis.defineCommand('inventraConsume', { lua: CONSUME });
    redis.defineCommand('inventraRelease', { lua: RELEASE });
  }
  const scripted = redis as ScriptedRedis;
  return {
    consume: (limits) =>
      breaker.run(async () => {
        const args = limits.flatMap((l) => [l.limit, l.windowMs]);
        const [ok, wait] = await scripted.inventraConsume(limits.length, ...limits.map((l) => k(l.key)), ...args);
        return { allowed: Number(ok) === 1, retryInMs: Number(wait) };
      }, () => fallback.consume(limits)),
    async release(keys) {
      await fallback.release(keys);
      await breaker.run(async () => void (await scripted.inventraRelease(keys.length, ...keys.map(k))), () => undefined);
    },
    hit: (key, windowMs) =>
      breaker.run(async () => {
        const res = await redis.multi().incr(k(key)).pexpire(k(key), windowMs, 'NX').pttl(k(key)).exec();
        const count = Number(res?.[0]?.[1] ?? 1);
        const ttl = Number(res?.[2]?.[1] ?? windowMs);
        return { count, resetInMs: ttl > 0 ? ttl : windowMs };
      }, () => fallback.hit(key, windowMs)),
    peek: (key) =>
      breaker.run(async () => {
        const [count, ttl] = await Promise.all([redis.get(k(key)), redis.pttl(k(key))]);
        return { count: Number(count ?? 0), resetInMs: Math.max(0, ttl) };
      }, () => fallback.peek(key)),
    async reset(key) {
      await fallback.reset(key);
      await breaker.run(async () => void (await redis.del(k(key))), () => undefined);
    },
  };
}
