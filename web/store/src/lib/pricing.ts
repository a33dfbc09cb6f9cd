import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { api, currentAccessToken } from './api';
import { useAuth } from './auth';
import type { Order, Quote, QuoteInput } from './types';
import { invoiceQuery, openAuthorizedDocument } from '../../../shared/documents';

export type { Discount, OrderReturn, Quote, QuoteInput, TaxEntry } from './types';

/** The money fields an order shows (subtotal, discounts, taxes, returns). */
export type OrderMoney = Pick<Order, 'id' | 'number' | 'subtotal' | 'discounts' | 'discountTotal' | 'taxes' | 'taxTotal' | 'returns' | 'refundedTotal' | 'items'>;

/**
 * The quote for a cart, refreshed when the cart, coupon, address or slot changes; the previous
 * figures stay on screen while the next ones load. Points are left out: they are a means of
 * payment and change nothing but the amount to pay (total − points), exactly as the server does.
 */
export function useQuote(input: QuoteInput | null) {
  const signedIn = useAuth((s) => s.signedIn);
  const query = useQuery({
    queryKey: ['quote', signedIn, input],
    queryFn: ({ signal }) => api<Quote>('/v1/store/quote', { method: 'POST', body: input, auth: signedIn, signal }),
    enabled: input !== null && input.items.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 15_000,
  });
  // A refused request (a coupon that cannot be used) keeps the last figures on screen beside its reason.
  const last = useRef<Quote | undefined>(undefined);
  if (query.data) last.current = query.data;
  return { data: query.data ?? (query.isError ? last.current : undefined), error: query.error, isFetching: query.isFetching, isPending: query.isPending };
}

/** Opens (or downloads, for the PDF) a document the customer may read only with their token. */
export async function openInvoice(orderId: string, format: 'html' | 'pdf', lang: string): Promise<void> {
  return openAuthorizedDocument(`/v1/store/orders/${encodeURIComponent(orderId)}/invoice?${invoiceQuery(format, lang)}`, currentAccessToken);
}

export const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
