import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useAuth } from './auth';
import { keys } from './queries';

/**
 * Keeps the signed-in customer's orders live: when an `order.*` or `payment.*` event of one of
 * their orders arrives over Socket.IO (or the connection comes back after a gap), the order
 * views refetch. `orderId` narrows it to one order. Returns whether the live connection is up.
 */
export function useLiveOrders(orderId?: string): boolean {
  const qc = useQueryClient();
  const userId = useAuth((s) => (s.signedIn ? (s.user?.id ?? 'signed-in') : null));
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!userId) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    const refresh = (id?: string) => {
      void qc.invalidateQueries({ queryKey: keys.orders, exact: true });
      if (id) void qc.invalidateQueries({ queryKey: keys.order(id) });
    };
    import('./realtime')
      .then(({ followOrders }) => {
        if (cancelled) return;
        stop = followOrders(
          (type, id) => {
            if (orderId && id !== orderId) return;
            refresh(id);
            // Completing, cancelling or refunding changes the points balance.
            if (/^order\.(completed|cancelled|refunded)$/.test(type)) void qc.invalidateQueries({ queryKey: keys.points });
          },
          { onReconnect: () => refresh(orderId), onConnectionChange: setLive },
        );
      })
      .catch(() => setLive(false));
    return () => {
      cancelled = true;
      stop?.();
      setLive(false);
    };
  }, [qc, userId, orderId]);
  return live;
}
