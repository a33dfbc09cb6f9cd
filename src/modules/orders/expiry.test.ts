import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClock, type TestApp } from '../../../test/helpers/app';
import { createInventra, type Inventra } from '../../inventra';
import { EXPIRY_QUEUE } from './service';
import { makeProduct, orderBody, stockOf } from '../../../test/helpers/order-fixtures';

const HOUR = 60 * 60 * 1000;
let second: Inventra | null = null;
let dropDb: (() => Promise<void>) | null = null;
afterAll(async () => {
  await second?.close();
  await dropDb?.();
});

describe('order expiry', () => {
  it('cancels unpaid orders past their payment deadline after a restart, releasing stock; paid ones stay', async () => {
    const t: TestApp = await createTestApp();
    const admin = await t.login('admin');
    const ann = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 5 }]);
    const place = (body: object) => t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: ann.auth, payload: body });
    const unpaid = (await place(orderBody([{ sku: p.skus[0], quantity: 2 }], { paymentMethod: 'konbini' }))).json();
    expect(unpaid.payment.deadline).not.toBeNull();
    const paid = (await place(orderBody([{ sku: p.skus[0], quantity: 1 }], { paymentMethod: 'bank_transfer' }))).json();
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${paid.id}/payments/capture`, headers: admin.auth })).statusCode).toBe(200);
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ reserved: 3 });
    // Nothing is due yet.
    expect(await t.services.orders.expireDue()).toBe(0);

    // Restart: close the app, keep the database, build a new app on it.
    const dump = t.platform.database.kind === 'pglite' ? await t.platform.database.dump!() : undefined;
    const config = t.config;
    await t.close();
    if (config.databaseUrl.startsWith('postgres')) {
      dropDb = async () => {
        const u = new URL(config.databaseUrl);
        const name = u.pathname.slice(1);
        u.pathname = '/postgres';
        const c = new pg.Client({ connectionString: u.toString() });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`).catch(() => {});
        await c.end();
      };
    }
    const clock = new TestClock();
    second = await createInventra(config, { skipBootstrap: true, loadDataDir: dump, clock, redisPrefix: `t:expiry:${Date.now()}:` });
    await second.ready();
    const schedules = await sql<{ name: string }>`select name from pgboss.schedule where name = ${EXPIRY_QUEUE}`.execute(second.platform.db);
    expect(schedules.rows).toHaveLength(1); // the durable sweeper survives the restart

    clock.advance(73 * HOUR); // konbini slips are valid 72 h by default
    expect(await second.services.orders.expireDue()).toBe(1);
    const after = await second.services.orders.get(unpaid.id, { withEvents: true });
    expect(after.status).toBe('cancelled');
    expect(after.events!.at(-1)).toMatchObject({ from: 'pending', to: 'cancelled', actor: { type: 'system', id: null }, note: 'Payment deadline passed' });
    expect((await second.services.orders.get(paid.id)).status).toBe('pending');
    expect(await second.services.inventory.get(p.skus[0])).toMatchObject({ onHand: 5, reserved: 1 });
    expect(await second.services.inventory.ledgerMismatches()).toEqual([]);
    expect(await second.services.orders.expireDue()).toBe(0);
  });
});
