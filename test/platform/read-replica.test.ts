import { afterAll, describe, expect, it } from 'vitest';
import { makeProduct } from '../helpers/order-fixtures';
import { ConfigError, loadConfig } from '../../src/platform/config';
import { isDatabaseUnavailable } from '../../src/platform/db/database';
import { serverDatabase } from '../events/processes';
import { createTestApp, freshDatabaseUrl, type TestApp } from '../helpers/app';

describe('operations configuration', () => {
  it('validates DATABASE_READ_URL and the timeouts', () => {
    const base = { NODE_ENV: 'test', INVENTRA_DATA_DIR: '/tmp/inventra-config-test' };
    expect(() => loadConfig({ ...base, DATABASE_READ_URL: 'postgres://replica/db' })).toThrow(/DATABASE_READ_URL must be unset unless DATABASE_URL/);
    expect(() => loadConfig({ ...base, DATABASE_URL: 'postgres://p/db', DATABASE_READ_URL: 'mysql://r/db' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
    expect(() => loadConfig({ ...base, REDIS_TIMEOUT_MS: '0' })).toThrow(/REDIS_TIMEOUT_MS/);
    const c = loadConfig({ ...base, DATABASE_URL: 'postgres://p/db', DATABASE_READ_URL: 'postgres://r/db', DATABASE_IDLE_TX_TIMEOUT_MS: '0' });
    expect(c.databaseReadUrl).toBe('postgres://r/db');
    expect(c.databaseTimeouts).toEqual({ connectMs: 5000, statementMs: 30_000, idleInTransactionMs: 0 });
  });

  it('tells a database that is away from a request the database refused', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' });
    const refused = Object.assign(new AggregateError([Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })]), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(terminated)).toBe(true);
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('cannot connect now'), { code: '57P03' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505', severity: 'ERROR' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601', severity: 'ERROR' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
  });
});

/** Storefront cache misses read from the replica: a replica that has not seen a product does not list it. */
describe.skipIf(!serverDatabase())('DATABASE_READ_URL', () => {
  let t: TestApp;
  let replica: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  afterAll(async () => {
    await t?.dispose();
    await replica?.drop?.();
  });

  it('sends storefront reads to the replica and writes to the primary', async () => {
    replica = await freshDatabaseUrl();
    t = await createTestApp({ DATABASE_READ_URL: replica.url });
    const admin = await t.login('admin');
    const p = await makeProduct(t, admin, [{ price: 1200, stock: 3 }]);
    // The primary has it (admin reads), the "replica" (a database that never received it) does not.
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/products/${p.id}`, headers: admin.auth })).statusCode).toBe(200);
    const listed = await t.app.inject({ method: 'GET', url: '/v1/store/products' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    const report = await t.app.inject({ method: 'GET', url: '/v1/admin/analytics/summary', headers: admin.auth });
    expect(report.statusCode).toBeLessThan(500);
  });
});
