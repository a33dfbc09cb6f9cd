// The storefront's view of the shared API client: public calls go without credentials, account
// and order calls carry the customer's access token, refreshed through the rotating refresh token
// (an HttpOnly cookie the server sets).
import { ApiError, buildQuery, createApiClient, type QueryValue } from '../../../shared/api';
import { AUTH_STORAGE_KEY, SESSION_COOKIE_HEADERS, useAuth } from './auth';
import type { AuthSession } from './types';

export { ApiError };
export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** The message for one form field from a 400 `validation_failed` (`/body/email` → `email`). */
export function fieldError(error: unknown, field: string): string | undefined {
  return isApiError(error) ? error.fieldErrors()[field] : undefined;
}

const publicClient = createApiClient();

let refreshing: Promise<string | null> | null = null;

/**
 * Exchanges the refresh token for a new pair. Refresh tokens rotate and reuse revokes the
 * whole family, so one refresh runs at a time: within this tab (a shared promise) and across
 * tabs (Web Locks, then re-reading the pair another tab may just have stored).
 * `rejected` is an access token the server just refused, so it must not be handed back.
 */
export function refreshSession(rejected?: string): Promise<string | null> {
  refreshing ??= (async () => {
    const run = async () => {
      await useAuth.persist.rehydrate();
      const { signedIn, accessToken, expiresAt } = useAuth.getState();
      if (!signedIn) return null;
      if (accessToken && accessToken !== rejected && expiresAt - 15_000 > Date.now()) return accessToken;
      try {
        // The HttpOnly refresh cookie authenticates this call; the CSRF header proves it is ours.
        const session = await publicClient.request<AuthSession>('POST', '/v1/auth/refresh', { headers: { ...SESSION_COOKIE_HEADERS } });
        useAuth.getState().setSession(session);
        return session.accessToken;
      } catch (e) {
        // A refused token ends the session; a network failure keeps it for the next try.
        if (isApiError(e) && (e.status === 401 || e.status === 400)) useAuth.getState().clear();
        if (isApiError(e) && e.status === 0) throw e;
        return null;
      }
    };
    try {
      return typeof navigator !== 'undefined' && navigator.locks
        ? await navigator.locks.request(`${AUTH_STORAGE_KEY}-refresh`, run)
        : await run();
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** The signed-in customer's access token, refreshed first when it is about to expire; null when signed out. */
export async function currentAccessToken(): Promise<string | null> {
  const { accessToken, signedIn, expiresAt } = useAuth.getState();
  if (!signedIn) return null;
  if (accessToken && expiresAt - 15_000 > Date.now()) return accessToken;
  return refreshSession();
}

const customerClient = createApiClient({
  getAccessToken: currentAccessToken,
  refreshAccessToken: (stale) => refreshSession(stale),
  onUnauthorized: () => useAuth.getState().clear(),
});

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the signed-in customer's access token. */
  auth?: boolean;
  signal?: AbortSignal;
}

export async function api<T>(path: string, { method = 'GET', auth, ...opts }: RequestOptions = {}): Promise<T> {
  if (!auth) return publicClient.request<T>(method, path, opts);
  if (!useAuth.getState().signedIn) throw new ApiError({ status: 401, code: 'unauthorized', detail: 'Please sign in.' });
  return customerClient.request<T>(method, path, opts);
}

export function toQuery(params: Record<string, QueryValue>): string {
  return buildQuery(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === false ? undefined : v])));
}
