// Every endpoint the admin calls, in one place, typed from the generated OpenAPI types
// (web/shared/api-schema.ts). Pages call these (or the hooks in ./queries) instead of writing URLs.
import { buildQuery, createApiClient, type QueryValue, type RequestOptions } from '../../../shared/api';
import type { BodyOf, ResponseOf } from '../../../shared/api-types';
import { api } from './session';

type Query = Record<string, QueryValue>;
const enc = encodeURIComponent;
/** For the signed-out pages (password reset): no token, no refresh. */
const publicApi = createApiClient();
const ifMatch = (version: number | string) => ({ headers: { 'If-Match': `"${version}"` } });
const csv = { headers: { Accept: 'text/csv, application/problem+json' } };

const product = (id: string) => `/v1/admin/products/${enc(id)}`;
const order = (id: string) => `/v1/admin/orders/${enc(id)}`;
const stock = (sku: string) => `/v1/admin/inventory/${enc(sku)}`;
const webhook = (id: string) => `/v1/admin/webhooks/${enc(id)}`;

export type OrderTransition = 'process' | 'complete' | 'cancel' | 'refund';
export type ProductAction = 'publish' | 'unpublish' | 'archive' | 'restore';

export const adminApi = {
  auth: {
    forgotPassword: (body: BodyOf<'/v1/auth/password/forgot'>) => publicApi.post<ResponseOf<'/v1/auth/password/forgot', 'post'>>('/v1/auth/password/forgot', body),
    resetPassword: (body: BodyOf<'/v1/auth/password/reset'>) => publicApi.post('/v1/auth/password/reset', body),
  },
  me: () => api.get<ResponseOf<'/v1/me'>>('/v1/me'),
  storeSettings: () => api.get<ResponseOf<'/v1/store/settings'>>('/v1/store/settings'),
  people: (ids: string[]) => api.get<ResponseOf<'/v1/admin/people'>>(`/v1/admin/people?${ids.map((id) => `ids=${enc(id)}`).join('&')}`),
  analyticsSummary: (query: Query) => api.get<ResponseOf<'/v1/admin/analytics/summary'>>('/v1/admin/analytics/summary', { query }),

  settings: {
    get: () => api.get<ResponseOf<'/v1/admin/settings'>>('/v1/admin/settings'),
    update: (body: BodyOf<'/v1/admin/settings', 'patch'>) => api.patch<ResponseOf<'/v1/admin/settings', 'patch'>>('/v1/admin/settings', body),
  },
  users: {
    list: (query: Query) => api.get<ResponseOf<'/v1/admin/users'>>('/v1/admin/users', { query }),
    update: (id: string, body: BodyOf<'/v1/admin/users/{id}', 'patch'>) => api.patch<ResponseOf<'/v1/admin/users/{id}', 'patch'>>(`/v1/admin/users/${enc(id)}`, body),
  },
  apiKeys: {
    list: () => api.get<ResponseOf<'/v1/admin/api-keys'>>('/v1/admin/api-keys'),
    create: (body: BodyOf<'/v1/admin/api-keys'>) => api.post<ResponseOf<'/v1/admin/api-keys', 'post'>>('/v1/admin/api-keys', body),
    remove: (id: string) => api.delete(`/v1/admin/api-keys/${enc(id)}`),
  },
  auditLogs: {
    list: (query: Query) => api.get<ResponseOf<'/v1/admin/audit-logs'>>('/v1/admin/audit-logs', { query }),
    verify: () => api.get<ResponseOf<'/v1/admin/audit-logs/verify'>>('/v1/admin/audit-logs/verify'),
  },
  customers: {
    list: (query: Query) => api.get<ResponseOf<'/v1/admin/customers'>>('/v1/admin/customers', { query }),
    get: (id: string) => api.get<ResponseOf<'/v1/admin/customers/{id}'>>(`/v1/admin/customers/${enc(id)}`),
  },
  points: {
    get: (userId: string, query: Query) => api.get<ResponseOf<'/v1/admin/points/{id}'>>(`/v1/admin/points/${enc(userId)}`, { query }),
    adjust: (userId: string, body: BodyOf<'/v1/admin/points/{id}/adjustments'>) =>
      api.post<ResponseOf<'/v1/admin/points/{id}/adjustments', 'post'>>(`/v1/admin/points/${enc(userId)}/adjustments`, body),
  },
  categories: {
    list: (query: Query) => api.get<ResponseOf<'/v1/admin/categories'>>('/v1/admin/categories', { query }),
    create: (body: BodyOf<'/v1/admin/categories'>) => api.post<ResponseOf<'/v1/admin/categories', 'post'>>('/v1/admin/categories', body),
    update: (id: string, body: BodyOf<'/v1/admin/categories/{id}', 'patch'>) =>
      api.patch<ResponseOf<'/v1/admin/categories/{id}', 'patch'>>(`/v1/admin/categories/${enc(id)}`, body),
    remove: (id: string) => api.delete(`/v1/admin/categories/${enc(id)}`),
  },
  products: {
    list: (query: Query) => api.get<ResponseOf<'/v1/admin/products'>>('/v1/admin/products', { query }),
    get: (id: string) => api.get<ResponseOf<'/v1/admin/products/{id}'>>(product(id)),
    create: (body: BodyOf<'/v1/admin/products'>) => api.post<ResponseOf<'/v1/admin/products', 'post'>>('/v1/admin/products', body),
    update: (id: string, body: BodyOf<'/v1/admin/products/{id}', 'patch'>, version?: number) =>
      api.patch<ResponseOf<'/v1/admin/products/{id}', 'patch'>>(product(id), body, version === undefined ? undefined : ifMatch(version)),
    act: (id: string, action: ProductAction) => api.post<ResponseOf<'/v1/admin/products/{id}/publish', 'post'>>(`${product(id)}/${action}`, {}),
    remove: (id: string) => api.delete(product(id)),
    export: () => api.get<string>('/v1/admin/products/export', csv),
    import: (bytes: BodyInit) =>
      api.request<ResponseOf<'/v1/admin/products/import', 'post'> | { id: string; status: 'running' }>('POST', '/v1/admin/products/import', { raw: { body: bytes, contentType: 'text/csv' } }),
    importJob: (id: string) => api.get<ResponseOf<'/v1/admin/imports/{id}'>>(`/v1/admin/imports/${enc(id)}`),
    uploadImage: (id: string, form: FormData) => api.upload<ResponseOf<'/v1/admin/products/{id}/images', 'post'>>(`${product(id)}/images`, form),
    updateImage: (id: string, imageId: string, body: BodyOf<'/v1/admin/products/{id}/images/{imageId}', 'patch'>) =>
      api.patch<ResponseOf<'/v1/admin/products/{id}/images/{imageId}', 'patch'>>(`${product(id)}/images/${enc(imageId)}`, body),
    removeImage: (id: string, imageId: string) => api.delete(`${product(id)}/images/${enc(imageId)}`),
    addVariant: (id: string, body: BodyOf<'/v1/admin/products/{id}/variants'>) => api.post<ResponseOf<'/v1/admin/products/{id}/variants', 'post'>>(`${product(id)}/variants`, body),
    updateVariant: (id: string, variantId: string, body: BodyOf<'/v1/admin/products/{id}/variants/{variantId}', 'patch'>) =>
      api.patch<ResponseOf<'/v1/admin/products/{id}/variants/{variantId}', 'patch'>>(`${product(id)}/variants/${enc(variantId)}`, body),
    removeVariant: (id: string, variantId: string) => api.delete(`${product(id)}/variants/${enc(variantId)}`),
  },
  inventory: {
    list: (query: Query) => api.get<ResponseOf<'/v1/admin/inventory'>>('/v1/admin/inventory', { query }),
    get: (sku: string) => api.get<ResponseOf<'/v1/admin/inventory/{sku}'>>(stock(sku)),
    set: (sku: string, body: BodyOf<'/v1/admin/inventory/{sku}', 'put'>, version?: number) =>
      api.put<ResponseOf<'/v1/admin/inventory/{sku}', 'put'>>(stock(sku), body, version === undefined ? undefined : ifMatch(version)),
    adjust: (sku: string, body: BodyOf<'/v1/admin/inventory/{sku}/adjustments'>) =>
      api.post<ResponseOf<'/v1/admin/inventory/{sku}/adjustments', 'post'>>(`${stock(sku)}/adjustments`, body),
    movements: (sku: string, query: Query) => api.get<ResponseOf<'/v1/admin/inventory/{sku}/movements'>>(`${stock(sku)}/movements`, { query }),
  },
  orders: {
    list: (query: Query) => api.get<ResponseOf<'/v1/admin/orders'>>('/v1/admin/orders', { query }),
    get: (id: string) => api.get<ResponseOf<'/v1/admin/orders/{id}'>>(order(id)),
    export: (query: Query) => api.get<string>('/v1/admin/orders/export', { query, ...csv }),
    transition: (id: string, action: OrderTransition, body: object = {}) => api.post<ResponseOf<'/v1/admin/orders/{id}/process', 'post'>>(`${order(id)}/${action}`, body),
    capturePayment: (id: string) => api.post<ResponseOf<'/v1/admin/orders/{id}/payments/capture', 'post'>>(`${order(id)}/payments/capture`),
    invoiceUrl: (id: string, query: Query) => `${order(id)}/invoice${buildQuery(query)}`,
    invoiceHtml: (id: string) => api.get<string>(`${order(id)}/invoice`, { headers: { Accept: 'text/html' } }),
    createReturn: (id: string, body: BodyOf<'/v1/admin/orders/{id}/returns'>) => api.post<ResponseOf<'/v1/admin/orders/{id}/returns', 'post'>>(`${order(id)}/returns`, body),
    shipments: (id: string) => api.get<ResponseOf<'/v1/admin/orders/{id}/shipments'>>(`${order(id)}/shipments`),
    ship: (id: string, body: BodyOf<'/v1/admin/orders/{id}/shipments'>) => api.post<ResponseOf<'/v1/admin/orders/{id}/shipments', 'post'>>(`${order(id)}/shipments`, body),
  },
  shipments: {
    addEvent: (id: string, body: BodyOf<'/v1/admin/shipments/{id}/events'>) => api.post<ResponseOf<'/v1/admin/shipments/{id}/events', 'post'>>(`/v1/admin/shipments/${enc(id)}/events`, body),
  },
  delivery: {
    zones: (query: Query) => api.get<ResponseOf<'/v1/admin/delivery/zones'>>('/v1/admin/delivery/zones', { query }),
    createZone: (body: BodyOf<'/v1/admin/delivery/zones'>) => api.post<ResponseOf<'/v1/admin/delivery/zones', 'post'>>('/v1/admin/delivery/zones', body),
    updateZone: (id: string, body: BodyOf<'/v1/admin/delivery/zones/{id}', 'patch'>) =>
      api.patch<ResponseOf<'/v1/admin/delivery/zones/{id}', 'patch'>>(`/v1/admin/delivery/zones/${enc(id)}`, body),
    removeZone: (id: string) => api.delete(`/v1/admin/delivery/zones/${enc(id)}`),
    slots: (query: Query) => api.get<ResponseOf<'/v1/admin/delivery/slots'>>('/v1/admin/delivery/slots', { query }),
    createSlot: (body: BodyOf<'/v1/admin/delivery/slots'>) => api.post<ResponseOf<'/v1/admin/delivery/slots', 'post'>>('/v1/admin/delivery/slots', body),
  },
  promotions: {
    list: (query: Query) => api.get<ResponseOf<'/v1/admin/promotions'>>('/v1/admin/promotions', { query }),
    create: (body: BodyOf<'/v1/admin/promotions'>) => api.post<ResponseOf<'/v1/admin/promotions', 'post'>>('/v1/admin/promotions', body),
    update: (id: string, body: BodyOf<'/v1/admin/promotions/{id}', 'patch'>, version: number) =>
      api.patch<ResponseOf<'/v1/admin/promotions/{id}', 'patch'>>(`/v1/admin/promotions/${enc(id)}`, body, ifMatch(version)),
  },
  notifications: {
    list: (query: Query) => api.get<ResponseOf<'/v1/admin/notifications'>>('/v1/admin/notifications', { query }),
    get: (id: string) => api.get<ResponseOf<'/v1/admin/notifications/{id}'>>(`/v1/admin/notifications/${enc(id)}`),
    resend: (id: string) => api.post<ResponseOf<'/v1/admin/notifications/{id}/resend', 'post'>>(`/v1/admin/notifications/${enc(id)}/resend`),
    preview: (query: Query) => api.get<ResponseOf<'/v1/admin/notifications/preview'>>('/v1/admin/notifications/preview', { query }),
  },
  webhooks: {
    list: () => api.get<ResponseOf<'/v1/admin/webhooks'>>('/v1/admin/webhooks'),
    get: (id: string) => api.get<ResponseOf<'/v1/admin/webhooks/{id}'>>(webhook(id)),
    create: (body: BodyOf<'/v1/admin/webhooks'>) => api.post<ResponseOf<'/v1/admin/webhooks', 'post'>>('/v1/admin/webhooks', body),
    update: (id: string, body: BodyOf<'/v1/admin/webhooks/{id}', 'patch'>) => api.patch<ResponseOf<'/v1/admin/webhooks/{id}', 'patch'>>(webhook(id), body),
    remove: (id: string) => api.delete(webhook(id)),
    deliveries: (id: string, query: Query) => api.get<ResponseOf<'/v1/admin/webhooks/{id}/deliveries'>>(`${webhook(id)}/deliveries`, { query }),
    retry: (id: string, deliveryId: string) => api.post(`${webhook(id)}/deliveries/${enc(deliveryId)}/retry`),
    test: (id: string) => api.post<ResponseOf<'/v1/admin/webhooks/{id}/test', 'post'>>(`${webhook(id)}/test`),
  },
};
export type { RequestOptions };
