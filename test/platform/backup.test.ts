import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshServerDatabase, type Proc, serverDatabase, startProcess, stopProcess } from '../events/processes';

/** `inventra backup` / `inventra restore` as an operator runs them: backup, more writes, restore. */
const BIN = new URL('../../bin/inventra.mjs', import.meta.url).pathname;
const ADMIN = { email: 'backup-admin@example.com', password: 'backup-admin-password' };
const dirs: string[] = [];
const procs: Proc[] = [];

afterAll(async () => {
  for (const p of procs) await stopProcess(p);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'inventra-backup-test-'));
  dirs.push(d);
  return d;
};

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', LOG_LEVEL: 'warn', INVENTRA_DEMO: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

async function withServer<T>(env: Record<string, string>, fn: (call: (method: string, path: string, body?: unknown) => Promise<any>) => Promise<T>): Promise<T> {
  const proc = await startProcess('all', { ...env, INVENTRA_ADMIN_EMAIL: ADMIN.email, INVENTRA_ADMIN_PASSWORD: ADMIN.password });
  procs.push(proc);
  try {
    const login = await (await fetch(`${proc.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })).json();
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${proc.url}${path}`, { method, headers: { authorization: `Bearer ${login.accessToken}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
      return { status: res.status, body: await res.json() };
    };
    return await fn(call);
  } finally {
    await stopProcess(proc);
  }
}

const storeName = (name: string) => async (call: (m: string, p: string, b?: unknown) => Promise<any>) => {
  expect((await call('PATCH', '/v1/admin/settings', { storeName: name })).status).toBe(200);
};
const readStoreName = async (call: (m: string, p: string) => Promise<any>) => (await call('GET', '/v1/store/settings')).body.storeName as string;
const MEDIA = `${'ab'.repeat(20)}.webp`;

describe('backup and restore', () => {
  // Each pass of CI covers its own database: the embedded run here, PostgreSQL with DATABASE_URL.
  it.skipIf(Boolean(serverDatabase()))('embedded: a consistent backup of the database and media; restore brings back the data as of the backup', async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'backup.tar.gz');
    const env = { INVENTRA_DATA_DIR: dataDir };
    await withServer(env, storeName('Before the backup'));
    mkdirSync(join(dataDir, 'media'), { recursive: true });
    writeFileSync(join(dataDir, 'media', MEDIA), 'image bytes');

    // A running server owns the data dir: the backup refuses rather than read it mid-write.
    const proc = await startProcess('all', env);
    procs.push(proc);
    const busy = await cli(['backup', '--out', file], env);
    expect(busy.code).toBe(1);
    expect(busy.out).toMatch(/in use by another Inventra process \(pid \d+\)/);
    // So does a second server (two processes writing one PGlite data dir would corrupt it).
    const second = await cli(['serve'], { ...env, PORT: '0' });
    expect(second.code).toBe(1);
    expect(second.out).toMatch(/in use by another Inventra process/);
    await stopProcess(proc);

    const done = await cli(['backup', '--out', file], env);
    expect(done.code, done.out).toBe(0);
    expect(existsSync(file)).toBe(true);

    await withServer(env, storeName('After the backup'));
    writeFileSync(join(dataDir, 'media', `${'cd'.repeat(20)}.webp`), 'later bytes');

    const refused = await cli(['restore', '--in', file], env);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('--force');
    const restored = await cli(['restore', '--in', file, '--force'], env);
    expect(restored.code, restored.out).toBe(0);
    expect(await withServer(env, readStoreName)).toBe('Before the backup');
    expect(readFileSync(join(dataDir, 'media', MEDIA), 'utf8')).toBe('image bytes');
    expect(existsSync(join(dataDir, 'media', `${'cd'.repeat(20)}.webp`))).toBe(false);

    // Into a new, empty data dir (another machine) no --force is needed.
    const elsewhere = { INVENTRA_DATA_DIR: tempDir() };
    expect((await cli(['restore', '--in', file], elsewhere)).code).toBe(0);
    expect(await withServer(elsewhere, readStoreName)).toBe('Before the backup');

    // A PostgreSQL restore of an embedded backup is refused with a clear line.
    const wrong = await cli(['restore', '--in', file], { INVENTRA_DATA_DIR: tempDir(), DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('backup of the embedded database');
  }, 600_000);

  it.skipIf(!serverDatabase())('PostgreSQL: pg_dump while the server runs; restore brings back the data as of the backup', async () => {
    const db = await freshServerDatabase();
    try {
      const env = { DATABASE_URL: db.url, INVENTRA_DATA_DIR: tempDir() };
      const file = join(tempDir(), 'backup.tar.gz');
      await withServer(env, async (call) => {
        await storeName('Before the backup')(call);
        const done = await cli(['backup', '--out', file], env);
        expect(done.code, done.out).toBe(0);
        await storeName('After the backup')(call);
      });
      const refused = await cli(['restore', '--in', file], env);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('--force');
      const restored = await cli(['restore', '--in', file, '--force'], env);
      expect(restored.code, restored.out).toBe(0);
      expect(await withServer(env, readStoreName)).toBe('Before the backup');
    } finally {
      await db.drop();
    }
  }, 300_000);
});
