import type { RedisBreaker } from './redis';

export interface RateWindow {
  count: number;
  resetInMs: number;
}

/** Fixed-window counters for limits such as failed logins; Redis-backed across replicas. */
export interface RateCounter {
  hit(key: string, windowMs: number): Promise<RateWindow>;
  peek(key: string): Promise<RateWindow>;
  reset(key: string): Promise<void>;
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
  };
}

/** Redis counters; while Redis is away (or frozen: the breaker is open), counting continues in process memory. */
export function createRedisRateCounter(breaker: RedisBreaker): RateCounter {
  const redis = breaker.redis;
  const fallback = createMemoryRateCounter();
  const k = (key: string) => `rl:${key}`;
  return {
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
