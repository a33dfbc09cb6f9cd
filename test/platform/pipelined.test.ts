import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

// database.pipelined: the order transaction's handle. On PostgreSQL the statements issued together
// go out in one flight; on the embedded database it is an ordinary transaction. Either way it is
// all or nothing, and the connection goes back to the pool as it came.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.platform.database.exec('create table pipelined_probe (id int primary key, v text not null)');
});
afterAll(() => t?.dispose());

const rows = async () => (await sql<{ id: number }>`select id from pipelined_probe order by id`.execute(t.platform.db)).rows.map((r) => r.id);
const insert = (tx: typeof t.platform.db, id: number, v: string | null = 'x') => sql`insert into pipelined_probe (id, v) values (${id}, ${v})`.execute(tx);

describe('database.pipelined', () => {
  it('commits every statement issued together, and what is awaited after them', async () => {
    const out = await t.platform.database.pipelined(async (tx) => {
      await Promise.all([insert(tx, 1), insert(tx, 2), insert(tx, 3)]);
      await insert(tx, 4);
      return 'done';
    });
    expect(out).toBe('done');
    expect(await rows()).toEqual([1, 2, 3, 4]);
  });

  it('rolls all of it back when the last statement of a flight fails', async () => {
    const failed = t.platform.database.pipelined(async (tx) => {
      const settled = await Promise.allSettled([insert(tx, 10), insert(tx, 11), insert(tx, 12, null)]);
      const err = settled.find((s) => s.status === 'rejected');
      if (err) throw (err as PromiseRejectedResult).reason;
    });
    await expect(failed).rejects.toThrow(/null value/);
    expect(await rows()).toEqual([1, 2, 3, 4]);
  });

  it('rolls back when fn throws with statements still in flight, and the connection stays usable', async () => {
    const failed = t.platform.database.pipelined(async (tx) => {
      void insert(tx, 20).catch(() => {});
      void insert(tx, 21).catch(() => {});
      throw new Error('changed my mind');
    });
    await expect(failed).rejects.toThrow('changed my mind');
    expect(await rows()).toEqual([1, 2, 3, 4]);
    // Every pooled connection still answers one query at a time, outside any transaction.
    const many = await Promise.all(Array.from({ length: 30 }, (_, i) => t.platform.database.pipelined((tx) => insert(tx, 100 + i))));
    expect(many).toHaveLength(30);
    expect((await rows()).length).toBe(34);
    const status = await Promise.all(Array.from({ length: 30 }, () => sql<{ n: string }>`select current_setting('transaction_isolation') as n`.execute(t.platform.db)));
    expect(status.every((r) => r.rows.length === 1)).toBe(true);
  });
});
