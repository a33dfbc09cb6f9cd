// A small fetch wrapper shared by the admin and storefront apps. Every non-2xx answer becomes
// an ApiError carrying the RFC 9457 problem+json body, so screens can show `detail` and map
// `errors[].path` onto form fields.

export interface ProblemFieldError {
  path: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: ProblemFieldError[];
  requestId?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: ProblemFieldError[];
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail || problem.title || `Request failed with status ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code ?? (problem.status === 0 ? 'network_error' : 'error');
    this.detail = problem.detail ?? problem.title ?? '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.requestId = problem.requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Field errors keyed by a dotted path (`variants.0.price`), ready for forms. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) {
      const key = normalizeErrorPath(e.path);
      if (!(key in out)) out[key] = e.message;
    }
    return out;
  }
}

/** `/body/variants/0/price`, `body.title`, `variants[0].price` → `variants.0.price`. */
export function normalizeErrorPath(path: string): string {
  return path
    .replace(/^[#/]+/, '')
    .replace(/^(body|querystring|query|params)([/.]|$)/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^\./, '');
}

// What went wrong, when the server sends no `detail`.
const fallbackDetail: Record<string, string> = {
  network_error: 'Could not reach the server.',
  unauthorized: 'You are not signed in, or your session has ended.',
  invalid_credentials: 'The email or password is not right.',
  forbidden: 'Your role does not allow this.',
  not_found: 'This no longer exists.',
  precondition_failed: 'Someone else saved this first.',
  invalid_transition: 'This action is not possible in the current state.',
  insufficient_stock: 'There is not enough stock.',
  payload_too_large: 'The file or request is too large.',
  unsupported_media_type: 'This file type is not supported.',
  validation_failed: 'Some fields are not valid.',
  rate_limited: 'Too many requests.',
  internal_error: 'The server had a problem.',
};

// What to do about it.
const nextStep: Record<string, string> = {
  network_error: 'Check your connection and try again.',
  unauthorized: 'Sign in again.',
  invalid_credentials: 'Check both and try again.',
  forbidden: 'Ask an administrator for access.',
  not_found: 'Go back to the list and reload it.',
  precondition_failed: 'Reload to see the latest version, then make your change again.',
  invalid_transition: 'Reload to see the current state.',
  payload_too_large: 'Uploads can be at most 10 MiB.',
  unsupported_media_type: 'Use a JPEG, PNG or WebP image.',
  validation_failed: 'Check the highlighted fields and try again.',
  internal_error: 'Try again; if it keeps happening, report the request id.',
};

/** A sentence for people: what went wrong, and what to do about it. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    const what = err.detail || fallbackDetail[err.code] || `The request failed (${err.status}).`;
    let todo = nextStep[err.code] ?? (err.status >= 500 ? nextStep.internal_error : '');
    if (err.code === 'rate_limited') todo = err.retryAfterSeconds ? `Wait ${err.retryAfterSeconds} seconds and try again.` : 'Wait a moment and try again.';
    return todo ? `${what.replace(/[.!]?$/, '.')} ${todo}` : what;
  }
  if (err instanceof Error) return err.message;
  return 'Something went wrong. Try again.';
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** JSON body. */
  body?: unknown;
  /** Multipart body (file uploads); sent as-is. */
  form?: FormData;
  /** Any other body (a CSV file, …), sent as-is with this content type. */
  raw?: { body: BodyInit; contentType: string };
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  baseUrl?: string;
  /** Current access token, refreshed beforehand if it is about to expire. */
  getAccessToken?: () => string | null | Promise<string | null>;
  /** Called once after a 401; resolves the new access token, or null when the session is over. */
  refreshAccessToken?: (staleToken: string) => Promise<string | null>;
  /** Called when a request still answers 401 after a refresh. */
  onUnauthorized?: () => void;
}

export function buildQuery(query?: Record<string, QueryValue>): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204 || res.status === 205) return undefined;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) return res.json();
  return res.text();
}

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';

  async function send(method: string, path: string, opts: RequestOptions, token: string | null): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...opts.headers };
    let body: BodyInit | undefined;
    if (opts.form) body = opts.form;
    else if (opts.raw) {
      headers['Content-Type'] = opts.raw.contentType;
      body = opts.raw.body;
    }
    else if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await fetch(`${baseUrl}${path}${buildQuery(opts.query)}`, { method, headers, body, signal: opts.signal });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw new ApiError({ status: 0, code: 'network_error' });
    }
  }

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const token = (await options.getAccessToken?.()) ?? null;
    let res = await send(method, path, opts, token);
    if (res.status === 401 && token && options.refreshAccessToken) {
      const fresh = await options.refreshAccessToken(token).catch(() => null);
      if (fresh) res = await send(method, path, opts, fresh);
      if (res.status === 401) options.onUnauthorized?.();
    }
    const data = await readBody(res).catch(() => undefined);
    if (!res.ok) {
      const problem: Problem =
        data && typeof data === 'object' ? { status: res.status, ...(data as Partial<Problem>) } : { status: res.status, detail: typeof data === 'string' && data.length < 300 ? data : undefined };
      const retry = Number(res.headers.get('retry-after'));
      throw new ApiError(problem, Number.isFinite(retry) && retry > 0 ? retry : undefined);
    }
    return data as T;
  }

  return {
    request,
    get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, opts),
    post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body }),
    put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
    patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, { ...opts, body }),
    delete: <T = void>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
    upload: <T>(path: string, form: FormData, opts?: RequestOptions) => request<T>('POST', path, { ...opts, form }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
