/**
 * Storefront reads under load: the cached product list (20 items), product detail and uncached
 * search, 50 connections, beside a bare Fastify route serving the same bytes in the same run.
 * Embedded PGlite (in-process cache) and PostgreSQL + Redis; 1,000 and 100,000 products, seeded
 * in batches through the catalog repo. Prints figures; never fails on timing.
 *
 *   node --import tsx bench/catalog.ts
 *   (BENCH_DB=pglite|pg|both, BENCH_SIZES=1000,100000, BENCH_SECONDS=8, BENCH_CONNECTIONS=50,
 *    BENCH_PG_URL, BENCH_REDIS_URL)
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { createInventra, type Inventra } from '../src/inventra';
import { loadConfig } from '../src/platform/config';
import { buildSnapshot } from '../src/modules/catalog/present';
import { writeSnapshots } from '../src/modules/catalog/repo/storefront';
import type { ProductRow, VariantRow } from '../src/modules/catalog/tables';
import { fakeProduct } from './catalog-fixtures';

const SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SIZES = (process.env.BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const DBS = (process.env.BENCH_DB ?? 'both') === 'both' ? ['pglite', 'pg'] : [process.env.BENCH_DB!];

export interface CatalogBenchRow {
  database: string;
  products: number;
  scenario: string;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p97_5Ms: number;
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

async function cannon(url: string, paths: () => string): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [{ setupRequest: (req: any) => ({ ...req, path: paths() }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('error', reject);
  });
}

function row(database: string, products: number, scenario: string, r: autocannon.Result): CatalogBenchRow {
  const l = r.latency as unknown as Record<string, number>;
  return {
    database,
    products,
    scenario,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: l.p50,
    p90Ms: l.p90,
    p97_5Ms: l.p97_5,
    p99Ms: l.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

export async function runCatalogBench(): Promise<CatalogBenchRow[]> {
  const rows: CatalogBenchRow[] = [];
  for (const database of DBS) {
    for (const products of SIZES) {
      console.log(`catalog bench: ${database}${database === 'pg' ? ' + Redis' : ' (in-process cache)'}, ${products} products`);
      const { app, base, cleanup } = await startApp(database, products);
      try {
        // The bare route serves the same bytes as the cached list, from a plain Fastify in this process.
        const listBody = await (await fetch(`${base}/v1/store/products?limit=20`)).text();
        const bare = Fastify();
        bare.get('/bare', (_req, reply) => reply.type('application/json; charset=utf-8').send(listBody));
        const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });
        let n = 0;
        const slugs = Array.from({ length: Math.min(products, 500) }, (_, i) => `bench-${(i * 7919) % products}`);
        const scenarios: [string, string, () => string][] = [
          ['bare fastify route (same bytes)', bareBase, () => '/bare'],
          ['store list, 20 items (cached)', base, () => '/v1/store/products?limit=20'],
          ['product detail (cached)', base, () => `/v1/store/products/${slugs[n++ % slugs.length]}`],
          // A fresh minPrice per request (within the price range) makes every search a cache miss: database work every time.
          ['search (uncached)', base, () => `/v1/store/products?q=${encodeURIComponent(SEARCH_WORDS[n % SEARCH_WORDS.length])}&minPrice=${n++ % 5000}`],
        ];
        for (const [scenario, url, path] of scenarios) {
          await cannon(url, path).catch(() => null); // warm-up pass fills caches and JIT
          const r = await cannon(url, path);
          const out = row(database, products, scenario, r);
          rows.push(out);
          console.log(`  ${scenario.padEnd(34)} ${String(out.requestsPerSecond).padStart(7)} req/s  p50 ${out.p50Ms} ms  p90 ${out.p90Ms} ms  p97.5 ${out.p97_5Ms} ms  p99 ${out.p99Ms} ms${out.non2xx || out.errors ? `  (${out.non2xx} non-2xx, ${out.errors} errors)` : ''}`);
        }
        await bare.close();
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
