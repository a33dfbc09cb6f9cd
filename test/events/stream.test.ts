import { connect, type NatsConnection, StringCodec } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../../src/platform/events/outbox';
import { STREAM_NAME } from '../../src/consumers/stream/publisher';
import { createTestApp, type TestApp } from '../helpers/app';
import { waitFor } from './receiver';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
let t: TestApp;
let nc: NatsConnection;
const sc = StringCodec();

beforeAll(async () => {
  t = await createTestApp({ NATS_URL });
  nc = await connect({ servers: NATS_URL });
});
afterAll(async () => {
  await nc?.close();
  await t?.dispose();
});

describe('event stream (NATS JetStream)', () => {
  it('publishes every event to inventra.<type> with the event id as message id, deduplicated', async () => {
    const type = `streamtest.r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const event = await t.platform.db.transaction().execute((tx) => recordEvent(tx, { type, aggregateType: 'test', aggregateId: 'x', data: { hello: 'nats' } }));
    await t.relay!.drain();
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(STREAM_NAME);
    expect(info.config.subjects).toContain('inventra.>');
    const msg = await waitFor(() => jsm.streams.getMessage(STREAM_NAME, { last_by_subj: `inventra.${type}` }).catch(() => null), 'the message');
    expect(msg.header.get('Nats-Msg-Id')).toBe(event.id);
    expect(JSON.parse(sc.decode(msg.data))).toEqual({ id: event.id, type, createdAt: event.createdAt, data: { hello: 'nats' } });
    // the relay hands an event out again (at least once): JetStream drops the duplicate
    const again = await t.consumers.stream!.publish(event);
    expect(again.duplicate).toBe(true);
    const count = (await jsm.streams.info(STREAM_NAME, { subjects_filter: `inventra.${type}` })).state.subjects?.[`inventra.${type}`];
    expect(count).toBe(1);
  });
});
