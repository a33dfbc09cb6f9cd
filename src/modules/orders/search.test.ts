import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { ADDRESS, makeProduct, type MadeProduct, orderBody } from '../../../test/helpers/order-fixtures';

let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let p1: MadeProduct;
let p2: MadeProduct;
let alice: { id: string; auth: Record<string, string>; email: string };
let bob: { id: string; auth: Record<string, string>; email: string };
const orders: Record<string, any> = {};
const tag = Date.now().toString(36);

async function register(name: string, email: string) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email, name, password: `Corr3ct-horse-${tag}-battery` } });
  if (res.statusCode !== 201) throw new Error(`register: ${res.statusCode} ${res.body}`);
  const b = res.json();
  return { id: b.user.id as string, email, auth: { authorization: `Bearer ${b.accessToken}` } };
}

async function place(who: { auth: Record<string, string> }, body: unknown) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: who.auth, payload: body as object });
  if (res.statusCode !== 201) throw new Error(`order: ${res.statusCode} ${res.body}`);
  return res.json();
}

const list = async (query: string, user: TestUser = admin) => t.app.inject({ method: 'GET', url: `/v1/admin/orders?${query}`, headers: user.auth });
const numbersOf = async (query: string) => {
  const res = await list(query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((o: any) => o.number).sort();
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  staff = await t.login('staff');
  p1 = await makeProduct(t, admin, [{ price: 1200, stock: 100 }, { price: 1300, stock: 100 }]);
  p2 = await makeProduct(t, admin, [{ price: 800, stock: 100 }]);
  alice = await register('Alice Tanaka', `alice-${tag}@example.com`);
  bob = await register('Bob Suzuki', `bob-${tag}@example.net`);
  // 2026-03-01 15:30 UTC is already 2 March in Tokyo: the date filters must say 2 March.
  const target = Date.parse('2026-03-01T15:30:00Z');
  t.clock.advance(target - t.clock.now().getTime());
  orders.aliceMarch = await place(alice, orderBody([{ sku: p1.skus[0], quantity: 1 }, { sku: p1.skus[1], quantity: 2 }]));
  t.clock.advance(Date.parse('2026-03-05T03:00:00Z') - t.clock.now().getTime());
  orders.bobBank = await place(bob, orderBody([{ sku: p2.skus[0], quantity: 1 }], { paymentMethod: 'bank_transfer', shippingAddress: { ...ADDRESS, name: '=HYPERLINK("http://evil")' } }));
  orders.alicePending = await place(alice, orderBody([{ sku: p2.skus[0], quantity: 3 }]));
  const cap = await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${orders.bobBank.id}/payments/capture`, headers: admin.auth });
  expect(cap.statusCode).toBe(200);
  await t.relay!.drain();
});
afterAll(() => t?.dispose());

describe('GET /v1/admin/orders search', () => {
  it('finds orders by the customer email, part of it, or the name', async () => {
    expect(await numbersOf(`q=${encodeURIComponent(alice.email)}`)).toEqual([orders.aliceMarch.number, orders.alicePending.number].sort());
    expect(await numbersOf(`q=BOB-${tag}`)).toEqual([orders.bobBank.number]);
    expect(await numbersOf(`q=${encodeURIComponent('alice tanaka')}`)).toEqual([orders.aliceMarch.number, orders.alicePending.number].sort());
  });

  it('finds orders by a SKU in their lines (any case) and by number, with or without #', async () => {
    expect(await numbersOf(`q=${p1.skus[1].toLowerCase()}`)).toEqual([orders.aliceMarch.number]);
    expect(await numbersOf(`q=${p2.skus[0]}`)).toEqual([orders.bobBank.number, orders.alicePending.number].sort());
    expect(await numbersOf(`q=${orders.bobBank.number}`)).toEqual([orders.bobBank.number]);
    expect(await numbersOf(`q=%23${orders.bobBank.number}`)).toEqual([orders.bobBank.number]);
    expect(await numbersOf('q=nobody-matches-this')).toEqual([]);
  });

  it('takes % and _ in q literally', async () => {
    expect(await numbersOf('q=%25')).toEqual([]);
    expect(await numbersOf('q=_')).toEqual([]);
  });

  it('filters by dates in the store time zone (inclusive), combined with q', async () => {
    expect(await numbersOf('from=2026-03-02&to=2026-03-02')).toEqual([orders.aliceMarch.number]);
    expect(await numbersOf('to=2026-03-01')).toEqual([]);
    expect(await numbersOf('from=2026-03-03')).toEqual([orders.bobBank.number, orders.alicePending.number].sort());
    expect(await numbersOf(`from=2026-03-03&q=${encodeURIComponent(alice.email)}`)).toEqual([orders.alicePending.number]);
  });

  it('follows the store time zone setting', async () => {
    const patch = (timeZone: string) => t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { timeZone } });
    expect((await patch('UTC')).statusCode).toBe(200);
    try {
      expect(await numbersOf('from=2026-03-01&to=2026-03-01')).toEqual([orders.aliceMarch.number]);
    } finally {
      expect((await patch('Asia/Tokyo')).statusCode).toBe(200);
    }
  });

  it('filters by order status and payment status', async () => {
    expect(await numbersOf('paymentStatus=paid')).toEqual([orders.bobBank.number]);
    expect(await numbersOf('paymentStatus=pending&status=pending')).toEqual([orders.aliceMarch.number, orders.alicePending.number].sort());
    expect(await numbersOf(`status=processing`)).toEqual([]);
  });

  it('pages with a cursor through the same filters', async () => {
    const first = (await list(`q=${encodeURIComponent(alice.email)}&limit=1`)).json();
    expect(first.items).toHaveLength(1);
    const second = (await list(`q=${encodeURIComponent(alice.email)}&limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([first.items[0].id, second.items[0].id]).size).toBe(2);
  });

  it('refuses bad filters with 400 and keeps customers out', async () => {
    for (const q of ['from=2026-02-30', 'from=yesterday', 'from=2026-03-05&to=2026-03-01', 'paymentStatus=sent', 'status=shipped', 'limit=101', 'cursor=not-a-cursor', `q=${'x'.repeat(201)}`]) {
      const res = await list(q);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    expect((await list('q=a', staff)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/orders?q=a', headers: alice.auth })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/orders?q=a' })).statusCode).toBe(401);
  });
});

