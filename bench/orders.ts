/**
 * Order placement on PostgreSQL (+ Redis when BENCH_REDIS_URL or REDIS_URL is set, as in
 * production): 50 concurrent customers in a flash sale (1-line orders over 20 hot SKUs), spread
 * out (2-line orders over 150 SKUs) and without contention (1–3 lines over 10,000 SKUs), beside
 * pgbench's TPC-B-like TPS on the same server as the ceiling. Prints orders/s, the share of
 * pgbench, p50/p99 and every non-201; never fails on timing.
 *
 * The catalog, stock and customers are seeded in this process; the orders then go to the real
 * server (`node bin/inventra.mjs serve`) running as a child process, so the load generator and
 * the server do not share one event loop.
 *
 *   node --import tsx bench/orders.ts            (BENCH_PG_URL, BENCH_SECONDS, BENCH_CUSTOMERS to override;
 *                                                 BENCH_SERVER_ARGS="--cpu-prof" passes node flags to the server;
 *                                                 BENCH_ONLY=flash,spread runs the scenarios whose names start so;
 *                                                 BENCH_BASELINE_ROOT=/path/to/other/checkout runs each scenario
 *                                                 against that checkout's server too, first, for before/after in one run)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createInventra, type Inventra } from '../src/inventra';
import { loadConfig } from '../src/platform/config';
import { systemContext } from '../src/platform/http/access';
import { parseProductInput } from '../src/modules/catalog/schema';
import { fakeProduct } from './catalog-fixtures';

const SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? '';
const BASELINE_ROOT = process.env.BENCH_BASELINE_ROOT ?? '';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 50);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

export interface OrderBenchResult {
  scenario: string;
  orders: number;
  ordersPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
}

export const dbUrl = (name: string) => {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
};

export async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function recreate(name: string) {
  await admin(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
}

/** pgbench's built-in TPC-B-like script against a scratch database: the ceiling for one-transaction writes. */
export function pgbenchTps(seconds = 10): number {
  const name = `inventra_bench_pgbench_${process.pid}`;
  const u = new URL(SERVER);
  const env = { ...process.env, PGHOST: u.hostname, PGPORT: u.port || '5432', PGUSER: decodeURIComponent(u.username || 'postgres') };
  execFileSync('dropdb', ['--if-exists', '--force', name], { env });
  execFileSync('createdb', [name], { env });
  try {
    execFileSync('pgbench', ['-i', '-s', '10', '-q', name], { env, stdio: 'ignore' });
    const out = execFileSync('pgbench', ['-c', '50', '-j', '2', '-T', String(seconds), name], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(out) ?? /tps = ([\d.]+)/.exec(out);
    if (!m) throw new Error(`could not read pgbench output:\n${out}`);
    return Number(m[1]);
  } finally {
    execFileSync('dropdb', ['--if-exists', '--force', name], { env });
  }
}

const serverEnv = (name: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
  JWT_SECRET,
  DATABASE_URL: dbUrl(name),
  ...(REDIS ? { REDIS_URL: REDIS } : {}),
  RATE_LIMIT_PER_MINUTE: '0',
  INVENTRA_DEMO: '0',
  LOG_LEVEL: 'warn',
  PORT: '0',
  HOST: '127.0.0.1',
  INVENTRA_DATA_DIR: `/tmp/inventra-bench-${process.pid}`,
});

/** Migrates a fresh database and opens it in this process, for seeding only (no listener). */
export async function setupApp(name: string): Promise<Inventra> {
  await recreate(name);
  const env = serverEnv(name);
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  const app = await createInventra(config, { skipBootstrap: true });
  await app.ready();
  return app;
}

