import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestApp, freshDatabaseUrl, type TestApp, type TestUser } from '../../../test/helpers/app';
import { createInventra } from '../../inventra';
import { loadConfig } from '../../platform/config';
import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/core/context';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SYSTEM: RequestContext = { actor: { type: 'system', id: null }, principal: null, requestId: null, ip: null };

let t: TestApp;
let admin: TestUser;
const SKUS = Array.from({ length: 30 }, (_, i) => `LINK-${i}`);

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/admin/products',
    headers: admin.auth,
    payload: { title: 'Linked', slug: 'linked', variants: SKUS.map((sku, i) => ({ sku, price: 1000, options: { size: `S${i}` } })) },
  });
  expect(res.statusCode).toBe(201);
  // Enough on hand that the concurrent −1 never finds the shelf empty, whatever order they land in.
  for (const sku of SKUS) await t.services.inventory.setOnHand(SYSTEM, sku, 10);
});
afterAll(() => t?.dispose());

const verify = async () => {
  const res = await t.app.inject({ method: 'GET', url: '/v1/admin/audit-logs/verify', headers: admin.auth });
  expect(res.statusCode).toBe(200);
  return res.json() as { ok: boolean; checked: number; firstBadId: string | null };
};

/** Every entry is linked exactly once, at positions 1..n with no gap or repeat. */
async function expectWholeChain(db: Db) {
  const { rows } = await sql<{ total: number; linked: number; distinct_pos: number; max_pos: number | null }>`
    select count(*)::int as total, count(chain_pos)::int as linked, count(distinct chain_pos)::int as distinct_pos, max(chain_pos)::int as max_pos
    from audit.entries`.execute(db);
  const r = rows[0];
  expect(r.linked).toBe(r.total);
  expect(r.distinct_pos).toBe(r.total);
  expect(r.max_pos ?? 0).toBe(r.total);
  return r.total;
}

const adjust = (sku: string, delta: number) =>
  t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: admin.auth, payload: { delta, reason: 'correction' } });

const isLinked = async (db: Db, id: string) =>
  (await sql<{ pos: number | null }>`select chain_pos as pos from audit.entries where id = ${id}`.execute(db)).rows[0]?.pos ?? null;