describe('GET /v1/admin/orders/export', () => {
  const exportCsv = (query: string, user: { auth: Record<string, string> } = admin) => t.app.inject({ method: 'GET', url: `/v1/admin/orders/export?${query}`, headers: user.auth });

  it('answers text/csv with one row per order line, for the same filters as the list', async () => {
    const res = await exportCsv(`q=${encodeURIComponent(alice.email)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('orders.csv');
    // Starts with a byte-order mark so that Excel reads UTF-8.
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows: Record<string, string>[] = parse(res.body, { columns: true, bom: true });
    // aliceMarch has two lines, alicePending one.
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.customer_email))).toEqual(new Set([alice.email]));
    const march = rows.filter((r) => Number(r.order_number) === orders.aliceMarch.number);
    expect(march.map((r) => r.sku).sort()).toEqual([...p1.skus].sort());
    expect(march[0]).toMatchObject({ customer_name: 'Alice Tanaka', created_at: '2026-03-02 00:30', status: 'pending', payment_method: 'konbini', currency: 'JPY', total: String(orders.aliceMarch.total) });
    const line = march.find((r) => r.sku === p1.skus[1])!;
    expect(line).toMatchObject({ quantity: '2', unit_price: '1300', line_total: '2600' });
  });

  it('applies date and payment filters, and neutralises cells a spreadsheet would run as formulas', async () => {
    const none = parse((await exportCsv('to=2026-03-01')).body, { columns: true, bom: true });
    expect(none).toEqual([]);
    const res = await exportCsv('paymentStatus=paid');
    const rows: Record<string, string>[] = parse(res.body, { columns: true, bom: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ order_number: String(orders.bobBank.number), payment_status: 'paid', customer_email: bob.email });
    expect(rows[0].ship_name).toBe(`'=HYPERLINK("http://evil")`);
    expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('refuses bad filters with 400 (before any CSV is sent) and customers with 403', async () => {
    const bad = await exportCsv('from=2026-13-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect((await exportCsv('from=2026-03-05&to=2026-03-01')).statusCode).toBe(400);
    expect((await exportCsv('', alice)).statusCode).toBe(403);
    expect((await exportCsv('', staff)).statusCode).toBe(200);
  });

  it('is described in /openapi.json', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.paths['/v1/admin/orders/export']).toBeDefined();
    expect(doc.paths['/v1/admin/customers']).toBeDefined();
    expect(doc.paths['/v1/admin/customers/{id}']).toBeDefined();
  });
});
