// Queries more than one screen reads, with their cache keys in one place (the endpoints are in
// ./api). Screen-specific lists keep their queries beside the screen.
import { useQuery } from '@tanstack/react-query';
import { adminApi } from './api';

export const queryKeys = {
  me: ['me'] as const,
  settings: ['settings'] as const,
  customer: (id: string | null | undefined) => ['customers', 'detail', id] as const,
  product: (id: string | null | undefined) => ['products', 'detail', id] as const,
  stock: (sku: string) => ['inventory', 'sku', sku] as const,
};

/** Who is signed in, as the server says now (role changes show without signing in again). */
export const useMe = () => useQuery({ queryKey: queryKeys.me, queryFn: () => adminApi.me(), staleTime: 60_000 });

/** The store's settings (admin view: money, stock, email and bank account settings). */
export const useSettings = () => useQuery({ queryKey: queryKeys.settings, queryFn: () => adminApi.settings.get() });

/** A customer with addresses, recent orders and points; `enabled: false` waits. */
export const useCustomer = (id: string | null | undefined, enabled = true) =>
  useQuery({ queryKey: queryKeys.customer(id), queryFn: () => adminApi.customers.get(id!), enabled: Boolean(id) && enabled });

/** A product as the admin edits it; waits while there is no id yet. */
export const useProduct = (id: string | null | undefined) => useQuery({ queryKey: queryKeys.product(id), queryFn: () => adminApi.products.get(id!), enabled: Boolean(id) });

/** One SKU's stock record. */
export const useStock = (sku: string) => useQuery({ queryKey: queryKeys.stock(sku), queryFn: () => adminApi.inventory.get(sku) });
