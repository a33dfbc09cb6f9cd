import { afterAll, describe, expect, it } from 'vitest';
import { type Cache, cacheNamespace, createMemoryCache, createRedisCache } from './cache';
import { connectRedis, createRedis, RedisBreaker } from './redis';

/**
 * The process-local store in front of the shared cache: it must never answer with a body older
 * than the last invalidation that returned, on this replica or another sharing Redis. Redis
 * cases need REDIS_URL; the in-process cache is tested everywhere.
 */
const REDIS = process.env.REDIS_URL;
const closers: (() => void)[] = [];
afterAll(() => closers.forEach((c) => c()));

/** A Redis-backed cache as one replica has it (its own client, breaker and local store). */
async function replica(prefix: string): Promise<{ cache: Cache; client: ReturnType<typeof createRedis>; breaker: RedisBreaker }> {
  const client = createRedis(REDIS!, prefix);
  expect(await connectRedis(client)).toBe(true);
  const breaker = new RedisBreaker(client);
  closers.push(() => {
    breaker.close();
    client.disconnect();
  });
  return { cache: createRedisCache(breaker), client, breaker };
}

/** A loader returning the current "database" value and counting its calls. */
function source(initial: string) {
  const s = { value: initial, loads: 0, load: async () => (s.loads++, s.value) };
  return s;
}

describe('cache namespace on the in-process cache', () => {
  it('serves from the local store until invalidated, then loads again', async () => {
    const ns = cacheNamespace(createMemoryCache(), 'test:list', 60);
    const db = source('v1');
    expect(await ns.getOrLoad('k', db.load)).toBe('v1');
    expect((await ns.getOrLoadBody('k', db.load)).bytes.toString()).toBe('v1');
    expect(db.loads).toBe(1);
    db.value = 'v2';
    await ns.invalidate();
    expect(await ns.getOrLoad('k', db.load)).toBe('v2');
    expect(db.loads).toBe(2);
  });

  it('shares one load among concurrent misses of a key', async () => {
    const ns = cacheNamespace(createMemoryCache(), 'test:flight', 60);
    const db = source('v1');
    const slow = async () => (await new Promise((r) => setTimeout(r, 20)), db.load());
    const bodies = await Promise.all(Array.from({ length: 20 }, () => ns.getOrLoad('k', slow)));
    expect(new Set(bodies)).toEqual(new Set(['v1']));
    expect(db.loads).toBe(1);
  });
});

describe.skipIf(!REDIS)('cache namespace on Redis, two replicas', () => {
  const prefix = () => `t:cache:${process.pid}:${Date.now()}:${Math.random().toString(36).slice(2)}:`;

  it("a replica's invalidation is seen by the other's next read, though the body sits in its local store", async () => {
    const p = prefix();
    const a = await replica(p);
    const b = await replica(p);
    const onA = cacheNamespace(a.cache, 'store:list', 60);
    const onB = cacheNamespace(b.cache, 'store:list', 60);
    const db = source('v1');
    expect(await onA.getOrLoad('k', db.load)).toBe('v1');
    expect(await onA.getOrLoad('k', db.load)).toBe('v1');
    expect(await onB.getOrLoad('k', db.load)).toBe('v1'); // from Redis, now also in B's local store
    expect(db.loads).toBe(1);
    db.value = 'v2';
    await onB.invalidate();
    expect(await onA.getOrLoad('k', db.load)).toBe('v2');
    expect(await onB.getOrLoad('k', db.load)).toBe('v2');
    expect(db.loads).toBe(2);
  });

  it('reads begun after an invalidation returned never get the old body, while many reads are in flight', async () => {
    const p = prefix();
    const a = await replica(p);
    const b = await replica(p);
    const onA = cacheNamespace(a.cache, 'store:product:x', 60);
    const onB = cacheNamespace(b.cache, 'store:product:x', 60);
    const db = source('v0');
    for (let round = 1; round <= 20; round++) {
      // Readers on A keep the local store and the shared MGETs busy while B changes the data.
      const background = Array.from({ length: 30 }, () => onA.getOrLoad('d', db.load));
      db.value = `v${round}`;
      await onB.invalidate();
      const after = await Promise.all(Array.from({ length: 30 }, () => onA.getOrLoad('d', db.load)));
      expect(new Set(after)).toEqual(new Set([`v${round}`]));
      await Promise.all(background);
    }
  });

  it('reads of one event-loop turn share one MGET', async () => {
    const a = await replica(prefix());
    let mgets = 0;
    const mget = a.client.mget.bind(a.client);
    a.client.mget = ((...args: Parameters<typeof mget>) => (mgets++, mget(...args))) as typeof a.client.mget;
    const names = Array.from({ length: 40 }, (_, i) => cacheNamespace(a.cache, `store:product:p${i}`, 60));
    const db = source('v');
    await Promise.all(names.map((ns) => ns.getOrLoad('d', db.load)));
    mgets = 0;
    const bodies = await Promise.all(names.flatMap((ns) => [ns.getOrLoad('d', db.load), ns.getOrLoad('d', db.load)]));
    expect(bodies).toHaveLength(80);
    expect(mgets).toBe(1);
    expect(db.loads).toBe(40);
  });

  it("never matches a body stored before Redis lost its data, though the local store still holds it", async () => {
    const p = prefix();
    const a = await replica(p);
    const ns = cacheNamespace(a.cache, 'store:list', 60);
    const db = source('v1');
    expect(await ns.getOrLoad('k', db.load)).toBe('v1');
    // Redis restarts empty (or evicts the counter): the generation is gone, A's local store is not.
    const lose = async () => {
      const keys = await a.client.keys(`${p}*`);
      if (keys.length) await a.client.del(...keys.map((k) => k.slice(p.length)));
    };
    // A replica that invalidates then bumps a counter Redis no longer has (twice: an INCR would
    // start from 1 both times and find the first time's body)…
    for (const v of ['v2', 'v3']) {
      await lose();
      db.value = v;
      await ns.invalidate();
      expect(await ns.getOrLoad('k', db.load)).toBe(v);
    }
    // …and a counter that is read before any bump starts afresh too.
    await lose();
    db.value = 'v4';
    expect(await ns.getOrLoad('k', db.load)).toBe('v4');
  });

  it('while Redis cannot answer, loads every time and keeps nothing', async () => {
    const a = await replica(prefix());
    const ns = cacheNamespace(a.cache, 'store:list', 60);
    const db = source('v1');
    await ns.getOrLoad('k', db.load);
    const closed = new Promise((r) => a.client.once('close', r));
    a.client.disconnect(true);
    await closed;
    db.value = 'v2';
    expect(await ns.getOrLoad('k', db.load)).toBe('v2');
    expect(await ns.getOrLoad('k', db.load)).toBe('v2');
    expect(db.loads).toBe(3);
  });
});
