import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent, recordEvents } from '../../src/platform/events/outbox';
import type { DomainEvent } from '../../src/platform/events/outbox';
import { createTestApp, type TestApp } from '../helpers/app';
import { waitFor } from './receiver';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await sql`create table public.relay_probe (event_id uuid not null, subscriber text not null)`.execute(t.platform.db);
});
afterAll(() => t?.dispose());

const probes = async (subscriber: string) =>
  (await sql<{ event_id: string }>`select event_id from public.relay_probe where subscriber = ${subscriber}`.execute(t.platform.db)).rows.map((r) => r.event_id);

describe('outbox relay', () => {
  it('hands events to subscribers in order per aggregate, inside its transaction', async () => {
    const seen: DomainEvent[] = [];
    t.platform.bus.subscribe('ordered.*', 'ordered-probe', async (e, tx) => {
      seen.push(e);
      await sql`insert into public.relay_probe values (${e.id}, 'ordered')`.execute(tx);
    });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const e = await t.platform.db.transaction().execute((tx) => recordEvent(tx, { type: 'ordered.step', aggregateType: 'a', aggregateId: i % 2 ? 'odd' : 'even', data: { i } }));
      ids.push(e.id);
    }
    await t.relay!.drain();
    // per aggregate, in emission order (aggregates in different partitions may interleave either way)
    for (const agg of ['odd', 'even']) {
      expect(seen.filter((e) => e.aggregateId === agg).map((e) => e.id)).toEqual(ids.filter((_, i) => (i % 2 ? 'odd' : 'even') === agg));
    }
    expect(seen).toHaveLength(ids.length);
    expect((await probes('ordered')).sort()).toEqual([...ids].sort());
    const unpublished = await sql<{ n: number }>`select count(*)::int as n from events.outbox where published_at is null`.execute(t.platform.db);
    expect(unpublished.rows[0].n).toBe(0);
  });

  it('wakes on NOTIFY without drain()', async () => {
    const seen: string[] = [];
    t.platform.bus.subscribe('notify.*', 'notify-probe', (e) => {
      seen.push(e.id);
    });
    const e = await t.platform.db.transaction().execute((tx) => recordEvent(tx, { type: 'notify.me', aggregateType: 'a', aggregateId: 'n', data: {} }));
    await waitFor(() => seen.includes(e.id), 'the relay to publish on its own');
  });

  it('isolates a failing subscriber: its writes roll back, the others commit, and it gets the event again later', async () => {
    let down = true;
    t.platform.bus.subscribe('flaky.*', 'steady', async (e, tx) => {
      await sql`insert into public.relay_probe values (${e.id}, 'steady')`.execute(tx);
    });
    t.platform.bus.subscribe('flaky.*', 'flaky', async (e, tx) => {
      await sql`insert into public.relay_probe values (${e.id}, 'flaky')`.execute(tx);
      if (down) throw new Error('flaky subscriber is down');
    });
    const [a, b] = await t.platform.db.transaction().execute((tx) =>
      recordEvents(tx, [
        { type: 'flaky.one', aggregateType: 'f', aggregateId: '1', data: {} },
        { type: 'flaky.two', aggregateType: 'f', aggregateId: '2', data: {} },
      ]),
    );
    await t.relay!.drain();
    // the event is published; the steady subscriber committed once each; the flaky one's failed writes rolled back
    expect((await probes('steady')).filter((id) => id === a.id || id === b.id).sort()).toEqual([a.id, b.id].sort());
    expect(await probes('flaky')).toEqual([]);
    const retries = await sql<{ event_id: string; attempts: number; last_error: string }>`select event_id, attempts, last_error from events.subscriber_retries where subscriber = 'flaky'`.execute(t.platform.db);
    expect(retries.rows.map((r) => r.event_id).sort()).toEqual([a.id, b.id].sort());
    expect(retries.rows[0].last_error).toContain('flaky subscriber is down');
    // retried after its backoff, until it succeeds; the steady subscriber is not called again
    down = false;
    await waitFor(async () => {
      await t.relay!.drain();
      return (await probes('flaky')).length === 2;
    }, 'the flaky subscriber to catch up');
    expect((await probes('flaky')).sort()).toEqual([a.id, b.id].sort());
    expect((await probes('steady')).filter((id) => id === a.id || id === b.id)).toHaveLength(2);
    const left = await sql<{ n: number }>`select count(*)::int as n from events.subscriber_retries where subscriber = 'flaky'`.execute(t.platform.db);
    expect(left.rows[0].n).toBe(0);
  });

  it('an event recorded in a rolled-back transaction is never published', async () => {
    const seen: string[] = [];
    t.platform.bus.subscribe('rolledback.*', 'rb-probe', (e) => {
      seen.push(e.id);
    });
    await t.platform.db
      .transaction()
      .execute(async (tx) => {
        await recordEvent(tx, { type: 'rolledback.x', aggregateType: 'a', aggregateId: 'r', data: {} });
        throw new Error('abort');
      })
      .catch(() => {});
    await t.relay!.drain();
    expect(seen).toEqual([]);
  });
});