/** The real server as a child process on the seeded database; resolves with its base URL. */
export function startServer(name: string, root = ROOT): Promise<{ child: ChildProcess; base: string }> {
  const extra = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...extra, join(root, 'bin/inventra.mjs'), 'serve'], { cwd: root, env: serverEnv(name), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      const m = /Storefront\s+(http:\/\/\S+?)\/\s/.exec(out);
      if (m) resolve({ child, base: m[1].replace('://localhost', '://127.0.0.1') });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => {
      out += d;
      if (process.env.BENCH_VERBOSE) process.stderr.write(d);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${out}`)));
  });
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Published products carrying `skuCount` SKUs (100 variants a product) with plenty of stock. */
export async function seedCatalog(app: Inventra, skuCount: number, stockEach: number): Promise<string[]> {
  const ctx = systemContext();
  const skus: string[] = [];
  const perProduct = Math.min(100, skuCount);
  for (let i = 0; skus.length < skuCount; i++) {
    const n = Math.min(perProduct, skuCount - skus.length);
    const base = fakeProduct(i, 1);
    const input = parseProductInput({
      title: base.title,
      slug: base.slug,
      description: base.description,
      variants: Array.from({ length: n }, (_, v) => ({ sku: `OB${i}-${v}`, price: 800 + ((i + v) % 20) * 100, options: { size: `V${v}` } })),
    });
    const product = await app.services.catalog.createProduct(ctx, input, { publish: true });
    skus.push(...product.variants.map((v) => v.sku));
  }
  for (let i = 0; i < skus.length; i += 1000) {
    const batch = skus.slice(i, i + 1000).map((sku) => ({ sku, onHand: stockEach }));
    await app.platform.db.transaction().execute((tx) => app.services.inventory.setOnHandMany(tx, ctx, batch));
  }
  return skus;
}

/** Customers created in this process; they sign in at the server under test. */
export async function customers(app: Inventra, n: number): Promise<{ email: string; password: string }[]> {
  const out: { email: string; password: string }[] = [];
  for (let i = 0; i < n; i++) {
    const email = `bench-${i}-${process.pid}@example.com`;
    const password = `bench-password-${i}`;
    const { user } = await app.services.identity.ensureAdmin(email, password, `Customer ${i}`);
    await app.services.identity.updateUser(systemContext(), user.id, { role: 'customer' });
    out.push({ email, password });
  }
  return out;
}

export async function login(base: string, who: { email: string; password: string }[]): Promise<string[]> {
  const tokens: string[] = [];
  for (const c of who) {
    const res = await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c) });
    if (!res.ok) throw new Error(`login ${c.email} → ${res.status} ${await res.text()}`);
    tokens.push(((await res.json()) as { accessToken: string }).accessToken);
  }
  return tokens;
}

export const ADDRESS = { name: 'Bench Customer', postalCode: '150-0001', prefecture: 'Tokyo', city: 'Shibuya', line1: '1-2-3 Jingumae', phone: '03-1234-5678' };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** How many lines an order of a scenario has: fixed, or 1–3 at random. */
type LineCount = number | 'random';

/** `tokens.length` customers each place orders back to back for `seconds`, lines of distinct random SKUs. */
async function placeOrders(scenario: string, base: string, tokens: string[], skus: string[], seconds: number, lineCount: LineCount): Promise<OrderBenchResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    tokens.map(async (token) => {
      while (performance.now() < deadline) {
        const lines = new Map<string, number>();
        const count = Math.min(skus.length, lineCount === 'random' ? 1 + rand(3) : lineCount);
        while (lines.size < count) lines.set(skus[rand(skus.length)], 1 + rand(2));
        const body = JSON.stringify({ items: [...lines].map(([sku, quantity]) => ({ sku, quantity })), shippingAddress: ADDRESS, paymentMethod: 'cod' });
        const t0 = performance.now();
        const res = await fetch(`${base}/v1/store/orders`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const ok = statuses['201'] ?? 0;
  return {
    scenario,
    orders: ok,
    ordersPerSecond: Math.round((ok / elapsed) * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    statuses,
  };
}

export async function runOrderBench(): Promise<{ pgbenchTps: number; results: OrderBenchResult[] }> {
  const results: OrderBenchResult[] = [];
  for (const s of [
    { scenario: 'flash sale: 20 hot SKUs, 1 line', skus: 20, lines: 1 as LineCount },
    { scenario: 'spread: 150 SKUs, 2 lines', skus: 150, lines: 2 as LineCount },
    { scenario: 'no contention: 10,000 SKUs, 1-3 lines', skus: 10_000, lines: 'random' as LineCount },
  ]) {
    if (process.env.BENCH_ONLY && !process.env.BENCH_ONLY.split(',').some((p) => s.scenario.startsWith(p))) continue;
    const name = `inventra_bench_orders_${s.skus}_${process.pid}`;
    try {
      process.stderr.write(`[orders bench] seeding ${s.skus} SKUs and ${CUSTOMERS} customers…\n`);
      const app = await setupApp(name);
      let skus: string[];
      let who: { email: string; password: string }[];
      try {
        skus = await seedCatalog(app, s.skus, 1_000_000);
        who = await customers(app, CUSTOMERS);
      } finally {
        await app.close();
      }
      // BENCH_BASELINE_ROOT: another checkout (same schema) whose server runs the scenario first, for a same-run before/after.
      const baseline = BASELINE_ROOT ? [{ root: BASELINE_ROOT, label: `${s.scenario} [baseline]` }] : [];
      // The second server also relays what the first left in the outbox: BENCH_BASELINE_LAST=1 swaps the order.
      const servers = process.env.BENCH_BASELINE_LAST ? [{ root: ROOT, label: s.scenario }, ...baseline] : [...baseline, { root: ROOT, label: s.scenario }];
      for (const server of servers) {
        const { child, base } = await startServer(name, server.root);
        try {
          const tokens = await login(base, who);
          await placeOrders(`${server.label} (warm-up)`, base, tokens, skus, 2, s.lines);
          process.stderr.write(`[orders bench] ${server.label}: ${SECONDS} s against the server process…\n`);
          const r = await placeOrders(server.label, base, tokens, skus, SECONDS, s.lines);
          process.stderr.write(`[orders bench] ${r.scenario}: ${r.ordersPerSecond} orders/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, statuses ${JSON.stringify(r.statuses)}\n`);
          results.push(r);
        } finally {
          await stopServer(child);
        }
      }
    } finally {
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    }
  }
  process.stderr.write('[orders bench] pgbench TPC-B-like, 50 clients, 10 s…\n');
  // BENCH_PGBENCH_TPS reuses a ceiling measured earlier in the session (quicker iterations).
  return { pgbenchTps: process.env.BENCH_PGBENCH_TPS ? Number(process.env.BENCH_PGBENCH_TPS) : pgbenchTps(10), results };
}

export function printOrderBench(r: { pgbenchTps: number; results: OrderBenchResult[] }): void {
  console.log(`\nOrder placement on PostgreSQL${REDIS ? ' + Redis' : ''}, ${CUSTOMERS} concurrent customers (cod), ${SECONDS} s each`);
  console.log(`pgbench TPC-B-like ceiling (-c 50 -j 2 -T 10): ${r.pgbenchTps.toFixed(1)} TPS`);
  for (const x of r.results) {
    const share = ((x.ordersPerSecond / r.pgbenchTps) * 100).toFixed(1);
    const non201 = Object.entries(x.statuses).reduce((n, [status, count]) => (status === '201' ? n : n + count), 0);
    console.log(`  ${x.scenario.padEnd(49)} ${String(x.ordersPerSecond).padStart(8)} orders/s  ${share.padStart(5)} % of pgbench  p50 ${x.p50Ms} ms  p99 ${x.p99Ms} ms  non-201 ${non201}  statuses ${JSON.stringify(x.statuses)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runOrderBench()
    .then((r) => {
      printOrderBench(r);
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
