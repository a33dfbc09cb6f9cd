import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, toQuery } from './api';
import { SESSION_COOKIE_HEADERS, useAuth, useSignedIn } from './auth';
import type {
  Address,
  AddressInput,
  AuthSession,
  Category,
  DeliverySlot,
  Order,
  Page,
  Points,
  ProductPage,
  ProductDetail,
  ProductSort,
  Shipment,
  Tracking,
  StoreSettings,
  User,
} from './types';

// Everything under the "user" key belongs to the signed-in customer and is dropped on sign-out.
export const keys = {
  settings: ['settings'] as const,
  categories: ['categories'] as const,
  products: (f: ProductFilters) => ['products', f] as const,
  product: (slug: string) => ['product', slug] as const,
  slots: (postalCode: string) => ['slots', postalCode] as const,
  user: ['user'] as const,
  me: ['user', 'me'] as const,
  addresses: ['user', 'addresses'] as const,
  points: ['user', 'points'] as const,
  orders: ['user', 'orders'] as const,
  order: (id: string) => ['user', 'orders', id] as const,
  tracking: (id: string) => ['user', 'orders', id, 'tracking'] as const,
};

export const useSettings = () =>
  useQuery({
    queryKey: keys.settings,
    queryFn: ({ signal }) => api<StoreSettings>('/v1/store/settings', { signal }),
    staleTime: 10 * 60_000,
  });

export const useCategories = () =>
  useQuery({
    queryKey: keys.categories,
    queryFn: ({ signal }) => api<Category[]>('/v1/store/categories', { signal }),
    staleTime: 5 * 60_000,
  });

export interface ProductFilters {
  q?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort?: ProductSort;
  limit?: number;
  /** Option values one variant must offer, e.g. `{ color: 'red' }` (facets). */
  options?: Record<string, string>;
}

/** `?limit=20&…&option=color:red`: the list query with its option filters repeated. */
function productsQuery({ options, ...filters }: ProductFilters, cursor: string | null): string {
  const qs = new URLSearchParams(toQuery({ limit: 20, ...filters, cursor }).slice(1));
  for (const [k, v] of Object.entries(options ?? {})) qs.append('option', `${k}:${v}`);
  const s = qs.toString();
  return s ? `?${s}` : '';
}

export const useProducts = (filters: ProductFilters) =>
  useInfiniteQuery({
    queryKey: keys.products(filters),
    queryFn: ({ pageParam, signal }) =>
      api<ProductPage>(`/v1/store/products${productsQuery(filters, pageParam)}`, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });

export const useProduct = (slug: string) =>
  useQuery({
    queryKey: keys.product(slug),
    queryFn: ({ signal }) => api<ProductDetail>(`/v1/store/products/${encodeURIComponent(slug)}`, { signal }),
  });

export const fetchProduct = (qc: QueryClient, slug: string) =>
  qc.fetchQuery({
    queryKey: keys.product(slug),
    queryFn: ({ signal }) => api<ProductDetail>(`/v1/store/products/${encodeURIComponent(slug)}`, { signal }),
    staleTime: 0,
  });

export const useDeliverySlots = (postalCode: string | undefined) =>
  useQuery({
    queryKey: keys.slots(postalCode ?? ''),
    queryFn: ({ signal }) => api<DeliverySlot[] | Page<DeliverySlot>>(`/v1/store/delivery/slots${toQuery({ postalCode })}`, { signal }),
    select: (d) => (Array.isArray(d) ? d : d.items),
    enabled: Boolean(postalCode),
    staleTime: 30_000,
  });

// ---- account ----

function useSessionMutation(path: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, string>) => api<AuthSession>(path, { method: 'POST', body, headers: { ...SESSION_COOKIE_HEADERS } }),
    onSuccess: (session) => {
      qc.removeQueries({ queryKey: keys.user });
      useAuth.getState().setSession(session);
      qc.setQueryData(keys.me, session.user);
    },
  });
}

export const useLogin = () => useSessionMutation('/v1/auth/login');
export const useRegister = () => useSessionMutation('/v1/auth/register');

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      // The access token names the session: the server ends it and clears the refresh cookie.
      if (useAuth.getState().signedIn) await api('/v1/auth/logout', { method: 'POST', auth: true, headers: { ...SESSION_COOKIE_HEADERS } }).catch(() => undefined);
    },
    onSettled: () => {
      useAuth.getState().clear();
      qc.removeQueries({ queryKey: keys.user });
    },
  });
}

export const useMe = () =>
  useQuery({
    queryKey: keys.me,
    queryFn: async ({ signal }) => {
      const me = await api<User>('/v1/me', { auth: true, signal });
      useAuth.getState().setUser(me);
      return me;
    },
    enabled: useSignedIn(),
  });

export const useAddresses = () =>
  useQuery({
    queryKey: keys.addresses,
    queryFn: ({ signal }) => api<Address[] | Page<Address>>('/v1/me/addresses', { auth: true, signal }),
    select: (d) => (Array.isArray(d) ? d : d.items),
    enabled: useSignedIn(),
  });

export function useSaveAddress() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: (AddressInput & { id?: string }) | (Partial<AddressInput> & { id: string })) =>
      id
        ? api<Address>(`/v1/me/addresses/${id}`, { method: 'PATCH', body, auth: true })
        : api<Address>('/v1/me/addresses', { method: 'POST', body, auth: true }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.addresses }),
  });
}

export function useDeleteAddress() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/v1/me/addresses/${id}`, { method: 'DELETE', auth: true }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.addresses }),
  });
}

export const usePoints = () =>
  useQuery({
    queryKey: keys.points,
    queryFn: ({ signal }) => api<Points>('/v1/me/points', { auth: true, signal }),
    enabled: useSignedIn(),
  });

// ---- orders ----

export const useOrders = () =>
  useInfiniteQuery({
    queryKey: keys.orders,
    queryFn: ({ pageParam, signal }) =>
      api<Page<Order>>(`/v1/store/orders${toQuery({ limit: 20, cursor: pageParam })}`, { auth: true, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: useSignedIn(),
  });

export const useOrder = (id: string) =>
  useQuery({
    queryKey: keys.order(id),
    queryFn: ({ signal }) => api<Order>(`/v1/store/orders/${encodeURIComponent(id)}`, { auth: true, signal }),
    enabled: useSignedIn(),
    // Back from paying at the konbini: show the new status.
    refetchOnWindowFocus: true,
  });

export const useTracking = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.tracking(id),
    queryFn: ({ signal }) =>
      api<Tracking>(`/v1/store/orders/${encodeURIComponent(id)}/tracking`, {
        auth: true,
        signal,
      }),
    select: (d): Shipment[] => d.shipments,
    enabled: useSignedIn() && enabled,
    retry: false,
  });

export function useCancelOrder(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<Order>(`/v1/store/orders/${encodeURIComponent(id)}/cancel`, { method: 'POST', auth: true }),
    onSuccess: (order) => {
      qc.setQueryData(keys.order(id), order);
      void qc.invalidateQueries({ queryKey: keys.orders, exact: true });
      void qc.invalidateQueries({ queryKey: keys.points });
    },
  });
}
