import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { signedHeaders } from '../../platform/http/signed-requests';

const SECRET = 'pms-e2e-secret-abcdefghijklmnop';
let t: TestApp;
let admin: TestUser;

beforeAll(async () => {
  t = await createTestApp({ PMS_WEBHOOK_SECRET: SECRET });
  admin = await t.login('admin');
});
afterAll(() => t?.dispose());

const push = (message: unknown) => {
  const body = JSON.stringify(message);
  return t.app.inject({ method: 'POST', url: '/v1/webhooks/pms', payload: body, headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, body) } });
};

describe('PMS pushes changes through the same services as the admin API', () => {
  const product = {
    title: 'PMS Tee',
    slug: 'pms-tee',
    description: 'pushed by the PMS',
    tags: ['pms'],
    attributes: {},
    variants: [{ sku: 'PMS-TEE-M', price: 1800, options: { size: 'M' } }],
  };

  it('product.upsert creates, then updates and publishes by slug (audited as system)', async () => {
    const created = await push({ type: 'product.upsert', data: product });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ ok: true, type: 'product.upsert' });
    const updated = await push({ type: 'product.upsert', data: { ...product, title: 'PMS Tee v2', publish: true } });
    expect(updated.statusCode).toBe(200);
    const list = (await t.app.inject({ method: 'GET', url: '/v1/admin/products?q=PMS', headers: admin.auth })).json();
    const p = list.items.find((x: any) => x.slug === 'pms-tee');
    expect(p).toMatchObject({ title: 'PMS Tee v2', status: 'published' });
    const audit = (await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?entityId=${p.id}`, headers: admin.auth })).json();
    expect(audit.items.length).toBeGreaterThan(0);
    expect(audit.items.every((e: any) => e.actor.type === 'system')).toBe(true);
    const store = await t.app.inject({ method: 'GET', url: '/v1/store/products/pms-tee' });
    expect(store.statusCode).toBe(200);
  });

  it('product.upsert with an invalid product is a 400 and changes nothing', async () => {
    const res = await push({ type: 'product.upsert', data: { title: '', slug: 'bad-one', variants: [] } });
    expect(res.statusCode).toBe(400);
    const list = (await t.app.inject({ method: 'GET', url: '/v1/admin/products?q=bad', headers: admin.auth })).json();
    expect(list.items.some((x: any) => x.slug === 'bad-one')).toBe(false);
  });

  it('inventory.set counts stock like PUT /v1/admin/inventory/:sku', async () => {
    const res = await push({ type: 'inventory.set', data: { sku: 'PMS-TEE-M', onHand: 42 } });
    expect(res.statusCode).toBe(200);
    const stock = await t.app.inject({ method: 'GET', url: '/v1/admin/inventory/PMS-TEE-M', headers: admin.auth });
    expect(stock.json()).toMatchObject({ sku: 'PMS-TEE-M', onHand: 42, available: 42 });
    const bad = await push({ type: 'inventory.set', data: { sku: 'PMS-TEE-M', onHand: -1 } });
    expect(bad.statusCode).toBe(400);
    const unknown = await push({ type: 'inventory.set', data: { sku: 'NOPE-404', onHand: 1 } });
    expect(unknown.statusCode).toBeGreaterThanOrEqual(400);
    expect(unknown.statusCode).toBeLessThan(500);
  });
});

describe('POST /v1/webhooks/pms is verified before its body is read', () => {
  const send = (payload: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/v1/webhooks/pms', payload, headers: { 'content-type': 'application/json', ...headers } });

  it('refuses a forged signature with 401 before parsing the body', async () => {
    const res = await send('{not json', { ...signedHeaders('wrong-secret', '{not json') });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('invalid_signature');
  });

  it('refuses a stale timestamp with 401', async () => {
    const body = JSON.stringify({ type: 'inventory.set', data: { sku: 'X', onHand: 1 } });
    const res = await send(body, signedHeaders(SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 301 }));
    expect(res.statusCode).toBe(401);
  });

  it('refuses a replayed nonce with 409 (after a valid first delivery)', async () => {
    const body = JSON.stringify({ type: 'unknown.thing', data: {} });
    const headers = signedHeaders(SECRET, body);
    const first = await send(body, headers);
    expect(first.statusCode).toBe(400);
    expect(first.json().code).toBe('validation_failed');
    const again = await send(body, headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('replayed');
  });

  it('answers malformed JSON with a signed, verified body as 400', async () => {
    const body = '{"type":';
    const res = await send(body, signedHeaders(SECRET, body));
    expect(res.statusCode).toBe(400);
  });

  it('uses the injectable clock for the tolerance window', async () => {
    const body = JSON.stringify({ type: 'nope', data: {} });
    const headers = signedHeaders(SECRET, body);
    t.clock.advance(10 * 60_000);
    const res = await send(body, headers);
    t.clock.advance(-10 * 60_000);
    expect(res.statusCode).toBe(401);
  });
});

describe('POST /v1/webhooks/pms without a configured secret', () => {
  it('answers 503', async () => {
    const t = await createTestApp();
    try {
      const body = '{}';
      const res = await t.app.inject({ method: 'POST', url: '/v1/webhooks/pms', payload: body, headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, body) } });
      expect(res.statusCode).toBe(503);
    } finally {
      await t.dispose();
    }
  });
});
