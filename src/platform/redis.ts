import { Redis } from 'ioredis';

export interface RedisOptions {
  /** A command not answered within this many ms counts as a failure (and opens the breaker). */
  commandTimeoutMs?: number;
}

/**
 * A client that fails fast while Redis is away (no offline queue, short timeouts), so callers can
 * fall back to the database instead of hanging; it reconnects by itself.
 */
export function createRedis(url: string, keyPrefix = '', opts: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: opts.commandTimeoutMs ?? 250,
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

/**
 * A circuit breaker around Redis. A Redis that is down fails at once, but a frozen one (a stopped
 * process, a dead network path) keeps the socket open and lets every command run into its
 * timeout; with a breaker only the first calls pay that, the rest go straight to their fallback
 * until a background PING answers again.
 */
export class RedisBreaker {
  private openUntil = 0;
  private probing: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(
    readonly redis: Redis,
    private readonly opts: { openMs?: number; onChange?: (state: 'ok' | 'degraded') => void } = {},
  ) {
    redis.on('close', () => this.open());
  }

  /** True while calls should skip Redis: not connected, or the breaker is open. */
  get isOpen(): boolean {
    return this.redis.status !== 'ready' || Date.now() < this.openUntil;
  }

  health(): 'ok' | 'degraded' {
    return this.isOpen ? 'degraded' : 'ok';
  }

  /** Runs `fn` against Redis, or `fallback` when the breaker is open or the call fails. */
  async run<T>(fn: () => Promise<T>, fallback: () => T | Promise<T>, onFailure?: () => void): Promise<T> {
    if (this.isOpen) {
      onFailure?.();
      return fallback();
    }
    try {
      const value = await fn();
      this.failures = 0;
      return value;
    } catch (err) {
      this.failure(err);
      onFailure?.();
      return fallback();
    }
  }

  /** Records a failed call: timeouts and connection errors open the breaker; a command error does not. */
  failure(err: unknown): void {
    const message = String((err as Error)?.message ?? err);
    if (/timed? ?out|Connection is closed|Stream isn't writeable|ECONN|EPIPE|not connected|enableOfflineQueue/i.test(message)) this.open();
  }

  private open(): void {
    this.failures++;
    const wasOpen = Date.now() < this.openUntil;
    this.openUntil = Date.now() + (this.opts.openMs ?? 5000);
    if (!wasOpen) this.opts.onChange?.('degraded');
    if (this.probing) return;
    // While open, one PING a second decides when to close; no request waits for it.
    this.probing = setInterval(() => {
      if (this.redis.status !== 'ready') return;
      this.redis.ping().then(
        () => {
          this.openUntil = 0;
          this.failures = 0;
          if (this.probing) clearInterval(this.probing);
          this.probing = null;
          this.opts.onChange?.('ok');
        },
        () => {
          this.openUntil = Date.now() + (this.opts.openMs ?? 5000);
        },
      );
    }, 1000);
    this.probing.unref();
  }

  close(): void {
    if (this.probing) clearInterval(this.probing);
    this.probing = null;
  }
}
