import { createHash } from 'node:crypto';
import { canonicalJson } from '../../platform/core/canonical-json';
import type { Db } from '../../platform/db/database';
import { DomainError, type FieldError, statusFor } from '../../platform/errors';
import type { Clock } from '../../platform/platform';
import type { Order } from './present';
import { ordersRepo as repo } from './repo';

/**
 * Idempotency-Key for placing orders: the first outcome of a key (the order, or a business
 * refusal) is stored and replayed for 24 h. What is stored is the domain outcome; the route layer
 * renders a replayed refusal as problem+json like any other.
 */
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const IDEMPOTENCY_LEASE_MS = 60 * 1000;

export interface KeyDeps {
  db: Db;
  clock: Clock;
}

/** A business refusal as stored for replay (older rows hold a whole problem body; these fields are in both). */
interface StoredRefusal {
  code: string;
  detail?: string;
  errors?: FieldError[];
}

/** What an Idempotency-Key is bound to: the request body, canonically hashed. */
export const requestHash = (input: unknown) => createHash('sha256').update(canonicalJson(input)).digest('hex');

/** Claims an Idempotency-Key for this customer (null), or answers what the key already stands for. */
export async function claimKey(d: KeyDeps, userId: string, key: string, hash: string): Promise<{ status: number; body: unknown } | null> {
  const now = d.clock.now();
  const leaseUntil = new Date(now.getTime() + IDEMPOTENCY_LEASE_MS);
  if (await repo.idempotency.claim(d.db, { userId, key, hash, now, leaseUntil, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) })) return null;
  const row = await repo.idempotency.find(d.db, userId, key);
  if (!row) return claimKey(d, userId, key, hash); // expired and purged meanwhile
  if (row.request_hash !== hash) {
    throw new DomainError('idempotency_key_reused', `Idempotency-Key ${key} was used for a different request; use a new key for a new order`);
  }
  if (row.state === 'done') return { status: row.response_status!, body: row.response_body };
  if (await repo.idempotency.takeOver(d.db, userId, key, now, leaseUntil)) return null;
  // The holder is still working, or crashed and its lease has not lapsed: say when to come back.
  const retryAfter = Math.max(1, Math.ceil((new Date(row.locked_until).getTime() - now.getTime()) / 1000));
  throw new DomainError('idempotency_key_in_use', `A request with Idempotency-Key ${key} is still being processed; retry in ${retryAfter} s`, {
    headers: { 'retry-after': String(Math.min(retryAfter, 60)) },
  });
}

/** The stored outcome again: the order, or the same refusal (marked as a replay). */
export function replayed(stored: { status: number; body: unknown }): Order {
  if (stored.status >= 400) {
    const r = stored.body as StoredRefusal;
    throw new DomainError(r.code, r.detail, { status: stored.status, errors: r.errors, headers: { 'idempotent-replayed': 'true' } });
  }
  return stored.body as Order;
}

/** Stores the placed order as the key's outcome, in the order's transaction. */
export const keepOrder = (tx: Db, userId: string, key: string, order: Order) => repo.idempotency.complete(tx, userId, key, 201, order, order.id);

/** A request that failed: a business refusal is the key's first outcome too (replayed); anything unexpected frees the key for a retry. */
export async function settleFailure(d: KeyDeps, userId: string, key: string, err: unknown): Promise<void> {
  const status = err instanceof DomainError ? statusFor(err) : 500;
  if (err instanceof DomainError && status < 500) {
    const refusal: StoredRefusal = { code: err.code, detail: err.detail, errors: err.extra.errors?.length ? err.extra.errors : undefined };
    await repo.idempotency.complete(d.db, userId, key, status, refusal, null).catch(() => {});
  } else {
    await repo.idempotency.drop(d.db, userId, key).catch(() => {});
  }
}
