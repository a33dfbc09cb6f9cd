import type { Page } from './types';

/** Accepts either a plain array or a `{ items, nextCursor }` page. */
export function asPage<T>(res: T[] | Page<T>): Page<T> {
  return Array.isArray(res) ? { items: res, nextCursor: null } : { items: res.items ?? [], nextCursor: res.nextCursor ?? null };
}
