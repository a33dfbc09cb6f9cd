import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Proc, startProcess, stopProcess } from '../events/processes';
import { eventually, havePostgresBinaries, type PrivatePostgres, startPrivatePostgres } from '../helpers/private-services';

/**
 * The real server against a private PostgreSQL that the test kills connections of, stops and
 * starts again: the process survives, answers 503 problem+json with Retry-After while the
 * database is away, and recovers (LISTEN included) without a restart.
 */
const ADMIN = { email: 'faults-admin@example.com', password: 'faults-admin-password' };
const DB = 'inventra_faults';

describe.skipIf(!havePostgresBinaries)('PostgreSQL faults (private instance)', () => {
  let pgServer: PrivatePostgres;
  let proc: Proc;
  let dataDir: string;

  beforeAll(async () => {
    pgServer = await startPrivatePostgres();
    const admin = new pg.Client({ connectionString: pgServer.url() });
    await admin.connect();
    await admin.query(`create database ${DB}`);
    await admin.end();
    dataDir = mkdtempSync(join(tmpdir(), 'inventra-faults-'));
    proc = await startProcess('all', {
      DATABASE_URL: pgServer.url(DB),
      INVENTRA_ADMIN_EMAIL: ADMIN.email,
      INVENTRA_ADMIN_PASSWORD: ADMIN.password,
      INVENTRA_DATA_DIR: dataDir,
      JWT_SECRET: 'faults-test-jwt-secret-0123456789-abcdefghij',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      // Short, so a frozen server is noticed quickly (the client-side limit is this + 5 s).
      DATABASE_STATEMENT_TIMEOUT_MS: '2000',
    });
  }, 300_000);

  afterAll(async () => {
    if (proc) await stopProcess(proc);
    pgServer?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${proc.url}${path}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', retryAfter: res.headers.get('retry-after'), body: text ? JSON.parse(text) : null };
  };
  const login = () => call('POST', '/v1/auth/login', ADMIN);
  const alive = () => proc.child.exitCode === null && proc.child.signalCode === null;
  const listening = async () => {
    const c = new pg.Client({ connectionString: pgServer.url() });
    await c.connect();
    try {
      const { rows } = await c.query(`select count(*)::int as n from pg_stat_activity where datname = $1 and query ilike 'listen %'`, [DB]);
      return rows[0].n >= 1;
    } finally {
      await c.end();
    }
  };

  it('survives connections terminated mid-load: failures are 503s, later requests recover, LISTEN comes back', async () => {
    const token = (await login()).body.accessToken as string;
    expect(token).toBeTruthy();
    expect(await listening()).toBe(true);
    const statuses: { status: number; type: string; retryAfter: string | null }[] = [];
    let stop = false;
    // Reads and write transactions in flight while the server ends every connection, three times.
    const worker = async (i: number) => {
      while (!stop) {
        const r = i % 3 === 0 ? await call('PATCH', '/v1/admin/settings', { storeName: `Shop ${i}-${Date.now()}` }, token) : i % 3 === 1 ? await login() : await call('GET', '/v1/admin/orders', undefined, token);
        statuses.push(r);
      }
    };
    const load = Promise.all(Array.from({ length: 9 }, (_, i) => worker(i)));
    let terminated = 0;
    for (let round = 0; round < 3; round++) {
      await new Promise((r) => setTimeout(r, 400));
      terminated += await pgServer.terminate(DB);
    }
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await load;
    expect(terminated).toBeGreaterThan(0);
    expect(alive(), proc.output.join('')).toBe(true);
    const failed = statuses.filter((s) => s.status >= 300);
    for (const f of failed) {
      expect(f.status).toBe(503);
      expect(f.type).toContain('application/problem+json');
      expect(f.retryAfter).toMatch(/^\d+$/);
    }
    // Every request afterwards succeeds, and events are woken by NOTIFY again.
    for (let i = 0; i < 5; i++) expect((await login()).status).toBe(200);
    expect((await call('PATCH', '/v1/admin/settings', { storeName: 'After the storm' }, token)).status).toBe(200);
    await eventually(listening, 'the LISTEN connection is re-established');
  });

  it('answers 503 problem+json with Retry-After while the database is stopped, and recovers without a restart', async () => {
    const token = (await login()).body.accessToken as string;
    pgServer.stop();
    try {
      const refused = await login();
      expect(refused.status).toBe(503);
      expect(refused.type).toContain('application/problem+json');
      expect(refused.body.code).toBe('unavailable');
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      const orders = await call('GET', '/v1/admin/orders', undefined, token);
      expect(orders.status).toBe(503);
      const ready = await call('GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.database).toBe('unreachable');
      expect((await call('GET', '/healthz')).status).toBe(200);
    } finally {
      pgServer.start();
    }
    await eventually(async () => (await login()).status === 200, 'login works again');
    expect((await call('GET', '/readyz')).status).toBe(200);
    expect((await call('PATCH', '/v1/admin/settings', { storeName: 'Back again' }, token)).status).toBe(200);
    await eventually(listening, 'the LISTEN connection is re-established after the restart');
    expect(alive()).toBe(true);
  });

  it('answers 503 instead of hanging while the database is frozen, and recovers when it thaws', async () => {
    const token = (await login()).body.accessToken as string;
    pgServer.freeze();
    try {
      // Without timeouts this request waited as long as the server stayed frozen.
      const frozen = await call('GET', '/v1/admin/orders', undefined, token);
      expect(frozen.status).toBe(503);
      expect(frozen.type).toContain('application/problem+json');
      expect(frozen.retryAfter).toMatch(/^\d+$/);
    } finally {
      pgServer.thaw();
    }
    await eventually(async () => (await call('GET', '/v1/admin/orders', undefined, token)).status === 200, 'answers again after the thaw');
    expect(alive()).toBe(true);
  });
});
