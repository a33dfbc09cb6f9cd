import { createRequire } from 'node:module';
import type { RedisBreaker } from '../redis';

type Result = { current: number; ttl: number };
type Callback = (err: Error | null, res?: Result) => void;
interface Store {
  incr(key: string, cb: Callback, timeWindow: number, max: number): void;
  read?(key: string, cb: Callback, timeWindow: number, max: number): void;
  child(routeOptions: RouteOptions): Store;
}
interface RouteOptions {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  cache?: number;
}

const require = createRequire(import.meta.url);
const LocalStore = require('@fastify/rate-limit/store/LocalStore') as new (continueExceeding?: boolean, exponentialBackoff?: boolean, cache?: number) => Store;
const RedisStore = require('@fastify/rate-limit/store/RedisStore') as new (continueExceeding: boolean | undefined, exponentialBackoff: boolean | undefined, redis: unknown, key: string) => Store;

/**
 * The general per-IP limit in Redis (shared by replicas), and in this process while Redis is down
 * or frozen: @fastify/rate-limit's own Redis store skips the limit on errors, which turned it off
 * exactly when someone might be flooding us.
 */
export function breakerRateStore(breaker: RedisBreaker, nameSpace: string) {
  const make = (opts: RouteOptions): Store => {
    const redis = new RedisStore(opts.continueExceeding, opts.exponentialBackoff, breaker.redis, nameSpace);
    const local = new LocalStore(opts.continueExceeding, opts.exponentialBackoff, opts.cache);
    const route = (method: 'incr' | 'read') => (key: string, cb: Callback, timeWindow: number, max: number) => {
      const fallback = () => (local[method] ?? local.incr).call(local, key, cb, timeWindow, max);
      if (breaker.isOpen) return fallback();
      const target = redis[method] ?? redis.incr;
      target.call(redis, key, (err, res) => {
        if (!err) return cb(null, res);
        breaker.failure(err);
        fallback();
      }, timeWindow, max);
    };
    return { incr: route('incr'), read: route('read'), child: (routeOptions) => make({ ...opts, ...routeOptions }) };
  };
  return class BreakerStore {
    constructor(globalOptions: RouteOptions) {
      return make(globalOptions) as unknown as BreakerStore;
    }
  };
}
