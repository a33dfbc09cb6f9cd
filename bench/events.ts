/**
 * Events: throughput of outbox → relay → webhook fan-out → delivery job → receiver on loopback,
 * and the latency from a state change (PATCH /v1/admin/settings over HTTP) to the Socket.IO
 * client. One process (role all) on PostgreSQL (BENCH_PG_URL) with Redis when BENCH_REDIS_URL is
 * set, and on embedded PGlite. Prints figures; never fails on timing.
 *
 * Then the import backlog: a 3,000-row CSV product import (BENCH_IMPORT_ROWS) commits while the
 * relay is stopped; then 1 or 2 relays (as 1 or 2 worker replicas would run them; here in one
 * process) drain it. Reports events/s relayed to the bus (outbox empty) and events/s received by
 * the webhook receiver (every event delivered), from the moment the relays start.
 *
 *   node --import tsx bench/events.ts       (BENCH_EVENTS, BENCH_LATENCY_SAMPLES, BENCH_IMPORT_ROWS, BENCH_RELAY_WORKERS=1,2, BENCH_BACKLOG=import,plain, BENCH_EVENTS_PARTS=live,import, BENCH_PG_URL, BENCH_REDIS_URL, BENCH_DB=pg|pglite|both)
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { io } from 'socket.io-client';
import { createInventra, type Inventra } from '../src/inventra';
import { loadConfig } from '../src/platform/config';
import { recordEvent, recordEvents } from '../src/platform/events/outbox';
import { OutboxRelay } from '../src/platform/events/relay';

const SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? '';
const EVENTS = Number(process.env.BENCH_EVENTS ?? 3000);
const SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 200);
const WRITERS = 16;
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 3000);

export interface EventsBenchResult {
  database: string;
  events: number;
  eventsPerSecond: number;
  /** Delivery on its own: a 3,000-SKU backlog already fanned out, sent once the endpoint is enabled. */
  deliveryOnlyPerSecond: number;
  /** Event commit → request at a fast receiver while a 10 s receiver gets the same events. */
  fastP99WithSlowMs: number;
  webhookRequests: number;
  socketSamples: number;
  socketP50Ms: number;
  socketP99Ms: number;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** The receiver is a child process, so a busy embedded database in this process cannot delay its answers. */
const RECEIVER = `
const http = require('node:http');
const delay = Number(process.env.RECEIVER_DELAY_MS || 0);
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    process.send(String(req.headers['webhook-id']));
    setTimeout(() => res.writeHead(204).end(), delay);
  });
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
`;

async function receiver(delayMs = 0, onRequest?: (eventId: string) => void) {
  const seen = new Set<string>();
  let requests = 0;
  let onAll: (() => void) | null = null;
  let target = Infinity;
  const child = spawn(process.execPath, ['-e', RECEIVER], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, RECEIVER_DELAY_MS: String(delayMs) } });
  const port = await new Promise<number>((resolve) =>
    child.on('message', (m: unknown) => {
      if (typeof m === 'object' && m !== null) return resolve((m as { port: number }).port);
      requests++;
      onRequest?.(String(m));
      seen.add(String(m));
      if (seen.size >= target) onAll?.();
    }),
  );
  return {
    url: `http://127.0.0.1:${port}/hook`,
    seen,
    requests: () => requests,
    waitFor(n: number) {
      target = n;
      return seen.size >= n ? Promise.resolve() : new Promise<void>((r) => (onAll = r));
    },
    close: async () => {
      child.disconnect();
      child.kill();
    },
  };
}

