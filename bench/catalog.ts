/**
 * Storefront reads under load, each beside a bare Fastify route serving the same bytes in the
 * same run: the cached product list (20 items), product detail (500 products in turn), repeated
 * search (16 query strings, each a cache hit after the warm-up) and uncached search (a new query
 * string every request). Embedded PGlite (in-process cache) and PostgreSQL + Redis; 1,000 and
 * 100,000 products, seeded in batches through the catalog repo. Prints figures and ratios to the
 * bare route; never fails on timing.
 *
 * Three processes, so that no two of them share a thread: this one runs the real app (seeded
 * in-process), `bench/bare-server.ts` serves the bare route, and `bench/load.ts` (forked per
 * measurement) runs autocannon. The bare route and the app are measured the same way, one after
 * the other, with the same connections and paths.
 *
 *   npm run bench -- catalog            or   node --import tsx bench/catalog.ts
 *   BENCH_DB=pglite|pg|both (both)      BENCH_SIZES=1000,100000    BENCH_SECONDS=8 (each measurement)
 *   BENCH_WARMUP=2 (seconds, before each)  BENCH_CONNECTIONS=50
 *   BENCH_SCENARIOS=list,detail,search,uncached (all)   BENCH_PG_URL, BENCH_REDIS_URL
 *   The uncached search is also measured with one connection (its p95 is then the latency of
 *   one search, not of a queue of 50).
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { createInventra, type Inventra } from '../src/inventra';
import { loadConfig } from '../src/platform/config';
import { buildSnapshot } from '../src/modules/catalog/present';
import { writeSnapshots } from '../src/modules/catalog/repo/storefront';
import type { ProductRow, VariantRow } from '../src/modules/catalog/tables';
import { fakeProduct } from './catalog-fixtures';
import type { LoadJob, LoadResult } from './load';

const SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const SCENARIOS = new Set((process.env.BENCH_SCENARIOS ?? 'list,detail,search,uncached').split(','));
const SIZES = (process.env.BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const DBS = (process.env.BENCH_DB ?? 'both') === 'both' ? ['pglite', 'pg'] : [process.env.BENCH_DB!];

export interface CatalogBenchRow {
  database: string;
  products: number;
  scenario: string;
  requestsPerSecond: number;
  /** requests per second over the bare route's, serving the same bytes (null: no bare counterpart) */
  ratioToBare: number | null;
  /** CPU time the serving process spent per request (µs): steadier than req/s on a loaded machine */
  cpuMicrosPerRequest: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

const SEARCH_WORDS = ['shirt', 'tshrit', 'hoodie', 'mug', 'ceramic', 'wool', 'organic', 'candle', 'coffee', 'green tea', 'blanket', 'socks', 'linen towel', 'bambo', 'vintage cap', 'granola'];

/** Published products written straight through the repo, 1,000 per transaction (no HTTP, no per-product audit). */
export async function seedPublished(app: Inventra, count: number): Promise<void> {
  const db = app.platform.db;
  const categories: string[] = [];
  for (let c = 0; c < 10; c++) {
    const id = uuidv7();
    await db.insertInto('catalog.categories').values({ id, name: `Bench ${c}`, slug: `bench-cat-${c}`, position: c }).execute();
    categories.push(id);
  }
  const base = Date.UTC(2026, 0, 1);
  for (let start = 0; start < count; start += 1000) {
    await db.transaction().execute(async (tx) => {
      const products: ProductRow[] = [];
      const variants = new Map<string, VariantRow[]>();
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        const f = fakeProduct(i);
        const id = uuidv7();
        const at = new Date(base + i * 1000);
        products.push({ id, title: f.title, slug: f.slug, description: f.description, category_id: categories[i % 10], tags: f.tags, attributes: {}, tax_class: 'standard', status: 'published', version: 1, published_version: 1, published_at: at, created_at: at, updated_at: at });
        variants.set(id, f.variants.map((v, position) => ({ id: uuidv7(), product_id: id, sku: v.sku, price: v.price, compare_at_price: null, options: v.options, weight_grams: null, position })));
      }
      await tx.insertInto('catalog.products').values(products.map((p) => ({ ...p, tags: JSON.stringify(p.tags), attributes: '{}' }))).execute();
      await tx.insertInto('catalog.variants').values([...variants.values()].flat().map((v) => ({ ...v, options: JSON.stringify(v.options) }))).execute();
      await writeSnapshots(tx, products.map((p) => buildSnapshot(p, variants.get(p.id)!, [], new Date(p.published_at!))));
    });
  }
  await sql`analyze`.execute(db);
}

