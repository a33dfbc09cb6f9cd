import { io, type Socket } from 'socket.io-client';
import type { QueryClient } from '@tanstack/react-query';
import type { EventEnvelope, ProductDetail } from './types';

// Loaded lazily (product and cart pages) so socket.io-client stays out of the initial bundle.

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
