import { sql } from 'kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvents, type DomainEvent, type NewEvent } from '../../src/platform/events/outbox';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.dispose());

const sequences = async (aggregateType: string) =>
  (
    await sql<{ aggregate_id: string; sequence: string; seq: string }>`
      select aggregate_id, sequence, seq from events.outbox where aggregate_type = ${aggregateType} order by seq`.execute(t.platform.db)
  ).rows;

/** Per aggregate: 1..n in outbox (commit) order, no gaps, no repeats. */
function expectGapFree(rows: { aggregate_id: string; sequence: string }[]) {
  const per = new Map<string, number[]>();
  for (const r of rows) per.set(r.aggregate_id, [...(per.get(r.aggregate_id) ?? []), Number(r.sequence)]);
  for (const [, seqs] of per) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  return per;
}

describe('per-aggregate sequence', () => {
  it('numbers one aggregate 1, 2, 3… within a call, across calls, and on the envelope', async () => {
    const out = await t.platform.db.transaction().execute(async (tx) => [
      ...(await recordEvents(tx, [
        { type: 'seq.a', aggregateType: 'seq-basic', aggregateId: 'x', data: {} },
        { type: 'seq.a', aggregateType: 'seq-basic', aggregateId: 'y', data: {} },
        { type: 'seq.a', aggregateType: 'seq-basic', aggregateId: 'x', data: {} },
      ])),
      ...(await recordEvents(tx, [{ type: 'seq.a', aggregateType: 'seq-basic', aggregateId: 'x', data: {} }])),
    ]);
    expect(out.map((e) => [e.aggregateId, e.sequence])).toEqual([['x', 1], ['y', 1], ['x', 2], ['x', 3]]);
    // the same numbers reach subscribers through the relay
    const seen: DomainEvent[] = [];
    t.platform.bus.subscribe('seq.*', 'seq-probe', (e) => {
      seen.push(e);
    });
    await t.relay!.drain();
    expect(seen.filter((e) => e.aggregateType === 'seq-basic').map((e) => [e.aggregateId, e.sequence])).toEqual([['x', 1], ['y', 1], ['x', 2], ['x', 3]]);
  });

  it('stays gap-free and in commit order under concurrent emitters, with rollbacks', async () => {
    const aggregates = ['p', 'q', 'r'];
    // Each transaction emits a few events over a few aggregates (in one call, or several calls for
    // one aggregate), pauses while holding its counters, and sometimes rolls back.
    const plan = fc.array(
      fc.record({
        events: fc.array(fc.constantFrom(...aggregates), { minLength: 1, maxLength: 4 }),
        split: fc.boolean(),
        rollback: fc.boolean(),
        pauseMs: fc.integer({ min: 0, max: 5 }),
      }),
      { minLength: 10, maxLength: 30 },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(plan, async (txs) => {
        const type = `seq-conc-${run++}`;
        const committed = new Map<string, number>();
        await Promise.all(
          txs.map(async (p) => {
            const evs: NewEvent[] = p.events.map((id) => ({ type: 'seqc.x', aggregateType: type, aggregateId: id, data: {} }));
            try {
              await t.platform.db.transaction().execute(async (tx) => {
                if (p.split && new Set(p.events).size === 1) for (const e of evs) await recordEvents(tx, [e]);
                else await recordEvents(tx, evs);
                await new Promise((r) => setTimeout(r, p.pauseMs));
                if (p.rollback) throw new Error('rollback');
              });
              for (const id of p.events) committed.set(id, (committed.get(id) ?? 0) + 1);
            } catch (err) {
              if ((err as Error).message !== 'rollback') throw err;
            }
          }),
        );
        const per = expectGapFree(await sequences(type));
        for (const id of aggregates) expect(per.get(id)?.length ?? 0).toBe(committed.get(id) ?? 0);
      }),
      { numRuns: 8 },
    );
  });

  it('the counter survives deletion of published events (no number is reused)', async () => {
    const emit = () => t.platform.db.transaction().execute((tx) => recordEvents(tx, [{ type: 'seq.d', aggregateType: 'seq-del', aggregateId: 'z', data: {} }]));
    await emit();
    await sql`delete from events.outbox where aggregate_type = 'seq-del'`.execute(t.platform.db);
    expect((await emit())[0].sequence).toBe(2);
  });
});
