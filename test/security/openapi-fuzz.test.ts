import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../helpers/app';

/**
 * Issue 11 "Done when": every route of the served OpenAPI document gets NUL bytes, lone
 * surrogates, huge and odd numbers and malformed cursors in its path, query and body. Not one
 * answer may be a 5xx.
 */
let t: TestApp;
let admin: TestUser;
let doc: any;

beforeAll(async () => {
  // Signed incoming webhooks configured, so their real checks run (unconfigured they answer 503 by design).
  t = await createTestApp({ PMS_WEBHOOK_SECRET: 'fuzz-pms-secret-0123456789', KONBINI_WEBHOOK_SECRET: 'fuzz-konbini-secret-0123456789' });
  admin = await t.login('admin');
  doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
});
afterAll(() => t?.dispose());

// Percent-encoded so they survive the URL: NUL, a lone high surrogate (as WTF-8), overlong text.
const PATH_VALUES = ['%00', 'a%00b', '%ED%A0%80', 'x'.repeat(300), '1e308', '2147483648', '-1', '0190aaaa-0000-7000-8000-000000000000', '..%2F..%2Fetc'];
const forged = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const QUERY_VALUES = [
  '%00', 'a%00b', '%ED%A0%80', '1e308', '2147483648', '-1', '9'.repeat(400), 'abc', '1.5', '',
  forged({ s: 'newest', k: ['x', 'y'] }), forged({ s: 'price_asc', k: [1e308, 'y'] }), forged('abc'), 'abc.def', `${forged(1)}.AAAAAAAAAAAAAAAAAAAAAA`,
];
const STRINGS = ['a\u0000b', '\ud800', 'x\udc00y', '\u0000', 'z'.repeat(100_000)];
const NUMBERS = [1e308, -1e308, 2147483648, 9007199254740993, -1, 1.5, 0];

function resolve(schema: any): any {
  if (schema?.$ref) return resolve(doc.components.schemas[String(schema.$ref).split('/').pop()!]);
  return schema;
}

/** A value shaped like the schema (every property present), to be mutated leaf by leaf. */
function sample(schema: any, depth = 0): unknown {
  const s = resolve(schema);
  if (!s || depth > 6) return 'x';
  if (s.enum) return s.enum[0];
  if (s.const !== undefined) return s.const;
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sample(alt[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object' || s.properties) return Object.fromEntries(Object.entries<any>(s.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]));
  if (type === 'array') return [sample(s.items, depth + 1)];
  if (type === 'integer' || type === 'number') return s.minimum ?? 1;
  if (type === 'boolean') return true;
  if (s.format === 'email') return 'fuzz@example.com';
  if (s.format === 'date-time') return new Date().toISOString();
  return 'x';
}

function mutate(value: unknown, str: string, num: number): unknown {
  if (typeof value === 'string') return str;
  if (typeof value === 'number') return num;
  if (Array.isArray(value)) return value.map((v) => mutate(v, str, num));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mutate(v, str, num)]));
  return value;
}

interface Probe {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
}

function probesFor(path: string, method: string, op: any): Probe[] {
  const M = method.toUpperCase();
  const params = (op.parameters ?? []) as { in: string; name: string }[];
  const fill = (v: string) => path.replace(/\{[^}]+\}/g, v);
  const base = fill('0190aaaa-0000-7000-8000-000000000000');
  const probes: Probe[] = [];
  if (path.includes('{')) for (const v of PATH_VALUES) probes.push({ method: M, url: fill(v) });
  const query = params.filter((p) => p.in === 'query').map((p) => p.name);
  for (const name of new Set([...query, 'cursor'])) {
    for (const v of QUERY_VALUES) probes.push({ method: M, url: `${base}?${name}=${v}` });
  }
  const content = op.requestBody?.content ?? {};
  const json = content['application/json']?.schema;
  if (json) {
    const valid = sample(json);
    for (const str of STRINGS) for (const num of NUMBERS.slice(0, 3)) probes.push({ method: M, url: base, body: JSON.stringify(mutate(valid, str, num)), contentType: 'application/json' });
    for (const num of NUMBERS) probes.push({ method: M, url: base, body: JSON.stringify(mutate(valid, 'ok', num)), contentType: 'application/json' });
    probes.push({ method: M, url: base, body: '"\\u0000"', contentType: 'application/json' });
    probes.push({ method: M, url: base, body: '{"\\u0000":1,"a":"\\ud800"}', contentType: 'application/json' });
    probes.push({ method: M, url: base, body: '[1e999999]', contentType: 'application/json' });
  }
  if (content['text/csv']) {
    for (const csv of ['slug,title,sku,price\nn,\u0000,S,1', 'slug,title,sku,price\nn,T,S,1e308', 'slug,title,sku,price\nn,T,S,2147483648', `sku,price\n${'x'.repeat(70)},-1`]) {
      probes.push({ method: M, url: base, body: csv, contentType: 'text/csv' });
    }
  }
  return probes;
}

it('0 responses >= 500 from any route of /openapi.json', { timeout: 600_000 }, async () => {
  const failures: string[] = [];
  let sent = 0;
  for (const [path, methods] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      // Signing out would end the session the rest of the run uses; it is probed without a token.
      const headers: Record<string, string> = path === '/v1/auth/logout' ? {} : { ...admin.auth };
      for (const p of probesFor(path, method, op)) {
        const res = await t.app.inject({
          method: p.method as 'GET',
          url: p.url,
          headers: { ...headers, ...(p.contentType ? { 'content-type': p.contentType } : {}) },
          ...(p.body !== undefined ? { payload: p.body } : {}),
        });
        sent++;
        if (res.statusCode >= 500) failures.push(`${res.statusCode} ${p.method} ${p.url.slice(0, 120)} ${p.body?.slice(0, 120) ?? ''} → ${res.body.slice(0, 200)}`);
      }
    }
  }
  expect(sent).toBeGreaterThan(1000);
  expect(failures).toEqual([]);
});
