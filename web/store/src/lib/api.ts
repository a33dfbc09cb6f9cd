import { AUTH_STORAGE_KEY, useAuth } from './auth';
import type { AuthSession } from './types';

export interface ProblemFieldError {
  path: string;
  message: string;
}

/** A failed API call, carrying the RFC 9457 problem body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: ProblemFieldError[];
  readonly retryAfter: number | null;
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: string;
    title?: string;
    detail?: string;
    errors?: ProblemFieldError[];
    retryAfter?: number | null;
    requestId?: string | null;
  }) {
    super(init.detail || init.title || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? '';
    this.detail = init.detail ?? '';
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.requestId = init.requestId ?? null;
  }

  /** Message for the field at `path` ("email", "/email" and "body/email" all match). */
  fieldError(field: string): string | undefined {
    const norm = (p: string) => p.replace(/^\/+/, '').replace(/^body\//, '').replace(/\./g, '/');
    return this.errors.find((e) => norm(e.path) === field)?.message;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the signed-in user's access token (refreshing it when needed). */
  auth?: boolean;
  signal?: AbortSignal;
}

async function send(path: string, opts: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(path, {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError({
      status: 0,
      code: 'network_error',
      title: 'Network error',
      detail: 'Could not reach the store. Check your connection and try again.',
    });
  }
}

async function parse<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (res.ok) return body as T;
  const p = (body ?? {}) as Partial<{ code: string; title: string; detail: string; errors: ProblemFieldError[]; requestId: string }>;
  const retry = Number(res.headers.get('Retry-After'));
  throw new ApiError({
    status: res.status,
    code: p.code ?? (res.status === 404 ? 'not_found' : res.status >= 500 ? 'internal_error' : 'error'),
    title: p.title ?? res.statusText,
    detail: p.detail,
    errors: Array.isArray(p.errors) ? p.errors : [],
    retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null,
    requestId: p.requestId ?? res.headers.get('X-Request-Id'),
  });
}

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
      const { refreshToken, accessToken, expiresAt } = useAuth.getState();
      if (!refreshToken) return null;
      if (accessToken && accessToken !== rejected && expiresAt - 15_000 > Date.now()) return accessToken;
      const res = await send('/v1/auth/refresh', { method: 'POST', body: { refreshToken } }, null);
      if (res.status === 401 || res.status === 400) {
        useAuth.getState().clear();
        return null;
      }
      const session = await parse<AuthSession>(res);
      useAuth.getState().setSession(session);
      return session.accessToken;
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

async function currentToken(): Promise<string | null> {
  const { accessToken, refreshToken, expiresAt } = useAuth.getState();
  if (!refreshToken) return null;
  if (accessToken && expiresAt - 15_000 > Date.now()) return accessToken;
  return refreshSession();
}

function unauthorized(): ApiError {
  return new ApiError({ status: 401, code: 'unauthorized', title: 'Unauthorized', detail: 'Please sign in again.' });
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  if (!opts.auth) return parse<T>(await send(path, opts, null));
  const token = await currentToken();
  if (!token) throw unauthorized();
  let res = await send(path, opts, token);
  if (res.status === 401) {
    const fresh = await refreshSession(token);
    if (!fresh) throw unauthorized();
    res = await send(path, opts, fresh);
  }
  return parse<T>(res);
}

export function toQuery(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
