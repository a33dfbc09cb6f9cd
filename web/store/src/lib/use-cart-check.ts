import { useQueries } from '@tanstack/react-query';
import { api, isApiError } from './api';
import { useCart, type CartLine } from './cart';
import { keys } from './queries';
import type { ProductDetail } from './types';

export type LineProblem = 'gone' | 'sold_out' | 'too_many' | null;

export interface CheckedLine extends CartLine {
  /** Live unit price (falls back to the price when added while loading). */
  unitPrice: number;
  available: number | null;
  problem: LineProblem;
}

/** The cart's lines checked against the live catalog: price, stock and whether each can be ordered. */
export function useCartCheck() {
  const lines = useCart((s) => s.lines);
  const slugs = [...new Set(lines.map((l) => l.slug))];
  const results = useQueries({
    queries: slugs.map((slug) => ({
      queryKey: keys.product(slug),
      queryFn: ({ signal }: { signal: AbortSignal }) => api<ProductDetail>(`/v1/store/products/${encodeURIComponent(slug)}`, { signal }),
      staleTime: 10_000,
    })),
  });
  const bySlug = new Map(slugs.map((s, i) => [s, results[i]]));
  const checked: CheckedLine[] = lines.map((line) => {
    const r = bySlug.get(line.slug);
    const gone = r?.isError && isApiError(r.error) && r.error.status === 404;
    const variant = r?.data?.variants.find((v) => v.sku === line.sku);
    if (gone || (r?.data && !variant)) return { ...line, unitPrice: line.price, available: 0, problem: 'gone' };
    if (!variant) return { ...line, unitPrice: line.price, available: null, problem: null };
    const problem: LineProblem = variant.available <= 0 ? 'sold_out' : line.quantity > variant.available ? 'too_many' : null;
    return { ...line, unitPrice: variant.price, available: variant.available, problem };
  });
  const loading = results.some((r) => r.isPending);
  const failed = results.some((r) => r.isError && !(isApiError(r.error) && r.error.status === 404));
  const subtotal = checked.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
  return { lines: checked, loading, failed, subtotal, ok: !loading && !failed && checked.length > 0 && checked.every((l) => !l.problem) };
}
