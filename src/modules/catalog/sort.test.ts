import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';

/** The admin product list sorted by the server: every order holds across keyset pages. */

let t: TestApp;
let admin: TestUser;
const tag = `srt${Date.now().toString(36)}`.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]);

interface Made {
  id: string;
  title: string;
  updatedAt: string;
  price: number;
  stock: number;
}
const made: Made[] = [];

// Titles share the tag and differ in letters only (the same order under every collation); two pairs tie.
const specs: { name: string; prices: number[]; stock: number[] }[] = [
  { name: 'delta', prices: [900, 1500], stock: [2, 3] },
  { name: 'Alpha', prices: [1200], stock: [0] },
  { name: 'charlie', prices: [500], stock: [5] },
  { name: 'alpha', prices: [1200, 2000], stock: [1, 4] },
  { name: 'echo', prices: [3000], stock: [9] },
  { name: 'bravo', prices: [700, 700], stock: [0, 0] },
  { name: 'Charlie', prices: [2500], stock: [5] },
];

const list = (query: string) => t.app.inject({ method: 'GET', url: `/v1/admin/products?q=${tag}&${query}`, headers: admin.auth });

async function walk(sort: string, limit = 3): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await list(`sort=${sort}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
    ids.push(...body.items.map((p) => p.id));
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 10);
  expect(pages).toBe(Math.ceil(made.length / limit));
  return ids;
}

/** The expected order: by key, ties by id, both in the sort's direction. */
function expected(sort: string, key: (m: Made) => string | number): string[] {
  const sign = sort.startsWith('-') ? -1 : 1;
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...made].sort((a, b) => sign * (cmp(key(a), key(b)) || cmp(a.id, b.id))).map((m) => m.id);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  for (const [i, s] of specs.entries()) {
    const variants = s.prices.map((price, j) => ({ sku: `${tag}-${i}-${j}`, price, options: { size: `S${j}` } }));
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: admin.auth, payload: { title: `${tag} ${s.name}`, variants } });
    expect(res.statusCode, res.body).toBe(201);
    for (const [j, units] of s.stock.entries()) {
      if (!units) continue;
      const adj = await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${tag}-${i}-${j}/adjustments`, headers: admin.auth, payload: { delta: units, reason: 'restock' } });
      expect(adj.statusCode, adj.body).toBe(200);
    }
    const p = res.json();
    made.push({ id: p.id, title: p.title, updatedAt: p.updatedAt, price: Math.min(...s.prices), stock: s.stock.reduce((a, b) => a + b, 0) });
  }
  // The oldest product is edited last: `updated` differs from the creation order.
  const patched = await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${made[0].id}`, headers: admin.auth, payload: { description: 'edited' } });
  expect(patched.statusCode, patched.body).toBe(200);
  made[0].updatedAt = patched.json().updatedAt;
  await t.relay!.drain();
}, 120_000);
afterAll(() => t?.dispose());

describe('GET /v1/admin/products?sort=', () => {
  const keys: Record<string, (m: Made) => string | number> = {
    updated: (m) => m.updatedAt,
    title: (m) => m.title.toLowerCase(),
    price: (m) => m.price,
    stock: (m) => m.stock,
  };
  for (const [name, key] of Object.entries(keys)) {
    for (const sort of [name, `-${name}`]) {
      it(`${sort} orders the whole list across pages of 3, ties by id`, async () => {
        expect(await walk(sort)).toEqual(expected(sort, key));
      });
    }
  }

  it('the stock order is the units available that the inventory reports', async () => {
    const first = (await list('sort=-stock&limit=1')).json().items[0];
    const records = await t.app.inject({ method: 'GET', url: `/v1/admin/inventory?productId=${first.id}`, headers: admin.auth });
    expect(records.statusCode, records.body).toBe(200);
    expect(records.json().items.reduce((n: number, r: { available: number }) => n + r.available, 0)).toBe(9);
  });

  it('without sort: newest first, paged by id as before', async () => {
    const newest = [...made].sort((a, b) => (a.id < b.id ? 1 : -1)).map((m) => m.id);
    const first = (await list('limit=4')).json();
    expect(first.items.map((p: { id: string }) => p.id)).toEqual(newest.slice(0, 4));
    const second = (await list(`limit=4&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect(second.items.map((p: { id: string }) => p.id)).toEqual(newest.slice(4));
  });

  it('an unknown sort is a 400 problem', async () => {
    for (const sort of ['newest', 'price_asc', '--title', 'TITLE', '']) {
      const res = await list(`sort=${encodeURIComponent(sort)}`);
      expect(res.statusCode, sort).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().code).toBe('validation_failed');
    }
  });

  it('a cursor from another sort, from the unsorted list or altered is a 400', async () => {
    const byTitle = (await list('sort=title&limit=2')).json().nextCursor as string;
    const byPrice = (await list('sort=-price&limit=2')).json().nextCursor as string;
    const unsorted = (await list('limit=2')).json().nextCursor as string;
    expect(byTitle && byPrice && unsorted).toBeTruthy();
    expect((await list(`sort=title&limit=2&cursor=${encodeURIComponent(byTitle)}`)).statusCode).toBe(200);
    for (const [sort, cursor] of [
      ['-title', byTitle],
      ['price', byPrice],
      ['title', byPrice],
      ['stock', unsorted],
      ['', byTitle],
    ]) {
      const res = await list(`${sort ? `sort=${sort}&` : ''}limit=2&cursor=${encodeURIComponent(cursor)}`);
      expect(res.statusCode, `${sort} with another list's cursor`).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    // The same payload re-signed by nobody: a changed sort name or key breaks the signature.
    const [payload, sig] = byTitle.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), k: 'a' })).toString('base64url');
    for (const cursor of [`${forged}.${sig}`, `${payload}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`, payload, 'garbage']) {
      const res = await list(`sort=title&limit=2&cursor=${encodeURIComponent(cursor)}`);
      expect(res.statusCode, cursor).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
