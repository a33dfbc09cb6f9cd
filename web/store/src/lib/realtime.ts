import { io, type Socket } from 'socket.io-client';
import type { QueryClient } from '@tanstack/react-query';
import { currentAccessToken, refreshSession } from './api';
import { useAuth } from './auth';
import type { EventEnvelope, ProductDetail } from './types';

// Loaded lazily (product, cart and order pages) so socket.io-client stays out of the initial bundle.

type Stock = { sku: string; available: number };

let socket: Socket | null = null;
let users = 0;

/**
 * Keeps the cached product details' `available` live from `inventory.updated` events and
 * returns a function that stops listening (the socket closes when nobody listens).
 */
export function followInventory(qc: QueryClient, onConnectionChange?: (live: boolean) => void): () => void {
  socket ??= io({ path: '/v1/realtime', transports: ['websocket', 'polling'] });
  const s = socket;
  users++;
  const onUpdate = (e: EventEnvelope<Stock>) => {
    const { sku, available } = e.data ?? ({} as Stock);
    if (typeof sku !== 'string' || typeof available !== 'number') return;
    qc.setQueriesData<ProductDetail>({ queryKey: ['product'] }, (p) =>
      p && p.variants.some((v) => v.sku === sku)
        ? { ...p, variants: p.variants.map((v) => (v.sku === sku ? { ...v, available } : v)) }
        : p,
    );
  };
  const onConnect = () => onConnectionChange?.(true);
  const onDisconnect = () => onConnectionChange?.(false);
  s.on('inventory.updated', onUpdate);
  s.on('connect', onConnect);
  s.on('disconnect', onDisconnect);
  if (s.connected) onConnect();
  else if (!s.active) s.connect();
  return () => {
    s.off('inventory.updated', onUpdate);
    s.off('connect', onConnect);
    s.off('disconnect', onDisconnect);
    if (--users === 0) {
      s.disconnect();
      socket = null;
    }
  };
}

// ---- the signed-in customer's own orders ----

type OrderEventData = { orderId?: string; id?: string; status?: string };

let customerSocket: Socket | null = null;
let customerUsers = 0;
const orderListeners = new Set<(type: string, orderId: string) => void>();

/**
 * A socket authenticated as the customer (auth `{ token }`): the server sends it the `order.*`
 * and `payment.*` events of this customer's own orders. `onEvent` gets every such event (with
 * its order id); `onReconnect` runs after the connection comes back (events may have been
 * missed meanwhile). Returns a function that stops listening (the socket closes when nobody
 * listens).
 */
export function followOrders(
  onEvent: (type: string, orderId: string) => void,
  opts: { onReconnect?: () => void; onConnectionChange?: (live: boolean) => void } = {},
): () => void {
  if (!customerSocket) {
    const s = io({
      path: '/v1/realtime',
      transports: ['websocket', 'polling'],
      // A function, so every (re)connect sends the freshest access token.
      auth: (cb) => {
        currentAccessToken().then(
          (token) => cb(token ? { token } : {}),
          () => cb({}),
        );
      },
    });
    let retryDelay = 1_000;
    s.on('connect', () => {
      retryDelay = 1_000;
    });
    // A refused handshake (an access token that expired in between) is not retried by the
    // client itself: refresh the session and try again, backing off.
    s.on('connect_error', () => {
      if (s.active || customerSocket !== s) return;
      setTimeout(() => {
        if (customerSocket !== s) return;
        void refreshSession(useAuth.getState().accessToken ?? undefined)
          .catch(() => null)
          .then((token) => {
            if (token && customerSocket === s) s.connect();
          });
      }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30_000);
    });
    s.onAny((type: string, envelope: EventEnvelope<OrderEventData> | undefined) => {
      if (!/^(order|payment)\./.test(type)) return;
      const orderId = envelope?.data?.orderId ?? (type.startsWith('order.') ? envelope?.data?.id : undefined);
      if (typeof orderId !== 'string') return;
      for (const listener of orderListeners) listener(type, orderId);
    });
    customerSocket = s;
  }
  const s = customerSocket;
  customerUsers++;
  orderListeners.add(onEvent);
  let connectedBefore = s.connected;
  const onConnect = () => {
    opts.onConnectionChange?.(true);
    if (connectedBefore) opts.onReconnect?.();
    connectedBefore = true;
  };
  const onDisconnect = () => opts.onConnectionChange?.(false);
  s.on('connect', onConnect);
  s.on('disconnect', onDisconnect);
  if (s.connected) opts.onConnectionChange?.(true);
  else if (!s.active) s.connect();
  return () => {
    orderListeners.delete(onEvent);
    s.off('connect', onConnect);
    s.off('disconnect', onDisconnect);
    if (--customerUsers === 0) {
      s.disconnect();
      customerSocket = null;
    }
  };
}