async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `inventra_bench_events_${process.pid}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: SERVER });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function benchApp(kind: 'pg' | 'pglite', tag: string) {
  const scratch = kind === 'pg' ? await scratchDatabase() : null;
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-events-jwt-secret-0123456789-abcdefghij',
    DATABASE_URL: scratch?.url ?? 'memory://',
    INVENTRA_DATA_DIR: `/tmp/inventra-bench-events-${process.pid}-${tag}`,
    ...(REDIS && kind === 'pg' ? { REDIS_URL: REDIS } : {}),
    INVENTRA_ADMIN_EMAIL: 'bench@example.com',
    INVENTRA_ADMIN_PASSWORD: 'bench-password-1',
    WEBHOOK_ALLOW_PRIVATE: '1',
    RATE_LIMIT_PER_MINUTE: '0',
    DATABASE_CONNECT_TIMEOUT_MS: '30000',
    LOG_LEVEL: 'error',
    INVENTRA_DEMO: '0',
    PORT: '0',
  });
  const app: Inventra = await createInventra(config);
  await app.bootstrap();
  const base = await app.start();
  const r = await receiver();
  const login = await (await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password-1' }) })).json();
  const auth = { authorization: `Bearer ${login.accessToken}`, 'content-type': 'application/json' };
  return {
    app,
    base,
    r,
    login,
    auth,
    async close() {
      await r.close();
      await app.close();
      await scratch?.drop();
    },
  };
}

export interface ImportBenchResult {
  database: string;
  backlog: string;
  workers: number;
  events: number;
  relayedPerSecond: number;
  deliveredPerSecond: number;
  webhookRequests: number;
}

/** The import backlog drained by `workers` relays: events/s to the bus, and to the webhook receiver. */
/**
 * `source` 'import': the CSV import's own events (product.*, inventory.updated: the catalog's
 * per-event stock read model runs too). 'plain': as many events recorded directly, one aggregate
 * per row, that only the webhook fan-out and Socket.IO take: the relay's own cost.
 */
export async function runImportBench(kind: 'pg' | 'pglite', workers: number, source: 'import' | 'plain' = 'import'): Promise<ImportBenchResult> {
  const { app, base, r, auth, close } = await benchApp(kind, `import${workers}`);
  const relays: OutboxRelay[] = [];
  try {
    const hook = await fetch(`${base}/v1/admin/webhooks`, { method: 'POST', headers: auth, body: JSON.stringify({ url: r.url, events: ['product.*', 'bench.*'] }) });
    if (hook.status !== 201) throw new Error(`webhook create failed: ${hook.status}`);
    await app.relay!.stop();
    if (source === 'plain') {
      for (let i = 0; i < IMPORT_ROWS; i += 100) {
        const batch = Array.from({ length: Math.min(100, IMPORT_ROWS - i) }, (_, j) => ({ type: 'bench.backlog', aggregateType: 'stock', aggregateId: `BENCH-${i + j}`, data: { n: i + j } }));
        await app.platform.db.transaction().execute((tx) => recordEvents(tx, batch));
      }
    }
    const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => `bench-${i},Bench product ${i},,,published,BENCH-${i},${1000 + i},,,,${i % 50}`);
    const csv = ['slug,title,description,category,status,sku,price,compare_at_price,option_size,option_color,stock', ...rows].join('\n');
    const res = source === 'plain' ? null : await fetch(`${base}/v1/admin/products/import`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: csv });
    if (res && res.status !== 202 && res.status !== 200) throw new Error(`import failed: ${res.status} ${await res.text()}`);
    if (res?.status === 202) {
      const { id } = await res.json();
      for (;;) {
        const st = await (await fetch(`${base}/v1/admin/imports/${id}`, { headers: auth })).json();
        if (st.status === 'failed') throw new Error(`import failed: ${JSON.stringify(st.errors).slice(0, 300)}`);
        if (st.status === 'done') break;
        await new Promise((res) => setTimeout(res, 200));
      }
    }
    const backlog = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from events.outbox where published_at is null`.execute(app.platform.db)).rows[0].n;
    const events = await backlog();
    const webhookEvents = (await sql<{ n: number }>`select count(*)::int as n from events.outbox where published_at is null and (type like 'product.%' or type like 'bench.%')`.execute(app.platform.db)).rows[0].n;
    const started = performance.now();
    for (let i = 0; i < workers; i++) {
      const relay = new OutboxRelay(app.platform.database, app.platform.bus, app.platform.log, app.platform.metrics);
      relays.push(relay);
      await relay.start();
    }
    while ((await backlog()) > 0) await new Promise((res) => setTimeout(res, 20));
    const relayed = (performance.now() - started) / 1000;
    const finished = await Promise.race([r.waitFor(webhookEvents).then(() => true), new Promise<false>((res) => setTimeout(() => res(false), 180_000).unref())]);
    if (!finished) process.stderr.write(`  ${kind}: only ${r.seen.size}/${webhookEvents} delivered within 180 s\n`);
    const delivered = (performance.now() - started) / 1000;
    return {
      database: kind === 'pg' ? `PostgreSQL${REDIS ? ' + Redis' : ''}` : 'PGlite (embedded)',
      backlog: source === 'import' ? `${IMPORT_ROWS}-row import` : `${IMPORT_ROWS} plain events`,
      workers,
      events,
      relayedPerSecond: Math.round(events / relayed),
      deliveredPerSecond: Math.round(r.seen.size / delivered),
      webhookRequests: r.requests(),
    };
  } finally {
    for (const relay of relays) await relay.stop();
    await close();
  }
}

