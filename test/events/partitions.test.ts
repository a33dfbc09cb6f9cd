import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../src/platform/events/bus';
import { recordEvents, type DomainEvent } from '../../src/platform/events/outbox';
import { OutboxRelay, RELAY_PARTITIONS } from '../../src/platform/events/relay';
import { createTestApp, type TestApp } from '../helpers/app';
import { waitFor } from './receiver';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // This file runs its own relays; the app's would take the events to a bus without the probes.
  await t.relay!.stop();
  await sql`create table public.partition_probe (n bigserial primary key, relay text not null, event_id uuid not null, aggregate_id text not null, sequence bigint not null)`.execute(t.platform.db);
});
afterAll(() => t?.dispose());

/** A relay as another worker replica would run it: its own bus, its own loop, the same outbox. */
function worker(name: string, opts: { lanes?: number; batch?: number; failEvery?: number } = {}) {
  const bus = new EventBus();
  const seen: DomainEvent[] = [];
  let calls = 0;
  bus.subscribeBatch('part.*', 'partition-probe', async (events, tx) => {
    // A batch subscriber that sometimes fails: the relay redoes the batch event by event.
    if (opts.failEvery && ++calls % opts.failEvery === 0 && events.length > 1) throw new Error('batch hiccup');
    for (const e of events) {
      await sql`insert into public.partition_probe (relay, event_id, aggregate_id, sequence) values (${name}, ${e.id}, ${e.aggregateId}, ${e.sequence})`.execute(tx);
    }
    seen.push(...events);
  });
  const relay = new OutboxRelay(t.platform.database, bus, t.platform.log, t.platform.metrics, { pollMs: 50, lanes: opts.lanes, batch: opts.batch });
  return { relay, seen };
}

describe('partitioned relay', () => {
  it('two relays at once deliver every event once, each aggregate in sequence order', async () => {
    const a = worker('a', { lanes: 2, batch: 40 });
    const b = worker('b', { lanes: 2, batch: 40, failEvery: 7 });
    await Promise.all([a.relay.start(), b.relay.start()]);
    try {
      // 8 concurrent writers, 40 aggregates, while both relays run.
      const total = 800;
      let next = 0;
      const ids: string[] = [];
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < total) {
            const i = next++;
            const batch = [0, 1].map((j) => ({ type: 'part.tick', aggregateType: 'part', aggregateId: `g${(i * 2 + j) % 40}`, data: { i, j } }));
            const out = await t.platform.db.transaction().execute((tx) => recordEvents(tx, i % 3 ? batch.slice(0, 1) : batch));
            ids.push(...out.map((e) => e.id));
          }
        }),
      );
      await waitFor(async () => {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from events.outbox where aggregate_type = 'part' and published_at is null`.execute(t.platform.db);
        return rows[0].n === 0;
      }, 'both relays to publish everything', 120_000);
      const { rows } = await sql<{ event_id: string; aggregate_id: string; sequence: string }>`select event_id, aggregate_id, sequence from public.partition_probe order by n`.execute(t.platform.db);
      // once: the committed probe rows are exactly the events (rolled-back batches left nothing)
      expect(rows.map((r) => r.event_id).sort()).toEqual([...ids].sort());
      // in order: per aggregate, the commit order of the probes is 1, 2, 3…
      const per = new Map<string, number[]>();
      for (const r of rows) per.set(r.aggregate_id, [...(per.get(r.aggregate_id) ?? []), Number(r.sequence)]);
      expect(per.size).toBe(40);
      for (const [, seqs] of per) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    } finally {
      await Promise.all([a.relay.stop(), b.relay.stop()]);
    }
  });

  it('keeps an aggregate in one partition, and spreads aggregates over all of them', async () => {
    await t.platform.db.transaction().execute((tx) =>
      recordEvents(tx, Array.from({ length: 200 }, (_, i) => ({ type: 'spread.x', aggregateType: 'spread', aggregateId: `s${i % 100}`, data: {} }))),
    );
    const { rows } = await sql<{ aggregate_id: string; parts: number; p: number }>`
      select aggregate_id, count(distinct relay_partition)::int as parts, min(relay_partition) as p from events.outbox where aggregate_type = 'spread' group by 1`.execute(t.platform.db);
    expect(rows.every((r) => r.parts === 1)).toBe(true);
    expect(new Set(rows.map((r) => Number(r.p))).size).toBe(RELAY_PARTITIONS);
  });
});
