/**
 * `npm run bench`: autocannon against the real server (`node bin/inventra.mjs serve`, a child
 * process), beside a bare Fastify route in the same run, on the embedded default and on
 * PostgreSQL + Redis (a fresh database on 127.0.0.1:5432, dropped afterwards). Prints req/s and
 * latency p50/p99; never fails on timing.
 *
 *   npm run bench -- [--only healthz,me] [--db embedded|postgres] [--duration 5] [--connections 50]
 *
 * Scenarios are files: `bench/scenarios/<name>.ts` default-exporting `(ctx: BenchContext) => Promise<void>`
 * (see bench/harness.ts); `--only` takes their names (and `bare` for the baseline).
 * Environment: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_REDIS_URL (default redis://127.0.0.1:6379/12, a database index of its own).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type BenchContext, type BenchRow, measureWith, printTable, type Scenario } from './harness';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..');
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/12';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    db: { type: 'string' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    help: { type: 'boolean', short: 'h' },
  },
});

const scenarioFiles = readdirSync(join(HERE, 'scenarios'))
  .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
  .sort()
  .map((f) => ({ name: basename(f, '.ts'), path: join(HERE, 'scenarios', f) }));

if (args.help) {
  console.log(`usage: npm run bench -- [--only ${['bare', ...scenarioFiles.map((s) => s.name)].join(',')}] [--db embedded|postgres] [--duration s] [--connections n]`);
  process.exit(0);
}

const only = args.only ? new Set(args.only.split(',').map((s) => s.trim())) : null;
const unknown = only ? [...only].filter((n) => n !== 'bare' && !scenarioFiles.some((s) => s.name === n)) : [];
if (unknown.length) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; known: bare, ${scenarioFiles.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const dbs = (args.db ? [args.db] : ['embedded', 'postgres']) as BenchContext['db'][];
if (dbs.some((d) => d !== 'embedded' && d !== 'postgres')) {
  console.error('--db must be embedded or postgres');
  process.exit(2);
}
const defaults = { durationSeconds: Number(args.duration), connections: Number(args.connections) };
if (!(defaults.durationSeconds > 0) || !(defaults.connections > 0)) {
  console.error('--duration and --connections must be positive numbers');
  process.exit(2);
}

const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void>)[] = [];
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

/** Spawns a process and resolves with the first stdout match of `ready`. */
function start(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      const m = ready.exec(out);
      if (m) resolve({ child, match: m });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      children.delete(child);
      reject(new Error(`${args.join(' ')} exited (${code}) before it was ready:\n${out}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function post(url: string, body: unknown): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${url} → ${res.status} ${await res.text()}`);
  return res.json();
}

async function freshPostgres(): Promise<string> {
  const name = `inventra_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function runDatabase(db: BenchContext['db'], rows: BenchRow[]): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'inventra-bench-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const admin = { email: 'bench-admin@example.com', password: 'bench admin password' };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    PORT: '0',
    HOST: '127.0.0.1',
    INVENTRA_DATA_DIR: dataDir,
    INVENTRA_DEMO: '0',
    INVENTRA_ADMIN_EMAIL: admin.email,
    INVENTRA_ADMIN_PASSWORD: admin.password,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
  };
  if (db === 'postgres') {
    env.DATABASE_URL = await freshPostgres();
    env.REDIS_URL = REDIS_URL;
  }
  console.log(`\n== ${db}${db === 'postgres' ? ` (${new URL(env.DATABASE_URL!).pathname.slice(1)}, Redis ${REDIS_URL})` : ' (PGlite, in-process cache)'} ==`);
  const { child, match } = await start([join(ROOT, 'bin/inventra.mjs'), 'serve'], env, /Storefront\s+(http:\/\/\S+?)\/\s/);
  const baseUrl = match[1].replace('://localhost', '://127.0.0.1');
  try {
    const customer = { email: `bench-customer-${Date.now()}@example.com`, password: 'bench customer password' };
    await post(`${baseUrl}/v1/auth/register`, { ...customer, name: 'Bench Customer' });
    const tokens = async () => ({
      admin: (await post(`${baseUrl}/v1/auth/login`, admin)).accessToken as string,
      customer: (await post(`${baseUrl}/v1/auth/login`, customer)).accessToken as string,
    });

    for (const s of scenarioFiles) {
      if (only && !only.has(s.name)) continue;
      const mod = (await import(pathToFileURL(s.path).href)) as { default?: Scenario };
      if (typeof mod.default !== 'function') throw new Error(`bench/scenarios/${s.name}.ts must default-export a scenario function`);
      const ctx: BenchContext = {
        db,
        baseUrl,
        tokens: await tokens(),
        credentials: { admin, customer },
        defaults,
        measure: async (name, opts) => {
          const row = await measureWith(db, baseUrl, defaults, name, opts);
          rows.push(row);
          return row;
        },
      };
      await mod.default(ctx);
    }
  } finally {
    await stop(child);
  }
}

async function main() {
  console.log(`Inventra bench: ${defaults.durationSeconds} s per scenario, ${defaults.connections} connections; ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
  const rows: BenchRow[] = [];
  try {
    if (!only || only.has('bare')) {
      console.log('\n== baseline: bare Fastify route (own process) ==');
      const { child, match } = await start(['--import', 'tsx', join(HERE, 'bare-server.ts')], { PATH: process.env.PATH, HOME: process.env.HOME }, /listening (http:\/\/\S+)/);
      try {
        rows.push(await measureWith('-', match[1], defaults, 'GET /bare (Fastify, no platform)', { url: '/bare' }));
      } finally {
        await stop(child);
      }
    }
    for (const db of dbs) await runDatabase(db, rows);
  } finally {
    for (const c of cleanups.reverse()) await c().catch((err) => console.error(`cleanup failed: ${(err as Error).message}`));
  }
  printTable(rows);
}

await main();
