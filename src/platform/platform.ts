import type { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import { type Cache, createMemoryCache, createRedisCache } from './cache';
import type { Config } from './config';
import { type Database, type Db, openDatabase } from './db/database';
import { EventBus } from './events/bus';
import { Jobs } from './jobs';
import { createMetrics, type Metrics } from './metrics';
import { createMemoryRateCounter, createRedisRateCounter, type RateCounter } from './rate';
import { connectRedis, createRedis } from './redis';

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
  redis: Redis | null;
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
}

export async function createPlatform(config: Config, opts: PlatformOptions = {}): Promise<Platform> {
  const log = pino({ level: config.logLevel, base: { service: 'inventra', role: config.role } });
  const database = await openDatabase({ url: config.databaseUrl, loadDataDir: opts.loadDataDir });
  let redis: Redis | null = null;
  if (config.redisUrl) {
    redis = createRedis(config.redisUrl, opts.redisPrefix ?? 'inventra:');
    if (!(await connectRedis(redis))) log.warn('Redis is not reachable; serving from the database until it is (cache: degraded)');
  }
  return {
    config,
    log,
    database,
    db: database.db,
    redis,
    cache: redis ? createRedisCache(redis) : createMemoryCache(),
    rate: redis ? createRedisRateCounter(redis) : createMemoryRateCounter(),
    metrics: createMetrics(),
    bus: new EventBus(),
    jobs: new Jobs(database, log),
    clock: opts.clock ?? systemClock,
    async close() {
      redis?.disconnect();
      await database.close();
    },
  };
}
