import { Redis } from 'ioredis';

/**
 * A client that fails fast while Redis is away (no offline queue, short timeouts), so callers can
 * fall back to the database instead of hanging; it reconnects by itself.
 */
export function createRedis(url: string, keyPrefix = ''): Redis {
  const redis = new Redis(url, {
    keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(100 * attempt, 2000),
    lazyConnect: true,
  });
  redis.on('error', () => {
    /* reported through health checks; the client keeps reconnecting */
  });
  return redis;
}

export async function connectRedis(redis: Redis, timeoutMs = 3000): Promise<boolean> {
  try {
    await Promise.race([
      redis.connect(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('redis connect timeout')), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  }
}
