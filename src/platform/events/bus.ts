import type { Db } from '../db/database';
import type { DomainEvent } from './outbox';

/**
 * Runs inside the relay's transaction: write through `tx` (never the root handle, which on the
 * embedded database would wait for the relay's own connection), so work queued here commits
 * together with the event being marked published.
 */
export type EventHandler = (event: DomainEvent, tx: Db) => Promise<void> | void;

/** `order.*` matches `order.created`; `*` matches everything. */
export function matchesPattern(pattern: string, type: string): boolean {
  if (pattern === '*' || pattern === type) return true;
  return pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1));
}

/** In-process subscribers of committed domain events, fed by the outbox relay. */
export class EventBus {
  private readonly subscribers: { pattern: string; name: string; handler: EventHandler }[] = [];

  subscribe(pattern: string, name: string, handler: EventHandler): void {
    this.subscribers.push({ pattern, name, handler });
  }

  /** Runs every matching handler; a failing handler is reported, not retried here. */
  async dispatch(event: DomainEvent, tx: Db, onError: (name: string, err: unknown) => void): Promise<void> {
    for (const s of this.subscribers) {
      if (!matchesPattern(s.pattern, event.type)) continue;
      try {
        await s.handler(event, tx);
      } catch (err) {
        onError(s.name, err);
      }
    }
  }
}
