/**
 * `npm run bench -- startup`: start time and idle memory of the server as an operator runs it
 * (`node --max-semi-space-size=2 bin/inventra.mjs serve`, the compiled build), on the embedded
 * default (a fresh data dir: first start loads the demo shop, then warm starts) and on PostgreSQL.
 *
 * Per start: wall time from spawn to the first 200 from /healthz and from /readyz, CPU time
 * (user+sys of the process, from /proc) at readiness, which a loaded machine disturbs far less
 * than wall time, and the resident set (VmRSS) after sitting idle.
 *
 *   node --import tsx bench/startup.ts [--warm 3] [--idle 20] [--only embedded|postgres] [--flags '--x --y']
 *     [--data-dir DIR --pg-db NAME --skip-first]   (reuse a data dir / database that has the demo shop)
 *
 * PostgreSQL: a private database `inventra_bench_startup` on STARTUP_PG (default
 * postgres://postgres@127.0.0.1:5432), dropped and created at each run; REDIS_URL is passed on
 * only when set in the environment.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const WARM = Number(arg('warm', '3'));
const IDLE_S = Number(arg('idle', '20'));
const ONLY = arg('only', '');
// Node flags for the server process; `npm start` passes --max-semi-space-size=2.
const FLAGS = arg('flags', '--max-semi-space-size=2').split(' ').filter(Boolean);
const SKIP_FIRST = process.argv.includes('--skip-first');
const PG_BASE = (process.env.STARTUP_PG ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
const PG_DB = 'inventra_bench_startup';
const TICK = 100; // clock ticks per second (getconf CLK_TCK on Linux)

interface Sample {
  healthzMs: number;
  readyzMs: number;
  cpuMs: number;
  rssMb: number | null;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

const cpuMs = (pid: number) => {
  // Fields after the command name "(…)": utime is the 14th and stime the 15th of the whole line.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / TICK;
};
const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};

async function until200(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`${url}: no 200 within ${timeoutMs} ms`);
}

async function startOnce(env: NodeJS.ProcessEnv, idleS: number): Promise<Sample> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...FLAGS, join(root, 'bin/inventra.mjs'), 'serve'], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await until200(`${base}/healthz`, child, 120_000);
    const healthzMs = performance.now() - started;
    await until200(`${base}/readyz`, child, 120_000);
    const readyzMs = performance.now() - started;
    const cpu = cpuMs(child.pid!);
    let rss: number | null = null;
    if (idleS > 0) {
      await new Promise((r) => setTimeout(r, idleS * 1000));
      rss = rssMb(child.pid!);
    }
    return { healthzMs, readyzMs, cpuMs: cpu, rssMb: rss };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const r0 = (n: number | null) => (n === null ? '–' : String(Math.round(n)));

interface Row {
  db: string;
  first: Sample;
  warm: Sample[];
}

async function measure(db: string, env: NodeJS.ProcessEnv): Promise<Row> {
  console.log(`  ${db}: first start (demo shop loads) …`);
  const first = SKIP_FIRST ? { healthzMs: NaN, readyzMs: NaN, cpuMs: NaN, rssMb: null } : await startOnce(env, IDLE_S);
  if (!SKIP_FIRST) console.log(`    healthz ${r0(first.healthzMs)} ms, readyz ${r0(first.readyzMs)} ms, cpu ${r0(first.cpuMs)} ms, rss ${r0(first.rssMb)} MB`);
  const warm: Sample[] = [];
  for (let i = 0; i < WARM; i++) {
    const s = await startOnce(env, IDLE_S);
    console.log(`    warm ${i + 1}: healthz ${r0(s.healthzMs)} ms, readyz ${r0(s.readyzMs)} ms, cpu ${r0(s.cpuMs)} ms, rss ${r0(s.rssMb)} MB`);
    warm.push(s);
  }
  return { db, first, warm };
}

function pgAdmin(cmd: 'dropdb' | 'createdb') {
  const url = new URL(PG_BASE);
  const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
  const res = spawnSync(cmd, cmd === 'dropdb' ? [...args, '--if-exists', '--force', PG_DB] : [...args, PG_DB], { stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`${cmd} ${PG_DB} failed`);
}

// The compiled server, as `npm start` would run it.
spawnSync(process.execPath, [join(root, 'scripts/build-server.mjs'), '--if-needed'], { stdio: 'inherit' });

const rows: Row[] = [];
const baseEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', INVENTRA_DEMO: '1' };
delete baseEnv.DATABASE_URL;
delete baseEnv.INVENTRA_FROM_SOURCE;
if (ONLY !== 'postgres') {
  const given = arg('data-dir', '');
  const dir = given || mkdtempSync(join(tmpdir(), 'inventra-startup-'));
  try {
    const env: NodeJS.ProcessEnv = { ...baseEnv, INVENTRA_DATA_DIR: dir };
    delete env.REDIS_URL;
    rows.push(await measure('embedded', env));
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}
if (ONLY !== 'embedded') {
  const dir = mkdtempSync(join(tmpdir(), 'inventra-startup-'));
  const givenDb = arg('pg-db', '');
  if (!givenDb) {
    pgAdmin('dropdb');
    pgAdmin('createdb');
  }
  try {
    const redis = process.env.REDIS_URL ? ' + Redis' : '';
    rows.push(await measure(`postgres${redis}`, { ...baseEnv, INVENTRA_DATA_DIR: dir, DATABASE_URL: `${PG_BASE}/${givenDb || PG_DB}` }));
  } finally {
    if (!givenDb) pgAdmin('dropdb');
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`\n| database | start | /healthz ms | /readyz ms | CPU ms at ready | RSS MB after ${IDLE_S} s idle |`);
console.log('|---|---|---:|---:|---:|---:|');
for (const r of rows) {
  const f = r.first;
  if (!SKIP_FIRST) console.log(`| ${r.db} | first | ${r0(f.healthzMs)} | ${r0(f.readyzMs)} | ${r0(f.cpuMs)} | ${r0(f.rssMb)} |`);
  if (r.warm.length) {
    const m = (k: keyof Sample) => median(r.warm.map((s) => s[k] ?? NaN));
    console.log(`| ${r.db} | warm (median of ${r.warm.length}) | ${r0(m('healthzMs'))} | ${r0(m('readyzMs'))} | ${r0(m('cpuMs'))} | ${r0(m('rssMb'))} |`);
  }
}
