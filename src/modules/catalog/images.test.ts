// Images per variant through the real server: PATCH /v1/admin/products/:id/images/:imageId
// (alt, order, option values), responsive sizes, and the pure picking/formatting rules.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { imageForOptions } from './images';
import { decimalPrice, summary } from './seo';

let t: TestApp;
let staff: TestUser;
let customer: TestUser;
let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

function form(file: Buffer) {
  const boundary = `----b${uniq()}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(productId: string, rgb: [number, number, number]) {
  const png = await sharp({ create: { width: 1400, height: 1000, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).png().toBuffer();
  const up = form(png);
  const res = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${productId}/images`, headers: { ...staff.auth, ...up.headers }, payload: up.payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const patch = (productId: string, imageId: string, payload: unknown, headers = staff.auth) =>
  t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${productId}/images/${imageId}`, headers, payload: payload as never });

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
  customer = await t.login('customer');
});
afterAll(() => t?.dispose());

describe('PATCH /v1/admin/products/:id/images/:imageId', () => {
  it('sets alt text, reorders, links option values; the storefront sees them after publish', async () => {
    const u = uniq();
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/products',
      headers: staff.auth,
      payload: { title: `Tee ${u}`, variants: [{ sku: `T-${u}-R`, price: 2900, options: { size: 'M', color: 'red' } }, { sku: `T-${u}-B`, price: 2900, options: { size: 'M', color: 'blue' } }] },
    });
    const p = created.json();
    const red = await upload(p.id, [200, 20, 20]);
    const blue = await upload(p.id, [20, 20, 200]);
    const plain = await upload(p.id, [120, 120, 120]);

    const r1 = await patch(p.id, blue.id, { alt: 'Blue tee, front', options: { color: 'blue' } });
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.headers.etag).toBe(`"${r1.json().version}"`);
    expect(r1.json().images.find((i: any) => i.id === blue.id)).toMatchObject({ alt: 'Blue tee, front', options: { color: 'blue' } });
    expect((await patch(p.id, red.id, { options: { color: 'red' } })).statusCode).toBe(200);
    const moved = await patch(p.id, plain.id, { position: 0 });
    expect(moved.json().images.map((i: any) => i.id)).toEqual([plain.id, red.id, blue.id]);
    const last = await patch(p.id, plain.id, { position: 99 });
    expect(last.json().images.map((i: any) => i.id)).toEqual([red.id, blue.id, plain.id]);
    // Unlinking: an empty object.
    expect((await patch(p.id, plain.id, { options: {} })).json().images[2].options).toEqual({});

    // Not on the storefront until published.
    await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/publish`, headers: staff.auth });
    const store = (await t.app.inject({ method: 'GET', url: `/v1/store/products/${p.slug}` })).json();
    expect(store.images.map((i: any) => [i.id, i.alt, i.options])).toEqual([
      [red.id, '', { color: 'red' }],
      [blue.id, 'Blue tee, front', { color: 'blue' }],
      [plain.id, '', {}],
    ]);
    expect(imageForOptions<{ id: string; options?: Record<string, string> }>(store.images, { size: 'M', color: 'blue' })?.id).toBe(blue.id);
  });

  it('refuses bad input with 4xx problems and checks authorization', async () => {
    const u = uniq();
    const p = (await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: staff.auth, payload: { title: `Cup ${u}`, variants: [{ sku: `C-${u}`, price: 900, options: { color: 'white' } }] } })).json();
    const img = await upload(p.id, [250, 250, 250]);
    const cases: [unknown, number, string][] = [
      [{}, 400, 'validation_failed'],
      [{ alt: 'x'.repeat(301) }, 400, 'validation_failed'],
      [{ position: -1 }, 400, 'validation_failed'],
      [{ options: { color: 'green' } }, 400, 'validation_failed'],
      [{ options: { 'bad/key': 'x' } }, 400, 'validation_failed'],
      [{ nope: 1 }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await patch(p.id, img.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().code).toBe(code);
    }
    expect((await patch(p.id, '01900000-0000-7000-8000-000000000000', { alt: 'x' })).statusCode).toBe(404);
    expect((await patch('01900000-0000-7000-8000-000000000000', img.id, { alt: 'x' })).statusCode).toBe(404);
    expect((await patch(p.id, 'not-a-uuid', { alt: 'x' })).statusCode).toBe(404);
    expect((await patch(p.id, 'bad id!', { alt: 'x' })).statusCode).toBe(400);
    expect((await patch(p.id, img.id, { alt: 'x' }, {})).statusCode).toBe(401);
    expect((await patch(p.id, img.id, { alt: 'x' }, customer.auth)).statusCode).toBe(403);
  });

  it('serves responsive sizes listed in srcset (made on first request for older images)', async () => {
    const p = (await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: staff.auth, payload: { title: `Bowl ${uniq()}`, variants: [{ sku: `B-${uniq()}`, price: 900 }] } })).json();
    const img = await upload(p.id, [10, 200, 10]);
    const entries = img.srcset.split(', ').map((e: string) => e.split(' '));
    expect(entries.map((e: string[]) => e[1])).toEqual(['320w', '640w', '960w', '1200w']);
    for (const [url, w] of entries) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect((await sharp(res.rawPayload).metadata()).width).toBe(Number.parseInt(w, 10));
    }
    expect((await t.app.inject({ method: 'GET', url: `/media/${'a'.repeat(40)}-640.webp` })).statusCode).toBe(404);
  });
});

describe('pure rules', () => {
  it('picks the image linked to the most chosen values, else the first', () => {
    const imgs: { id: string; options: Record<string, string> }[] = [{ id: 'a', options: {} }, { id: 'r', options: { color: 'red' } }, { id: 'rl', options: { color: 'red', size: 'L' } }];
    expect(imageForOptions(imgs, { color: 'red', size: 'M' })?.id).toBe('r');
    expect(imageForOptions(imgs, { color: 'red', size: 'L' })?.id).toBe('rl');
    expect(imageForOptions(imgs, { color: 'blue' })?.id).toBe('a');
    expect(imageForOptions([], {})).toBeUndefined();
  });

  it('formats schema.org prices from minor units by the currency, and summarises text', () => {
    expect(decimalPrice(3300, 'JPY')).toBe('3300');
    expect(decimalPrice(1250, 'USD')).toBe('12.50');
    expect(summary('a  b\n c')).toBe('a b c');
    const long = summary('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('…')).toBe(true);
  });
});
