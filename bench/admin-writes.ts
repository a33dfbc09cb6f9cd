/**
 * Admin writes on PostgreSQL: 50 concurrent staff sessions each adjusting its own SKU
 * (`POST /v1/admin/inventory/:sku/adjustments`, audited) back to back through the real server
 * (`node bin/inventra.mjs serve`, a child process). No two requests touch the same stock row, so
 * whatever serialises them is shared machinery (the audit chain, the outbox), not the data.
 * Afterwards the audit chain must verify and cover every adjustment. Prints figures; never
 * fails on timing.
 *
 *   node --import tsx bench/admin-writes.ts     (BENCH_PG_URL, BENCH_SECONDS, BENCH_WRITERS to override;
 *                                                BENCH_PGBENCH_TPS reuses a pgbench ceiling, 0 skips it)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createInventra } from '../src/inventra';
import { loadConfig } from '../src/platform/config';
import { systemContext } from '../src/platform/http/access';
import { parseProductInput } from '../src/modules/catalog/schema';
import { pgbenchTps } from './orders';

const SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 50);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NAME = `inventra_bench_admin_writes_${process.pid}`;
const ADMIN = { email: `bench-admin-${process.pid}@example.com`, password: 'bench-admin-password-0' };

const METRICS_TOKEN = 'bench-metrics-token-0123456789';

const dbUrl = () => Object.assign(new URL(SERVER), { pathname: `/${NAME}` }).toString();

async function onServer(sqlText: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sqlText);
  } finally {
    await c.end();
  }
}

const serverEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
  DATABASE_URL: dbUrl(),
  ...(process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL } : {}),
  RATE_LIMIT_PER_MINUTE: '0',
  METRICS_TOKEN: METRICS_TOKEN,
  INVENTRA_DEMO: '0',
  LOG_LEVEL: 'warn',
  PORT: '0',
  HOST: '127.0.0.1',
  INVENTRA_DATA_DIR: `/tmp/inventra-bench-${process.pid}`,
});

/** A fresh database with one product of `WRITERS` SKUs (plenty of stock) and an admin. */
async function seed(): Promise<string[]> {
  await onServer(`drop database if exists ${NAME} with (force)`);
  await onServer(`create database ${NAME}`);
  const app = await createInventra(loadConfig({ ...serverEnv(), LOG_LEVEL: 'silent' }), { skipBootstrap: true });
  try {
    await app.ready();
    const ctx = systemContext();
    const input = parseProductInput({
      title: 'Bench adjustments',
      slug: 'bench-adjustments',
      variants: Array.from({ length: WRITERS }, (_, v) => ({ sku: `AW-${v}`, price: 1000, options: { size: `V${v}` } })),
    });
    const product = await app.services.catalog.createProduct(ctx, input, { publish: true });
    const skus = product.variants.map((v) => v.sku);
    await app.platform.db.transaction().execute((tx) => app.services.inventory.setOnHandMany(tx, ctx, skus.map((sku) => ({ sku, onHand: 1_000_000 }))));
    await app.services.identity.ensureAdmin(ADMIN.email, ADMIN.password, 'Bench Admin');
    return skus;
  } finally {
    await app.close();
  }
}

function startServer(): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/inventra.mjs'), 'serve'], { cwd: ROOT, env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      const m = /Storefront\s+(http:\/\/\S+?)\/\s/.exec(out);
      if (m) resolve({ child, base: m[1].replace('://localhost', '://127.0.0.1') });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${out}`)));
  });
}

const stopServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

/** One writer per SKU, each adjusting its own SKU back to back for `seconds`. */
async function adjust(base: string, token: string, skus: string[], seconds: number) {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    skus.map(async (sku, i) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const res = await fetch(`${base}/v1/admin/inventory/${sku}/adjustments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ delta: i % 2 ? 1 : -1, reason: 'correction', note: 'bench' }),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const ok = statuses['201'] ?? statuses['200'] ?? 0;
  return { ok, perSecond: Math.round((ok / elapsed) * 10) / 10, p50Ms: Math.round(percentile(latencies, 50) * 10) / 10, p99Ms: Math.round(percentile(latencies, 99) * 10) / 10, statuses };
}

export async function runAdminWritesBench() {
  process.stderr.write(`[admin-writes bench] seeding ${WRITERS} SKUs…\n`);
  try {
    const skus = await seed();
    const { child, base } = await startServer();
    try {
      const login = await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
      if (!login.ok) throw new Error(`login → ${login.status} ${await login.text()}`);
      const token = ((await login.json()) as { accessToken: string }).accessToken;
      await adjust(base, token, skus, 2);
      process.stderr.write(`[admin-writes bench] ${WRITERS} writers, ${SECONDS} s…\n`);
      const r = await adjust(base, token, skus, SECONDS);
      // The linker's backlog the moment the load stops (before verify links the rest).
      const metrics = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
      const gauge = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(metrics)?.[1] ?? NaN);
      const lag = { unlinked: gauge('audit_unlinked_entries'), oldestSeconds: gauge('audit_oldest_unlinked_seconds') };
      const verifyRes = await fetch(`${base}/v1/admin/audit-logs/verify`, { headers: { authorization: `Bearer ${token}` } });
      const verify = (await verifyRes.json()) as { ok: boolean; checked: number };
      const c = new pg.Client({ connectionString: dbUrl() });
      await c.connect();
      const counted = await c.query<{ n: number }>(`select count(*)::int as n from audit.entries where action = 'inventory.adjusted'`).finally(() => c.end());
      const pgbench = process.env.BENCH_PGBENCH_TPS !== undefined ? Number(process.env.BENCH_PGBENCH_TPS) : pgbenchTps(10);
      return { ...r, lag, verify, adjustedEntries: counted.rows[0].n, pgbench };
    } finally {
      await stopServer(child);
    }
  } finally {
    await onServer(`drop database if exists ${NAME} with (force)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runAdminWritesBench()
    .then((r) => {
      console.log(`\nAdmin stock adjustments on PostgreSQL, ${WRITERS} concurrent writers on ${WRITERS} distinct SKUs, ${SECONDS} s`);
      if (r.pgbench) console.log(`pgbench TPC-B-like ceiling (-c 50 -j 2 -T 10): ${r.pgbench.toFixed(1)} TPS`);
      console.log(`  adjustments ${String(r.perSecond).padStart(8)}/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  statuses ${JSON.stringify(r.statuses)}${r.pgbench ? `  (${((r.perSecond / r.pgbench) * 100).toFixed(1)} % of pgbench)` : ''}`);
      if (!Number.isNaN(r.lag.unlinked)) console.log(`  linking lag when the load stopped: ${r.lag.unlinked} entries unlinked, oldest ${r.lag.oldestSeconds.toFixed(3)} s`);
      console.log(`  audit chain after the run: verify ok=${r.verify.ok}, ${r.verify.checked} entries linked, ${r.adjustedEntries} adjustment entries written`);
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
