import { connect, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database';
import { recordEvents } from '../../src/platform/events/outbox';
import { STREAM_NAME } from '../../src/modules/stream/publisher';
import { type Receiver, startReceiver, waitFor } from './receiver';
import { freshServerDatabase, type Proc, serverDatabase, startProcess, stopProcess } from './processes';

const REDIS_URL = process.env.REDIS_URL;
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const ADMIN = { email: 'crash-admin@example.com', password: 'crash-admin-password' };
const TOTAL = 1000;

/** Separate processes on one database: PostgreSQL only. */
describe.skipIf(!serverDatabase())('crash: SIGKILL the worker in the middle of a burst of 1,000 events', () => {
  const procs: Proc[] = [];
  let receiver: Receiver;
  let database: Database;
  let nc: NatsConnection;
  let drop: (() => Promise<void>) | null = null;
  let env: Record<string, string>;

  beforeAll(async () => {
    const db = await freshServerDatabase();
    drop = db.drop;
    env = {
      DATABASE_URL: db.url,
      NATS_URL,
      ...(REDIS_URL ? { REDIS_URL } : {}),
      JWT_SECRET: 'crash-test-jwt-secret-0123456789-abcdefghij',
      INVENTRA_ADMIN_EMAIL: ADMIN.email,
      INVENTRA_ADMIN_PASSWORD: ADMIN.password,
      INVENTRA_DATA_DIR: `/tmp/inventra-crash-${process.pid}`,
    };
    procs.push(await startProcess('api', env));
    procs.push(await startProcess('worker', env));
    receiver = await startReceiver();
    database = await openDatabase({ url: db.url, poolSize: 4 });
    nc = await connect({ servers: NATS_URL });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => stopProcess(p)));
    await receiver?.close();
    await nc?.close();
    await database?.close();
    await drop?.();
  });

  it('delivers every event to the webhook receiver and to NATS after the restart', async () => {
    const api = procs[0];
    const run = `crash${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const login = await (await fetch(`${api.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })).json();
    const hook = await fetch(`${api.url}/v1/admin/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
      body: JSON.stringify({ url: receiver.url, events: [`${run}.*`] }),
    });
    expect(hook.status).toBe(201);

    const produced: string[] = [];
    const produce = async (n: number) => {
      for (let i = 0; i < n; i += 20) {
        const batch = Array.from({ length: 20 }, (_, j) => ({ type: `${run}.burst`, aggregateType: 'crash', aggregateId: `a${(i + j) % 7}`, data: { n: produced.length + j } }));
        const events = await database.db.transaction().execute((tx) => recordEvents(tx, batch));
        produced.push(...events.map((e) => e.id));
      }
    };
    const ids = () => new Set(receiver.received.map((r) => r.headers['webhook-id'] as string));

    await produce(400);
    await waitFor(() => ids().size >= 100, 'the first deliveries', 60_000);
    const worker = procs[1];
    await stopProcess(worker, 'SIGKILL');
    expect(worker.child.signalCode).toBe('SIGKILL');
    const atKill = ids().size;
    await produce(TOTAL - 400);
    expect(produced).toHaveLength(TOTAL);
    expect(atKill).toBeLessThan(TOTAL);

    procs[1] = await startProcess('worker', env);
    await waitFor(() => ids().size === TOTAL, `all ${TOTAL} webhook deliveries (had ${ids().size})`, 180_000);
    expect(ids()).toEqual(new Set(produced));

    const jsm = await nc.jetstreamManager();
    const subject = `inventra.${run}.burst`;
    const streamed = await waitFor(async () => {
      const n = (await jsm.streams.info(STREAM_NAME, { subjects_filter: subject })).state.subjects?.[subject] ?? 0;
      return n >= TOTAL ? n : null;
    }, 'all events in JetStream', 60_000);
    // msgID = event id: events re-published after the crash were dropped as duplicates
    expect(streamed).toBe(TOTAL);
  }, 400_000);
});
