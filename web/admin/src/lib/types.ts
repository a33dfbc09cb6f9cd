// Shapes from the HTTP contract (/work/shared/API.md) that the admin reads and writes.

export type Role = 'customer' | 'staff' | 'admin';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  isActive?: boolean;
  createdAt: string;
}

export interface AuthResponse {
  user?: User;
  accessToken: string;
  /** Absent when the refresh token went into the HttpOnly cookie (X-Refresh-Cookie: 1). */
  refreshToken?: string;
  expiresIn: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type ProductStatus = 'draft' | 'published' | 'archived';

export interface Variant {
  id: string;
  sku: string;
  price: number;
  compareAtPrice: number | null;
  options: Record<string, string>;
  weightGrams: number | null;
}

export interface ProductImage {
  id: string;
  url: string;
  thumbUrl: string;
  width: number | null;
  height: number | null;
  alt: string | null;
  /** Option values this image shows (`{ color: 'red' }`); empty for every variant. */
  options?: Record<string, string>;
}

export interface Product {
  id: string;
  title: string;
  slug: string;
  description: string | null;
  categoryId: string | null;
  tags: string[];
  attributes: Record<string, unknown>;
  status: ProductStatus;
  version: number;
  publishedAt: string | null;
  hasUnpublishedChanges: boolean;
  variants: Variant[];
  images: ProductImage[];
  createdAt: string;
  updatedAt: string;
}

export interface Category {
  id: string;
  name: string;
  slug: string;
  parentId: string | null;
  position: number;
}

export interface StockRecord {
  sku: string;
  productId: string | null;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
  version: number;
  updatedAt: string;
}

export type AdjustmentReason = 'restock' | 'damage' | 'correction' | 'return' | 'count';

export interface Actor {
  type: string;
  id: string | null;
}

export interface Movement {
  id: string;
  type: 'adjustment' | 'count' | 'reservation' | 'release' | 'sale' | 'return';
  onHandDelta: number;
  reservedDelta: number;
  reason: string | null;
  note: string | null;
  orderId: string | null;
  actor: Actor | string | null;
  createdAt: string;
}

export type OrderStatus = 'pending' | 'processing' | 'completed' | 'cancelled' | 'refunded';

export interface OrderLine {
  sku: string;
  productId: string;
  title: string;
  options: Record<string, string>;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
}

export interface Address {
  name: string;
  postalCode: string;
  prefecture: string;
  city: string;
  line1: string;
  line2?: string | null;
  phone: string;
}

export interface Payment {
  method: 'konbini' | 'cod' | 'bank_transfer' | 'points';
  status: 'pending' | 'paid' | 'refunded';
  amount: number;
  konbini?: { paymentNumber: string; confirmationNumber: string; expiresAt: string };
}

export interface ShipmentEvent {
  id?: string;
  status: string;
  note?: string | null;
  createdAt: string;
}

export interface Shipment {
  id: string;
  carrier: string;
  trackingNumber: string;
  status?: string;
  events?: ShipmentEvent[];
  createdAt?: string;
}

export interface OrderEvent {
  id: string;
  type: string;
  from: string | null;
  to: string | null;
  actor: Actor | null;
  note: string | null;
  createdAt: string;
}

export interface Order {
  id: string;
  number: number;
  status: OrderStatus;
  userId?: string | null;
  customer?: { id: string; email?: string; name?: string } | null;
  items: OrderLine[];
  subtotal: number;
  shippingFee: number;
  pointsRedeemed: number;
  total: number;
  currency: string;
  shippingAddress: Address | null;
  payment: Payment;
  delivery: { slotId: string; date: string; startTime: string; endTime: string } | null;
  shipments?: Shipment[];
  events?: OrderEvent[];
  note?: string | null;
  createdAt: string;
  updatedAt?: string;
}

export const apiKeyScopes = ['catalog:read', 'catalog:write', 'inventory:read', 'inventory:write', 'orders:read', 'orders:write', 'webhooks:write'] as const;

export interface ApiKey {
  id: string;
  name: string;
  scopes: string[];
  prefix: string;
  key?: string;
  createdAt: string;
  lastUsedAt?: string | null;
}

export interface Webhook {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabledReason?: string | null;
  description?: string | null;
  secret?: string;
  createdAt: string;
}

export interface WebhookDelivery {
  id: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt?: string;
}

export interface DeliveryZone {
  id: string;
  name: string;
  postalCodePrefixes: string[];
  fee: number;
  sameDay: boolean;
  sameDayCutoff: string | null;
}

export interface DeliverySlot {
  id: string;
  zoneId: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  booked: number;
}

export interface Settings {
  storeName: string;
  currency: string;
  timeZone: string;
  lowStockThreshold: number;
  reservationTtlMinutes: number;
  konbiniExpiryHours: number;
  pointsEarnRate: number;
  shippingFee: number;
  freeShippingThreshold: number | null;
}

export interface AuditEntry {
  id: string;
  createdAt: string;
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: { before: unknown; after: unknown } | null;
  requestId: string | null;
  ip: string | null;
  hash: string;
  prevHash: string | null;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBadId: string | null;
}

export interface AnalyticsSummary {
  revenue: number;
  orders: number;
  averageOrderValue: number;
  ordersByStatus: Partial<Record<OrderStatus, number>> | Array<{ status: string; count: number }>;
  topProducts: Array<{ productId: string; title: string; quantity: number; revenue: number }>;
  lowStockCount: number;
  salesByDay: Array<{ date: string; revenue: number; orders: number }>;
}

export interface EventEnvelope<T = Record<string, unknown>> {
  id: string;
  type: string;
  createdAt: string;
  data: T;
}

/** POST /v1/admin/products/import: what the CSV did; `line` is the file's line (the header is line 1). */
export interface ImportResult {
  created: number;
  updated: number;
  unchanged?: number;
  errors: Array<{ line: number; column?: string; message: string }>;
}
