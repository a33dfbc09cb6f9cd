import { i18next } from '../../../shared/i18n';
// Live updates: Socket.IO at /v1/realtime. New orders show a toast and refresh the order
// and dashboard views; stock changes refresh inventory views.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { io } from 'socket.io-client';
import { currentAccessToken, refreshAccessToken, useSession } from './session';
import { toast } from './toast';
import type { EventEnvelope } from './types';

export function useRealtime() {
  const queryClient = useQueryClient();
  const signedIn = useSession((s) => s.session !== null);

  useEffect(() => {
    if (!signedIn) return;
    let stopped = false;
    const socket = io({
      path: '/v1/realtime',
      // A function so every (re)connect sends the freshest access token.
      auth: (cb) => {
        currentAccessToken().then((token) => cb({ token: token ?? undefined }), () => cb({}));
      },
    });

    let retryDelay = 1_000;
    socket.on('connect', () => {
      retryDelay = 1_000;
    });
    socket.on('connect_error', () => {
      // A refused handshake is not retried by the client itself; refresh and try again.
      if (stopped || socket.active) return;
      setTimeout(async () => {
        if (stopped) return;
        const session = useSession.getState().session;
        if (session && session.expiresAt < Date.now() + 60_000) await refreshAccessToken(session.accessToken);
        socket.connect();
      }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30_000);
    });

    socket.on('order.created', (envelope: EventEnvelope<{ id?: string; number?: number; orderId?: string; total?: number }>) => {
      const data = envelope?.data ?? {};
      const id = data.id ?? data.orderId;
      toast.info(data.number !== undefined ? i18next.t('shell:live.newOrder', { number: data.number }) : i18next.t('shell:live.newOrderAnon'), id ? { href: `/orders/${id}`, linkText: i18next.t('shell:live.openOrder') } : {});
      queryClient.invalidateQueries({ queryKey: ['orders'] });
      queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    });
    const refreshOrders = () => {
      queryClient.invalidateQueries({ queryKey: ['orders'] });
      queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    };
    for (const type of ['order.processing', 'order.completed', 'order.cancelled', 'order.refunded', 'payment.paid', 'payment.refunded', 'shipment.created', 'shipment.updated']) {
      socket.on(type, refreshOrders);
    }
    socket.on('inventory.updated', () => {
      queryClient.invalidateQueries({ queryKey: ['inventory'] });
    });
    socket.on('inventory.low_stock', (envelope: EventEnvelope<{ sku?: string }>) => {
      queryClient.invalidateQueries({ queryKey: ['inventory'] });
      queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      if (envelope?.data?.sku) toast.info(i18next.t('shell:live.lowStock', { sku: envelope.data.sku }), { href: `/inventory/${encodeURIComponent(envelope.data.sku)}`, linkText: i18next.t('shell:live.viewStock') });
    });

    return () => {
      stopped = true;
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [signedIn, queryClient]);
}