export function printImportBench(results: ImportBenchResult[]): void {
  console.log('\nEvents: a backlog committed while the relay was stopped, drained by 1 or 2 relays');
  console.table(
    results.map((x) => ({
      database: x.database,
      backlog: x.backlog,
      'relay workers': x.workers,
      events: x.events,
      'events/s relayed to the bus': x.relayedPerSecond,
      'events/s delivered to the webhook receiver': x.deliveredPerSecond,
      'webhook requests': x.webhookRequests,
    })),
  );
}

export async function runEventsBench(kind: 'pg' | 'pglite'): Promise<EventsBenchResult> {
  const { app, base, r, login, auth, close } = await benchApp(kind, 'live');
  try {
    const hook = await fetch(`${base}/v1/admin/webhooks`, { method: 'POST', headers: auth, body: JSON.stringify({ url: r.url, events: ['bench.*'] }) });
    if (hook.status !== 201) throw new Error(`webhook create failed: ${hook.status}`);

    // Throughput: WRITERS concurrent transactions, one event each, until the receiver has them all.
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (next < EVENTS) {
          const i = next++;
          await app.platform.db.transaction().execute((tx) => recordEvent(tx, { type: 'bench.tick', aggregateType: 'bench', aggregateId: `w${i % WRITERS}`, data: { i } }));
        }
      }),
    );
    const progress = setInterval(async () => {
      const { rows } = await sql<{ unpublished: number; pending: number }>`select
        (select count(*)::int from events.outbox where published_at is null) as unpublished,
        (select count(*)::int from webhooks.deliveries where status = 'pending') as pending`.execute(app.platform.db);
      process.stderr.write(`  ${kind}: ${r.seen.size}/${EVENTS} delivered; outbox backlog ${rows[0].unpublished}, deliveries pending ${rows[0].pending}\n`);
    }, 5000);
    // A deadline, so a stuck run reports what it managed instead of hanging.
    const finished = await Promise.race([r.waitFor(EVENTS).then(() => true), new Promise<false>((res) => setTimeout(() => res(false), 180_000).unref())]);
    clearInterval(progress);
    if (!finished) process.stderr.write(`  ${kind}: only ${r.seen.size}/${EVENTS} delivered within 180 s\n`);
    const seconds = (performance.now() - started) / 1000;
    const delivered = r.seen.size;

    const deliveryOnlyPerSecond = await deliveryOnly(app, base, auth);
    const fastP99WithSlowMs = await isolation(app, base, auth);

    // Latency: a state change over HTTP until the Socket.IO client has its event.
    const socket = io(base, { path: '/v1/realtime', transports: ['websocket'], auth: { token: login.accessToken } });
    await new Promise<void>((res, rej) => {
      socket.on('connect', () => res());
      socket.on('connect_error', rej);
    });
    let waiting: (() => void) | null = null;
    socket.on('settings.updated', () => waiting?.());
    const latencies: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const got = new Promise<void>((res) => (waiting = res));
      const t0 = performance.now();
      const res = await fetch(`${base}/v1/admin/settings`, { method: 'PATCH', headers: auth, body: JSON.stringify({ storeName: `Bench ${i}` }) });
      if (res.status !== 200) throw new Error(`settings patch failed: ${res.status}`);
      await got;
      latencies.push(performance.now() - t0);
    }
    socket.disconnect();
    latencies.sort((a, b) => a - b);
    return {
      database: kind === 'pg' ? `PostgreSQL${REDIS ? ' + Redis' : ''}` : 'PGlite (embedded)',
      events: EVENTS,
      eventsPerSecond: Math.round(delivered / seconds),
      deliveryOnlyPerSecond,
      fastP99WithSlowMs,
      webhookRequests: r.requests(),
      socketSamples: latencies.length,
      socketP50Ms: Math.round(pct(latencies, 50) * 10) / 10,
      socketP99Ms: Math.round(pct(latencies, 99) * 10) / 10,
    };
  } finally {
    await close();
  }
}

type Auth = Record<string, string>;

