import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';

/** Subscribes the page to live stock updates; returns whether the live connection is up. */
export function useLiveInventory(enabled = true): boolean {
  const qc = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    import('./realtime')
      .then(({ followInventory }) => {
        if (!cancelled) stop = followInventory(qc, setLive);
      })
      .catch(() => setLive(false));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [qc, enabled]);
  return live;
}