async function startApp(database: string, products: number): Promise<{ app: Inventra; base: string; cleanup: () => Promise<void> }> {
  const dataDir = `/tmp/inventra-bench-catalog-${process.pid}-${database}-${products}`;
  rmSync(dataDir, { recursive: true, force: true });
  let dbUrl: string | undefined;
  let drop = async () => {};
  if (database === 'pg') {
    const name = `inventra_bench_catalog_${process.pid}_${products}`;
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(SERVER);
    u.pathname = `/${name}`;
    dbUrl = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: SERVER });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
    RATE_LIMIT_PER_MINUTE: '0',
    INVENTRA_DEMO: '0',
    LOG_LEVEL: 'silent',
    INVENTRA_DATA_DIR: dataDir,
    ...(dbUrl ? { DATABASE_URL: dbUrl, REDIS_URL: REDIS } : {}),
  });
  const app = await createInventra(config, { skipBootstrap: true, redisPrefix: `bench:${process.pid}:${products}:` });
  await app.ready();
  const t = performance.now();
  await seedPublished(app, products);
  console.log(`  seeded ${products} products on ${database} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const base = await app.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    base,
    cleanup: async () => {
      await app.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** One autocannon run in a forked process of its own. */
function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(HERE, 'load.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let done = false;
    child.once('message', (m: LoadResult | { error: string }) => {
      done = true;
      if ('error' in m) reject(new Error(m.error));
      else resolve(m);
    });
    child.once('exit', (code) => done || reject(new Error(`load generator exited (${code}) without a result`)));
    child.send(job);
  });
}

/** The bare Fastify route in its own process, answering each path with the bytes given for it. */
async function startBare(bodies: Record<string, string>, file: string): Promise<{ base: string; stop: () => Promise<void> }> {
  writeFileSync(file, JSON.stringify(bodies));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'bare-server.ts')], { env: { ...process.env, BARE_BODIES: file }, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /listening (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return {
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        rmSync(file, { force: true });
      }),
  };
}

type Measured = LoadResult & { cpuMicros: number };

const cpuOf = ({ user, system }: { user: number; system: number }) => user + system;

function row(database: string, products: number, scenario: string, r: Measured, bare: Measured | null): CatalogBenchRow {
  return {
    database,
    products,
    scenario,
    requestsPerSecond: r.requestsPerSecond,
    ratioToBare: bare ? Math.round((r.requestsPerSecond / bare.requestsPerSecond) * 100) / 100 : null,
    cpuMicrosPerRequest: Math.round(r.cpuMicros / Math.max(1, r.requests)),
    p50Ms: r.p50,
    p90Ms: r.p90,
    p95Ms: r.p95,
    p99Ms: r.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

function print(out: CatalogBenchRow) {
  const ratio = out.ratioToBare === null ? ''.padEnd(12) : `  ${out.ratioToBare.toFixed(2)}× bare`;
  console.log(
    `  ${out.scenario.padEnd(40)} ${String(out.requestsPerSecond).padStart(7)} req/s${ratio}  ${String(out.cpuMicrosPerRequest).padStart(4)} µs CPU/req  p50 ${out.p50Ms} ms  p95 ${out.p95Ms} ms  p99 ${out.p99Ms} ms${out.non2xx || out.errors ? `  (${out.non2xx} non-2xx, ${out.errors} errors)` : ''}`,
  );
}

export async function runCatalogBench(): Promise<CatalogBenchRow[]> {
  const rows: CatalogBenchRow[] = [];
  /** Warm-up (fills caches, warms the JIT), then the measured run with the server's CPU time over it. */
  const measure = async (job: LoadJob, cpu: () => Promise<number>): Promise<Measured> => {
    if (WARMUP > 0) await load({ ...job, seconds: WARMUP }).catch(() => null);
    const before = await cpu();
    const r = await load(job);
    return { ...r, cpuMicros: (await cpu()) - before };
  };
  const ownCpu = async () => cpuOf(process.cpuUsage());
  for (const database of DBS) {
    for (const products of SIZES) {
      console.log(`catalog bench: ${database}${database === 'pg' ? ' + Redis' : ' (in-process cache)'}, ${products} products, ${CONNECTIONS} connections, ${SECONDS} s each`);
      const { base, cleanup } = await startApp(database, products);
      try {
        const slugs = Array.from({ length: Math.min(products, 500) }, (_, i) => `bench-${(i * 7919) % products}`);
        const paths: Record<string, string[]> = {
          list: ['/v1/store/products?limit=20'],
          detail: slugs.map((s) => `/v1/store/products/${s}`),
          search: SEARCH_WORDS.map((w) => `/v1/store/products?q=${encodeURIComponent(w)}`),
        };
        // The bare route serves, for each path, the bytes the app answered for it.
        const bodies: Record<string, string> = {};
        for (const p of Object.values(paths).flat()) {
          const res = await fetch(`${base}${p}`);
          if (res.status !== 200) throw new Error(`${p} → ${res.status}`);
          bodies[p] = await res.text();
        }
        const bare = await startBare(bodies, `/tmp/inventra-bench-bare-${process.pid}.json`);
        try {
          const job = (url: string, p: string[]): LoadJob => ({ url, connections: CONNECTIONS, seconds: SECONDS, paths: p });
          const pairs: [string, string, string[]][] = [
            ['list', 'store list, 20 items (cached)', paths.list!],
            ['detail', 'product detail (cached)', paths.detail!],
            ['search', 'repeated search (cached)', paths.search!],
          ];
          const bareCpu = async () => cpuOf((await (await fetch(`${bare.base}/__cpu`)).json()) as { user: number; system: number });
          let bareList: Measured | null = null;
          for (const [key, scenario, p] of pairs) {
            if (!SCENARIOS.has(key)) continue;
            const b = await measure(job(bare.base, p), bareCpu);
            const a = await measure(job(base, p), ownCpu);
            if (key === 'list') bareList = b;
            for (const out of [row(database, products, `bare route (same bytes as ${key})`, b, null), row(database, products, scenario, a, b)]) {
              rows.push(out);
              print(out);
            }
          }
          if (SCENARIOS.has('uncached')) {
            // Offsets (of 80,000 word × minPrice pairs) keep each run's query strings apart: every request misses.
            for (const [connections, start] of [[CONNECTIONS, 0], [1, 40_000]] as const) {
              const uncached: LoadJob = { url: base, connections, seconds: SECONDS, uncachedSearch: { words: SEARCH_WORDS, start } };
              if (WARMUP > 0) await load({ ...uncached, seconds: WARMUP, uncachedSearch: { words: SEARCH_WORDS, start: start + 20_000 } }).catch(() => null);
              const before = await ownCpu();
              const r = await load(uncached);
              const out = row(database, products, `search (uncached), ${connections} conn`, { ...r, cpuMicros: (await ownCpu()) - before }, connections === CONNECTIONS ? bareList : null);
              rows.push(out);
              print(out);
            }
          }
        } finally {
          await bare.stop();
        }
        const metrics = await (await fetch(`${base}/metrics`)).text();
        const ratio = /^cache_hit_ratio (\S+)/m.exec(metrics)?.[1];
        if (ratio) console.log(`  cache_hit_ratio (last namespace) ${Number(ratio).toFixed(3)}`);
      } finally {
        await cleanup();
      }
    }
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await runCatalogBench();
  console.table(rows);
  process.exit(0);
}
