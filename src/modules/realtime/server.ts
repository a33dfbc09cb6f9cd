import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import type { DomainEvent } from '../../platform/events/outbox';
import type { App } from '../../platform/http/app';
import type { Platform } from '../../platform/platform';
import type { IdentityService } from '../identity/index';
import { emissionsFor, roomsFor, sessionRoom, userRoom } from './rooms';

export const REALTIME_PATH = '/v1/realtime';

/**
 * Socket.IO at /v1/realtime. Api processes accept sockets; the process that runs the outbox relay
 * emits each event once through the Redis adapter, which hands it to every api replica, and each
 * replica to its own sockets in the target rooms: each socket gets each event once. Without Redis
 * the relay and the sockets must share a process (role `all`).
 */
export function createRealtime(deps: { platform: Platform; app: App; identity: IdentityService }) {
  const { platform, app, identity } = deps;
  const { config, log } = platform;
  const acceptsSockets = config.role !== 'worker';
  const useRedis = Boolean(config.redisUrl);
  if (!acceptsSockets && !useRedis) {
    return { io: null, emit: (_e: DomainEvent) => {}, start: async () => {}, stop: async () => {} };
  }

  const io = acceptsSockets
    ? new Server(app.server, {
        path: REALTIME_PATH,
        serveClient: false,
        ...(config.corsOrigins.length ? { cors: { origin: [...config.corsOrigins], credentials: true } } : {}),
      })
    : new Server();

  let pub: Redis | null = null;
  let sub: Redis | null = null;
  if (useRedis) {
    pub = new Redis(config.redisUrl!, { lazyConnect: true, maxRetriesPerRequest: null });
    sub = pub.duplicate();
    for (const c of [pub, sub]) c.on('error', () => {});
    // Tests share one Redis: the adapter's channels carry the app's key prefix.
    const prefix = String(platform.redis?.options.keyPrefix ?? 'inventra:');
    io.adapter(createAdapter(pub, sub, { key: `${prefix}socket.io` }));
  }

  if (acceptsSockets) {
    io.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (token === undefined || token === null || token === '') {
        socket.data.principal = null;
        return next();
      }
      if (typeof token !== 'string') return next(new Error('unauthorized'));
      identity.authenticate({ authorization: `Bearer ${token}` }).then(
        (principal) => {
          socket.data.principal = principal;
          next();
        },
        () => next(new Error('unauthorized')),
      );
    });
    io.on('connection', (socket) => {
      const principal = socket.data.principal ?? null;
      void socket.join(roomsFor(principal));
      // A socket lives as long as its sign-in: it is in that session's room to be dropped with it.
      if (principal?.type === 'user' && principal.sessionId) void socket.join(sessionRoom(principal.sessionId));
    });
    app.addHook('preClose', async () => {
      io.disconnectSockets(true);
      io.engine.close();
    });
  }

  // Ended sessions (logout, reuse, password, role, deactivation) drop their sockets on every
  // replica: with the Redis adapter, disconnectSockets is broadcast to all of them.
  identity.onSessionsEnded(({ userId, sessionIds, all }) => {
    const rooms = [...sessionIds.map(sessionRoom), ...(all ? [userRoom(userId)] : [])];
    if (rooms.length) io.in(rooms).disconnectSockets(true);
  });

  return {
    io,
    /** Relay-side: sends one event to its audience on every replica. */
    emit(event: DomainEvent): void {
      for (const e of emissionsFor(event)) {
        let target = io.to(e.to);
        if (e.except.length) target = target.except(e.except);
        target.emit(event.type, e.envelope);
      }
    },
    async start(): Promise<void> {
      if (pub && sub) {
        // The adapter's subscribe may already have started connecting a lazy client.
        const connect = (c: Redis) => (c.status === 'wait' ? c.connect() : Promise.resolve());
        await Promise.all([connect(pub), connect(sub)]).catch((err) => log.warn({ err }, 'realtime: Redis adapter not connected yet; it keeps retrying'));
      }
    },
    async stop(): Promise<void> {
      // A worker's server has no HTTP server (nor engine) to close: io.close() would throw.
      if (!acceptsSockets) await Promise.resolve(io.of('/').adapter.close()).catch(() => {});
      pub?.disconnect();
      sub?.disconnect();
    },
  };
}

export type Realtime = ReturnType<typeof createRealtime>;
