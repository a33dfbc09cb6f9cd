/**
 * Every route of issue 2 (platform, identity, audit, settings) with its access rule and a valid
 * request, shared by the authorization matrix and the fuzz test.
 */
export type RouteAccess = 'public' | 'signedIn' | 'staff' | 'admin';

export interface RouteSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path with `:id` where a path parameter goes. */
  url: string;
  access: RouteAccess;
  /** A body that passes the schema (for the routes that take one). */
  body?: Record<string, unknown>;
}

export const ADDRESS = {
  name: 'Hanako Yamada',
  postalCode: '150-0001',
  prefecture: 'Tokyo',
  city: 'Shibuya-ku',
  line1: '1-2-3 Jingumae',
  phone: '03-1234-5678',
};

export const ISSUE2_ROUTES: RouteSpec[] = [
  { method: 'GET', url: '/healthz', access: 'public' },
  { method: 'GET', url: '/readyz', access: 'public' },
  { method: 'GET', url: '/metrics', access: 'public' },
  { method: 'GET', url: '/openapi.json', access: 'public' },
  { method: 'GET', url: '/v1/store/settings', access: 'public' },
  { method: 'POST', url: '/v1/auth/register', access: 'public', body: { email: 'fuzz@example.com', password: 'sturdy password 1', name: 'F' } },
  { method: 'POST', url: '/v1/auth/login', access: 'public', body: { email: 'nobody@example.com', password: 'sturdy password 1' } },
  { method: 'POST', url: '/v1/auth/refresh', access: 'public', body: { refreshToken: 'rt_nope' } },
  { method: 'POST', url: '/v1/auth/logout', access: 'public', body: { refreshToken: 'rt_nope' } },
  { method: 'GET', url: '/v1/me', access: 'signedIn' },
  { method: 'PATCH', url: '/v1/me', access: 'signedIn', body: { name: 'Renamed' } },
  { method: 'GET', url: '/v1/me/addresses', access: 'signedIn' },
  { method: 'POST', url: '/v1/me/addresses', access: 'signedIn', body: ADDRESS },
  { method: 'PATCH', url: '/v1/me/addresses/:id', access: 'signedIn', body: { city: 'Minato-ku' } },
  { method: 'DELETE', url: '/v1/me/addresses/:id', access: 'signedIn' },
  { method: 'GET', url: '/v1/admin/users', access: 'admin' },
  { method: 'GET', url: '/v1/admin/users/:id', access: 'admin' },
  { method: 'PATCH', url: '/v1/admin/users/:id', access: 'admin', body: { role: 'staff' } },
  { method: 'POST', url: '/v1/admin/api-keys', access: 'admin', body: { name: 'k', scopes: ['catalog:read'] } },
  { method: 'GET', url: '/v1/admin/api-keys', access: 'admin' },
  { method: 'DELETE', url: '/v1/admin/api-keys/:id', access: 'admin' },
  { method: 'GET', url: '/v1/admin/settings', access: 'admin' },
  { method: 'PATCH', url: '/v1/admin/settings', access: 'admin', body: { storeName: 'Fuzz' } },
  { method: 'GET', url: '/v1/admin/audit-logs', access: 'staff' },
  { method: 'GET', url: '/v1/admin/audit-logs/verify', access: 'staff' },
];

export const withId = (url: string, id: string) => url.replace(':id', encodeURIComponent(id));