const createHook = async (base: string, auth: Auth, body: Record<string, unknown>) => {
  const res = await fetch(`${base}/v1/admin/webhooks`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`webhook create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
};

/** One event per SKU, as a stock import writes them: `n` distinct aggregates in batches of 100 per transaction. */
async function importEvents(app: Inventra, type: string, n: number, tag: string, committed = new Map<string, number>()): Promise<Map<string, number>> {
  for (let i = 0; i < n; i += 100) {
    const ids = await app.platform.db.transaction().execute(async (tx) => {
      const out: string[] = [];
      for (let k = i; k < Math.min(n, i + 100); k++) out.push((await recordEvent(tx, { type, aggregateType: 'sku', aggregateId: `${tag}-${k}`, data: { sku: `${tag}-${k}`, onHand: k } })).id);
      return out;
    });
    const at = performance.now();
    for (const id of ids) committed.set(id, at);
  }
  return committed;
}

/** Delivery alone: the backlog is fanned out while the endpoint is disabled (whileDisabled keep), then it is enabled and timed. */
async function deliveryOnly(app: Inventra, base: string, auth: Auth): Promise<number> {
  const r = await receiver();
  try {
    const hook = await createHook(base, auth, { url: r.url, events: ['stock.*'], whileDisabled: 'keep' });
    await fetch(`${base}/v1/admin/webhooks/${hook.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ enabled: false }) });
    await importEvents(app, 'stock.updated', EVENTS, 'do');
    for (;;) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from webhooks.deliveries where endpoint_id = ${hook.id}`.execute(app.platform.db);
      if (rows[0].n >= EVENTS) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    const started = performance.now();
    await fetch(`${base}/v1/admin/webhooks/${hook.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ enabled: true }) });
    await Promise.race([r.waitFor(EVENTS), new Promise((res) => setTimeout(res, 120_000).unref())]);
    const rate = Math.round(r.seen.size / ((performance.now() - started) / 1000));
    await fetch(`${base}/v1/admin/webhooks/${hook.id}`, { method: 'DELETE', headers: auth });
    return rate;
  } finally {
    await r.close();
  }
}

/** A receiver answering after 10 s beside a fast one, both subscribed to the same 3,000 events: the fast one's commit → request p99. */
async function isolation(app: Inventra, base: string, auth: Auth): Promise<number> {
  const committed = new Map<string, number>();
  const arrived = new Map<string, number>();
  const fast = await receiver(0, (id) => {
    if (!arrived.has(id)) arrived.set(id, performance.now());
  });
  const slow = await receiver(10_000);
  try {
    const hooks = [await createHook(base, auth, { url: fast.url, events: ['iso.*'] }), await createHook(base, auth, { url: slow.url, events: ['iso.*'] })];
    await importEvents(app, 'iso.updated', EVENTS, 'iso', committed);
    await Promise.race([fast.waitFor(EVENTS), new Promise((res) => setTimeout(res, 120_000).unref())]);
    // commit (noted when the transaction returned) → first request at the fast receiver
    const latencies = [...committed].map(([id, at]) => Math.max(0, (arrived.get(id) ?? performance.now()) - at));
    for (const h of hooks) await fetch(`${base}/v1/admin/webhooks/${h.id}`, { method: 'DELETE', headers: auth });
    latencies.sort((a, b) => a - b);
    return Math.round(pct(latencies, 99));
  } finally {
    await fast.close();
    await slow.close();
  }
}

export function printEventsBench(results: EventsBenchResult[]): void {
  console.log('\nEvents: outbox → webhook receiver (loopback), state change → Socket.IO client');
  console.table(
    results.map((x) => ({
      database: x.database,
      events: x.events,
      'events/s (outbox→webhook)': x.eventsPerSecond,
      'events/s (delivery only)': x.deliveryOnlyPerSecond,
      'fast p99 ms beside 10 s receiver': x.fastP99WithSlowMs,
      'webhook requests': x.webhookRequests,
      'socket p50 ms': x.socketP50Ms,
      'socket p99 ms': x.socketP99Ms,
    })),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const which = process.env.BENCH_DB ?? 'both';
  const parts = process.env.BENCH_EVENTS_PARTS ?? 'live,import';
  if (parts.includes('live')) {
    const results: EventsBenchResult[] = [];
    if (which !== 'pglite') results.push(await runEventsBench('pg'));
    if (which !== 'pg') results.push(await runEventsBench('pglite'));
    printEventsBench(results);
  }
  const imports: ImportBenchResult[] = [];
  if (!parts.includes('import')) process.exit(0);
  const workers = (process.env.BENCH_RELAY_WORKERS ?? '1,2').split(',').map(Number);
  const sources = (process.env.BENCH_BACKLOG ?? 'import,plain').split(',') as ('import' | 'plain')[];
  for (const source of sources) {
    if (which !== 'pglite') for (const w of workers) imports.push(await runImportBench('pg', w, source));
    if (which !== 'pg') imports.push(await runImportBench('pglite', 1, source));
  }
  printImportBench(imports);
  process.exit(0);
}
