import type { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import { type Cache, createMemoryCache, createRedisCache } from './cache';
import type { Config } from './config';
import { type Database, type Db, openDatabase } from './db/database';
import { EventBus } from './events/bus';
import { Jobs } from './jobs';
import { createMetrics, type Metrics } from './metrics';
import { registerOpsMetrics } from './ops/metrics';
import { createMemoryRateCounter, createRedisRateCounter, type RateCounter } from './rate';
import { connectRedis, createRedis, RedisBreaker } from './redis';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Infrastructure every module receives: nothing here knows about the domain. */
export interface Platform {
  config: Config;
  log: Logger;
  database: Database;
  db: Db;
  /** A read replica (DATABASE_READ_URL) for reads that may lag: storefront cache misses, analytics. */
  readDb: Db;
  redis: Redis | null;
  /** Open while Redis is down or frozen; callers fall back without waiting. */
  redisBreaker: RedisBreaker | null;
  cache: Cache;
  rate: RateCounter;
  metrics: Metrics;
  bus: EventBus;
  jobs: Jobs;
  clock: Clock;
  close(): Promise<void>;
}

export interface PlatformOptions {
  /** Embedded only: start from this data directory tarball (tests clone a migrated database). */
  loadDataDir?: Blob;
  /** Prefix for every Redis key (tests isolate themselves with it). */
  redisPrefix?: string;
  clock?: Clock;
  /** The main database, already opening (`serve` starts PGlite while the app's modules load). */
  database?: Promise<Database>;
}

export async function createPlatform(config: Config, opts: PlatformOptions = {}): Promise<Platform> {
  const log = pino({ level: config.logLevel, base: { service: 'inventra', role: config.role } });
  const database = await (opts.database ?? openDatabase({ url: config.databaseUrl, loadDataDir: opts.loadDataDir, timeouts: config.databaseTimeouts, log }));
  const replica = config.databaseReadUrl ? await openDatabase({ url: config.databaseReadUrl, timeouts: config.databaseTimeouts, log, poolSize: 10 }) : null;
  let redis: Redis | null = null;
  let redisBreaker: RedisBreaker | null = null;
  if (config.redisUrl) {
    redis = createRedis(config.redisUrl, opts.redisPrefix ?? 'inventra:', { commandTimeoutMs: config.redisTimeoutMs });
    redisBreaker = new RedisBreaker(redis, {
      onChange: (state) => (state === 'ok' ? log.info('Redis answers again (cache: ok)') : log.warn('Redis is not answering; serving without it (cache: degraded)')),
    });
    if (!(await connectRedis(redis))) log.warn('Redis is not reachable; serving from the database until it is (cache: degraded)');
  }
  const metrics = createMetrics();
  registerOpsMetrics(metrics, database.db);
  return {
    config,
    log,
    database,
    db: database.db,
    readDb: replica?.db ?? database.db,
    redis,
    redisBreaker,
    cache: redisBreaker ? createRedisCache(redisBreaker) : createMemoryCache(),
    rate: redisBreaker ? createRedisRateCounter(redisBreaker) : createMemoryRateCounter(),
    metrics,
    bus: new EventBus(),
    jobs: new Jobs(database, log, metrics),
    clock: opts.clock ?? systemClock,
    async close() {
      redisBreaker?.close();
      redis?.disconnect();
      await replica?.close();
      await database.close();
    },
  };
}
