// The admin's names for the API's shapes, all read from the generated OpenAPI types
// (web/shared/api-schema.ts, `npm run gen:api`): none is kept by hand.
import type { BodyOf, ItemOf, ResponseOf } from '../../../shared/api-types';

export type { Page } from '../../../shared/api-types';
export type User = ResponseOf<'/v1/admin/users/{id}'>;
export type Role = User['role'];
export type AuthResponse = ResponseOf<'/v1/auth/login', 'post'>;

export type Product = ResponseOf<'/v1/admin/products/{id}'>;
export type ProductListItem = ItemOf<'/v1/admin/products'>;
export type ProductStatus = Product['status'];
export type Variant = Product['variants'][number];
export type ProductImage = Product['images'][number];
export type Category = ItemOf<'/v1/admin/categories'>;
export type ImportResult = ResponseOf<'/v1/admin/products/import', 'post'>;
export type ImportJob = ResponseOf<'/v1/admin/imports/{id}'>;

export type StockRecord = ResponseOf<'/v1/admin/inventory/{sku}'>;
export type AdjustmentReason = BodyOf<'/v1/admin/inventory/{sku}/adjustments'>['reason'];
export type Movement = ItemOf<'/v1/admin/inventory/{sku}/movements'>;

export type Order = ResponseOf<'/v1/admin/orders/{id}'>;
export type OrderListItem = ItemOf<'/v1/admin/orders'>;
export type OrderStatus = Order['status'];
export type OrderLine = Order['items'][number];
export type Address = NonNullable<Order['shippingAddress']>;
export type Payment = Order['payment'];
export type Shipment = ResponseOf<'/v1/admin/shipments/{id}'>;
export type OrderEvent = NonNullable<Order['events']>[number];
export type Actor = AuditEntry['actor'];
export type OrderReturn = ResponseOf<'/v1/admin/orders/{id}/returns', 'post'>;

export type ApiKey = ItemOf<'/v1/admin/api-keys'>;
/** A key as created: the secret `key` is shown this once. */
export type CreatedApiKey = ResponseOf<'/v1/admin/api-keys', 'post'>;
export type ApiKeyScope = BodyOf<'/v1/admin/api-keys'>['scopes'][number];
/** Every scope an API key can have, in the order the form lists them. */
export const apiKeyScopes = ['catalog:read', 'catalog:write', 'inventory:read', 'inventory:write', 'orders:read', 'orders:write', 'webhooks:write'] as const satisfies readonly ApiKeyScope[];
// Fails to compile when the server adds a scope the list above lacks.
const allScopesListed: Exclude<ApiKeyScope, (typeof apiKeyScopes)[number]> extends never ? true : false = true;
void allScopesListed;

export type Webhook = ResponseOf<'/v1/admin/webhooks', 'post'>;
export type WebhookDelivery = ItemOf<'/v1/admin/webhooks/{id}/deliveries'>;
export type DeliveryZone = ItemOf<'/v1/admin/delivery/zones'>;
export type DeliverySlot = ItemOf<'/v1/admin/delivery/slots'>;
export type Settings = ResponseOf<'/v1/admin/settings'>;
export type AuditEntry = ItemOf<'/v1/admin/audit-logs'>;
export type AuditVerifyResult = ResponseOf<'/v1/admin/audit-logs/verify'>;
export type AnalyticsSummary = ResponseOf<'/v1/admin/analytics/summary'>;
export type Promotion = ItemOf<'/v1/admin/promotions'>;
export type Notification = ItemOf<'/v1/admin/notifications'>;
export type NotificationDetail = ResponseOf<'/v1/admin/notifications/{id}'>;
export type RenderedNotification = ResponseOf<'/v1/admin/notifications/preview'>;

/** Who a user id is (GET /v1/admin/people). */
export type Person = ItemOf<'/v1/admin/people'>;
export type CustomerSummary = ItemOf<'/v1/admin/customers'>;
export type CustomerDetail = ResponseOf<'/v1/admin/customers/{id}'>;
export type Points = ResponseOf<'/v1/admin/points/{id}'>;
export type PointsEntry = Points['entries'][number];

/**
 * Envelope of a real-time event (socket.io, the same as an outgoing webhook's body). Not an HTTP
 * answer, so the OpenAPI document does not describe it.
 */
export interface EventEnvelope<T = Record<string, unknown>> {
  id: string;
  type: string;
  createdAt: string;
  data: T;
}