describe('audit without a global lock', () => {
  it('many concurrent audited writes are all chained, each exactly once, and verify', async () => {
    const writes = await Promise.all([
      ...SKUS.flatMap((sku) => [adjust(sku, 5), adjust(sku, 3), adjust(sku, -1)]),
      ...Array.from({ length: 8 }, (_, i) => t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { storeName: `Shop ${i}` } })),
    ]);
    expect(writes.filter((w) => w.statusCode !== 200).map((w) => `${w.statusCode} ${w.body}`)).toEqual([]);

    const result = await verify();
    const total = await expectWholeChain(t.platform.db);
    expect(result).toEqual({ ok: true, checked: total, firstBadId: null });

    // Listed once linked, with their hashes: every adjustment, once, in chain order.
    const seen: { id: string; prevHash: string; hash: string }[] = [];
    for (let cursor: string | null = null; ; ) {
      const res: { statusCode: number; json(): any } = await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?entityType=stock&limit=50${cursor ? `&cursor=${cursor}` : ''}`, headers: admin.auth });
      expect(res.statusCode).toBe(200);
      const page: { items: typeof seen; nextCursor: string | null } = res.json();
      seen.push(...page.items);
      if (!(cursor = page.nextCursor)) break;
    }
    const stockEntries = (await sql<{ id: string; action: string }>`select id, action from audit.entries where entity_type = 'stock'`.execute(t.platform.db)).rows;
    expect(stockEntries.filter((r) => r.action === 'inventory.adjusted')).toHaveLength(SKUS.length * 3);
    expect(new Set(seen.map((e) => e.id))).toEqual(new Set(stockEntries.map((r) => r.id)));
    expect(seen).toHaveLength(stockEntries.length);
    for (const e of seen) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);

    // Stock is right too: no adjustment lost to the concurrency.
    const stock = await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${SKUS[0]}`, headers: admin.auth });
    expect(stock.json().onHand).toBe(17);
  });

  it('an entry whose transaction commits late is linked after the entries that committed before it, never skipped', async (ctx) => {
    // Two transactions at once need two connections; the embedded database has one.
    if (t.platform.database.kind === 'pglite') ctx.skip();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const late = t.platform.db.transaction().execute(async (tx) => {
      await t.services.audit.record(tx, { ...SYSTEM, requestId: 'late-commit' }, { action: 'late.commit', entityType: 'test', entityId: 'late' });
      entered();
      await held;
    });
    await inside;
    const lateId = (await sql<{ id: string }>`select id from audit.entries where request_id = 'late-commit'`.execute(t.platform.db)).rows;
    expect(lateId).toEqual([]); // not visible (and so not linkable) before it commits

    const others = await Promise.all(SKUS.slice(0, 10).map((sku) => adjust(sku, 1)));
    expect(others.every((r) => r.statusCode === 200)).toBe(true);
    expect((await verify()).ok).toBe(true); // links everything committed so far

    release();
    await late;
    const id = (await sql<{ id: string }>`select id from audit.entries where request_id = 'late-commit'`.execute(t.platform.db)).rows[0].id;
    // The background linker links it (no list or verify call in between).
    await vi.waitFor(async () => expect(await isLinked(t.platform.db, id)).not.toBeNull(), { timeout: 15_000, interval: 50 });

    const { rows } = await sql<{ id: string; seq: number; chain_pos: number }>`select id, seq, chain_pos from audit.entries order by chain_pos desc limit 11`.execute(t.platform.db);
    expect(rows[0].id).toBe(id); // last in the chain: it committed last...
    expect(rows.slice(1).every((r) => r.seq > rows[0].seq)).toBe(true); // ...though it was inserted first
    await expectWholeChain(t.platform.db);
    expect((await verify()).ok).toBe(true);
  });

  it('unlinked entries are append-only too, are not listed, and show as linking lag on /metrics', async () => {
    await t.services.audit.stopLinking();
    try {
      await t.platform.db.transaction().execute((tx) => t.services.audit.record(tx, { ...SYSTEM, requestId: 'unlinked' }, { action: 'unlinked.test', entityType: 'test', entityId: 'u' }));
      const id = (await sql<{ id: string }>`select id from audit.entries where request_id = 'unlinked'`.execute(t.platform.db)).rows[0].id;
      expect(await isLinked(t.platform.db, id)).toBeNull();

      const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
      expect(metrics).toMatch(/^audit_unlinked_entries 1$/m);
      expect(metrics).toMatch(/^audit_oldest_unlinked_seconds \d/m);

      // Changing what it records, or linking a linked entry again, is refused; so is removing it.
      await expect(sql`update audit.entries set action = 'forged' where id = ${id}`.execute(t.platform.db)).rejects.toThrow(/append-only/);
      await expect(sql`update audit.entries set chain_pos = chain_pos + 100000 where chain_pos = 1`.execute(t.platform.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit.entries where id = ${id}`.execute(t.platform.db)).rejects.toThrow(/append-only/);

      // The API lists linked entries (their hashes are part of the contract); a read links first.
      const list = (await t.app.inject({ method: 'GET', url: '/v1/admin/audit-logs?entityType=test&entityId=u', headers: admin.auth })).json();
      expect(list.items.map((e: { id: string }) => e.id)).toEqual([id]);
    } finally {
      t.services.audit.startLinking();
    }
    const after = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(after).toMatch(/^audit_unlinked_entries 0$/m);
    expect((await verify()).ok).toBe(true);
  });

  it('a tampered entry still fails verify after concurrent linking', async () => {
    await Promise.all(SKUS.slice(0, 6).map((sku) => adjust(sku, 2)));
    const clean = await verify();
    expect(clean.ok).toBe(true);
    const { rows } = await sql<{ id: string }>`select id from audit.entries where action = 'inventory.adjusted' order by chain_pos desc limit 1 offset 3`.execute(t.platform.db);
    await t.platform.database.exec(`alter table audit.entries disable trigger user;
      update audit.entries set changes = jsonb_set(changes, '{after,delta}', '500') where id = '${rows[0].id}';
      alter table audit.entries enable trigger user;`);
    const tampered = await verify();
    expect(tampered.ok).toBe(false);
    expect(tampered.firstBadId).toBe(rows[0].id);
    expect(tampered.checked).toBeLessThan(clean.checked);
  });
});

describe('audit linking, property', () => {
  it('whatever commits, rolls back or links in whatever order, the chain holds exactly the committed entries, in order', async () => {
    const p = await createTestApp();
    try {
      const db = p.platform.db;
      const committed = new Set<string>();
      const op = fc.oneof(
        fc.record({ kind: fc.constant('commit' as const), n: fc.integer({ min: 1, max: 6 }) }),
        fc.record({ kind: fc.constant('rollback' as const), n: fc.integer({ min: 1, max: 3 }) }),
        fc.record({ kind: fc.constant('link' as const), n: fc.constant(0) }),
      );
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
          run++;
          // Each step's writes race each other (on PostgreSQL), and the background linker races them all.
          await Promise.all(
            ops.map(async (o, i) => {
              if (o.kind === 'link') return void (await p.services.audit.linkCommitted());
              const ctx = { ...SYSTEM, requestId: `p${run}-${i}` };
              const tx = db.transaction().execute(async (tx) => {
                for (let k = 0; k < o.n; k++) await p.services.audit.record(tx, ctx, { action: 'prop', entityType: 'test', entityId: `${run}-${i}-${k}` });
                if (o.kind === 'rollback') throw new Error('rolled back');
              });
              if (o.kind === 'rollback') return void (await tx.catch(() => {}));
              await tx;
              for (let k = 0; k < o.n; k++) committed.add(`${run}-${i}-${k}`);
            }),
          );
          const v = await p.services.audit.verify(db);
          expect(v.ok).toBe(true);
          const { rows } = await sql<{ entity_id: string }>`select entity_id from audit.entries where action = 'prop' and chain_pos is not null`.execute(db);
          expect(new Set(rows.map((r) => r.entity_id))).toEqual(committed);
          expect(rows).toHaveLength(committed.size);
          expect(v.checked).toBe(await expectWholeChain(db));
        }),
        { numRuns: 12 },
      );
    } finally {
      await p.dispose();
    }
  });
});

describe('crash safety', () => {
  it('an entry committed by a process that died before linking it is linked after a restart', { timeout: 180_000 }, async () => {
    const fresh = process.env.DATABASE_URL?.startsWith('postgres') ? await freshDatabaseUrl() : null;
    const dataDir = mkdtempSync(join(tmpdir(), 'inventra-audit-crash-'));
    const env = { INVENTRA_DATA_DIR: dataDir, ...(fresh ? { DATABASE_URL: fresh.url } : {}) };
    // The embedded database starts from the run's migrated template (the child loads it into its data dir).
    const template = fresh ? {} : { PGLITE_TEMPLATE: inject('dbTemplate') };
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/helpers/audit-writer.ts')], { cwd: ROOT, env: { ...process.env, ...env, ...template, DATABASE_URL: env.DATABASE_URL ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      const signal = await new Promise<string | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
      expect(signal, err).toBe('SIGKILL');
      const id = out.trim();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);

      const restarted = await createInventra(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', INVENTRA_DEMO: '0', ...env }), { skipBootstrap: true });
      try {
        expect(await isLinked(restarted.platform.db, id)).toBeNull(); // as the crash left it
        await restarted.ready();
        await vi.waitFor(async () => expect(await isLinked(restarted.platform.db, id)).toBe(1), { timeout: 15_000, interval: 50 });
        expect(await restarted.services.audit.verify(restarted.platform.db)).toEqual({ ok: true, checked: 1, firstBadId: null });
      } finally {
        await restarted.close();
      }
    } finally {
      await fresh?.drop?.();
    }
  });
});
