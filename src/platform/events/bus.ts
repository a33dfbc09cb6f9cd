import type { Db } from '../db/database';
import type { DomainEvent } from './outbox';

/**
 * Runs inside the relay's transaction: write through `tx` (never the root handle, which on the
 * embedded database would wait for the relay's own connection), so work queued here commits
 * together with the event being marked published.
 */
export type EventHandler = (event: DomainEvent, tx: Db) => Promise<void> | void;

/** A subscriber that takes a relay batch's matching events at once (one query instead of one per event). */
export type BatchHandler = (events: DomainEvent[], tx: Db) => Promise<void>;

export interface Subscriber {
  pattern: string;
  /** Stable name: failed events are retried per subscriber, by this name. */
  name: string;
  handler: EventHandler;
  /**
   * The handler writes nothing through `tx` (Socket.IO, NATS): once it succeeded for an event,
   * a rolled-back relay pass need not run it again.
   */
  external: boolean;
  /** Set for `subscribeBatch`: the relay hands it a batch at once (and one event at a time when isolating a failure). */
  batch?: BatchHandler;
}

/** `order.*` matches `order.created`; `*` matches everything. */
export function matchesPattern(pattern: string, type: string): boolean {
  if (pattern === '*' || pattern === type) return true;
  return pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1));
}

/** In-process subscribers of committed domain events, fed by the outbox relay. */
export class EventBus {
  private readonly subscribers: Subscriber[] = [];
  private readonly commitListeners: (() => void)[] = [];

  /** Called after the relay committed a batch (e.g. to wake job workers for what it queued). */
  onBatchCommitted(fn: () => void): void {
    this.commitListeners.push(fn);
  }

  batchCommitted(): void {
    for (const fn of this.commitListeners) {
      try {
        fn();
      } catch {
        /* a listener must not break the relay */
      }
    }
  }

  subscribe(pattern: string, name: string, handler: EventHandler, opts: { external?: boolean } = {}): void {
    if (this.subscribers.some((s) => s.name === name && s.pattern === pattern)) {
      throw new Error(`event subscriber ${name} is already subscribed to ${pattern}`);
    }
    this.subscribers.push({ pattern, name, handler, external: opts.external ?? false });
  }

  /**
   * Like `subscribe`, but the relay calls `handler` once per batch with every matching event, in
   * order. When a batch fails, the relay retries event by event, so a handler must also accept one.
   */
  subscribeBatch(pattern: string, name: string, handler: BatchHandler, opts: { external?: boolean } = {}): void {
    this.subscribe(pattern, name, (event, tx) => handler([event], tx), opts);
    this.subscribers[this.subscribers.length - 1].batch = handler;
  }

  /** Batch subscribers, in subscription order. */
  batchSubscribers(): Subscriber[] {
    return this.subscribers.filter((s) => s.batch);
  }

  /** Subscribers of this event type, in subscription order. */
  matching(type: string): Subscriber[] {
    return this.subscribers.filter((s) => matchesPattern(s.pattern, type));
  }

  /** The subscriptions of one subscriber name (for retrying a failed event). */
  named(name: string, type: string): Subscriber[] {
    return this.subscribers.filter((s) => s.name === name && matchesPattern(s.pattern, type));
  }

  /** Runs every matching handler; a failing handler is reported, not retried here. */
  async dispatch(event: DomainEvent, tx: Db, onError: (name: string, err: unknown) => void): Promise<void> {
    for (const s of this.matching(event.type)) {
      try {
        await s.handler(event, tx);
      } catch (err) {
        onError(s.name, err);
      }
    }
  }
}
