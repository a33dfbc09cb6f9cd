import { createRequire } from 'node:module';
import type { JetStreamClient, NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { DomainEvent } from '../../platform/events/outbox';

export const STREAM_NAME = 'INVENTRA';
export const SUBJECT_PREFIX = 'inventra';
export const subjectOf = (type: string) => `${SUBJECT_PREFIX}.${type}`;

const codec = new TextEncoder(); // what nats' StringCodec encodes with; nats itself loads only when NATS_URL is set
const FAIL_FAST_MS = 5000;

/** nats loads on first use (only with NATS_URL), as password-policy loads zxcvbn: through require, which a bundled build leaves to Node. */
const loadNats = () => createRequire(import.meta.url)('nats') as typeof import('nats');

/**
 * Publishes every domain event to JetStream subject `inventra.<type>` with the event id as
 * `msgID`, so a re-published event (the relay is at least once) is dropped by the stream's
 * duplicate window. Runs as an outbox subscriber: an event counts as streamed once JetStream
 * acknowledged it; a failure is retried by the relay.
 */
export function createStreamPublisher(opts: { url: string; log: Logger; duplicateWindowMs?: number }) {
  const { url, log } = opts;
  let nc: NatsConnection | null = null;
  let js: JetStreamClient | null = null;
  let ready: Promise<void> | null = null;
  let failedAt = 0;
  let closed = false;

  async function ensureStream(conn: NatsConnection): Promise<void> {
    const jsm = await conn.jetstreamManager();
    try {
      await jsm.streams.info(STREAM_NAME);
    } catch {
      try {
        const { nanos } = loadNats();
        await jsm.streams.add({ name: STREAM_NAME, subjects: [`${SUBJECT_PREFIX}.>`], duplicate_window: nanos(opts.duplicateWindowMs ?? 10 * 60_000) });
      } catch (err) {
        // Another replica created it first.
        await jsm.streams.info(STREAM_NAME).catch(() => {
          throw err;
        });
      }
    }
    js = conn.jetstream();
  }

  async function connectOnce(): Promise<void> {
    while (!closed) {
      try {
        const { connect } = loadNats();
        const conn = await connect({ servers: url, name: 'inventra-outbox', maxReconnectAttempts: -1, reconnectTimeWait: 1000, timeout: 3000 });
        nc = conn;
        await ensureStream(conn);
        log.info({ url }, 'event stream connected (JetStream INVENTRA)');
        return;
      } catch (err) {
        log.warn({ err, url }, 'event stream: NATS not reachable; retrying');
        await nc?.close().catch(() => {});
        nc = null;
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  }

  return {
    /** Starts connecting; events published before the connection is up fail and are retried. */
    async start(waitMs = 3000): Promise<void> {
      ready = connectOnce();
      await Promise.race([ready, new Promise((r) => setTimeout(r, waitMs).unref())]);
    },

    async publish(event: DomainEvent): Promise<{ duplicate: boolean }> {
      if (!js || !nc || nc.isClosed()) throw new Error('event stream: NATS is not connected');
      // While NATS is failing, fail at once: the relay retries later instead of waiting per event.
      if (Date.now() - failedAt < FAIL_FAST_MS) throw new Error('event stream: NATS recently failed; retrying later');
      try {
        const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt, data: event.data });
        const ack = await js.publish(subjectOf(event.type), codec.encode(body), { msgID: event.id, timeout: 3000 });
        return { duplicate: ack.duplicate };
      } catch (err) {
        failedAt = Date.now();
        throw err;
      }
    },

    async stop(): Promise<void> {
      closed = true;
      await ready?.catch(() => {});
      if (nc && !nc.isClosed()) await nc.drain().catch(() => nc?.close());
    },
  };
}

export type StreamPublisher = ReturnType<typeof createStreamPublisher>;
