import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server';
import pg from 'pg';

/**
 * Private PostgreSQL and Redis instances for fault tests: they are stopped, frozen and restarted
 * on purpose, so they must never be the shared servers on 5432/6379.
 */

const PG_BIN = (() => {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
})();

export const havePostgresBinaries = Boolean(PG_BIN && existsSync(join(PG_BIN, 'initdb')));
export const haveRedisServer = (() => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** initdb refuses root: run PostgreSQL's tools as the postgres user when we are root. */
function asPostgres(cmd: string, args: string[]): { file: string; args: string[] } {
  if (process.getuid?.() !== 0) return { file: cmd, args };
  return { file: 'runuser', args: ['-u', 'postgres', '--', cmd, ...args] };
}

function pgTool(tool: string, args: string[], opts: { timeout?: number } = {}) {
  const c = asPostgres(join(PG_BIN!, tool), args);
  return execFileSync(c.file, c.args, { stdio: 'pipe', timeout: opts.timeout ?? 60_000 }).toString();
}

export interface PrivatePostgres {
  port: number;
  url(db?: string): string;
  stop(): void;
  start(): void;
  /** Stops (SIGSTOP) or resumes (SIGCONT) the postmaster and every backend: a frozen server. */
  freeze(): void;
  thaw(): void;
  /** Ends every connection to `db` except the caller's (as a failover or an admin would). */
  terminate(db: string): Promise<number>;
  destroy(): void;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'inventra-pg-'));
  if (process.getuid?.() === 0) {
    const pw = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const gr = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(pw), Number(gr));
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const port = await freePort();
  pgTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB`;
  const start = () => void pgTool('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  start();
  const url = (db = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    port,
    url,
    start,
    stop: () => void pgTool('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']),
    freeze: () => signalAll(data, 'SIGSTOP'),
    thaw: () => signalAll(data, 'SIGCONT'),
    async terminate(db) {
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        const { rows } = await client.query('select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [db]);
        return rows.length;
      } finally {
        await client.end();
      }
    },
    destroy() {
      try {
        pgTool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], { timeout: 30_000 });
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The postmaster (first line of postmaster.pid) and its children, the backends. */
function signalAll(data: string, signal: NodeJS.Signals) {
  const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)]).toString().split('\n').map((l) => Number(l.trim())).filter(Boolean);
  for (const pid of [postmaster, ...children]) {
    try {
      process.kill(pid, signal);
    } catch {
      /* exited meanwhile */
    }
  }
}

export interface PrivateRedis {
  port: number;
  url: string;
  child: ChildProcess;
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
}

/** A redis-server on 127.0.0.1:port without persistence, once it accepts connections. */
export function spawnRedis(port: number): Promise<ChildProcess> {
  return new Promise<ChildProcess>((resolve, reject) => {
    const c = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    c.stdout!.on('data', (d) => {
      out += d;
      if (/ready to accept connections/i.test(out)) resolve(c);
    });
    c.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const child = await spawnRedis(port);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    child,
    freeze: () => void child.kill('SIGSTOP'),
    thaw: () => void child.kill('SIGCONT'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGCONT');
        child.kill('SIGKILL');
      }),
  };
}

/** Polls until `check` passes; the deadline only bounds a hang, it asserts nothing about speed. */
export async function eventually(check: () => Promise<boolean>, what: string, deadlineMs = 30_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never happened: ${what}`);
}

/**
 * A private PostgreSQL (with database `db` created) and Redis for tests that run the real
 * processes, and the environment those processes need: `name` keeps their data apart.
 */
export async function startPrivateStack(db: string, name: string, admin: { email: string; password: string }) {
  const [pgServer, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
  const client = new pg.Client({ connectionString: pgServer.url() });
  await client.connect();
  await client.query(`create database ${db}`);
  await client.end();
  const env = {
    DATABASE_URL: pgServer.url(db),
    REDIS_URL: redis.url,
    JWT_SECRET: `${name}-jwt-secret-0123456789-abcdefghij`,
    INVENTRA_ADMIN_EMAIL: admin.email,
    INVENTRA_ADMIN_PASSWORD: admin.password,
    INVENTRA_DATA_DIR: `/tmp/inventra-${name}-${process.pid}`,
  };
  return { pgServer, redis, env };
}
