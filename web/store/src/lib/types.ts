// Shapes of the storefront side of the HTTP contract (/work/shared/API.md).

export interface StoreSettings {
  storeName: string;
  currency: string;
  timeZone?: string;
  defaultLocale?: string;
  pricesIncludeTax?: boolean;
}

export interface Category {
  id: string;
  name: string;
  slug: string;
  children: Category[];
}

export interface ProductSummary {
  id: string;
  slug: string;
  title: string;
  category: { slug: string; name: string } | null;
  priceMin: number;
  priceMax: number;
  currency: string;
  image: { url: string; thumbUrl: string; width?: number; height?: number; alt?: string; srcset?: string } | null;
  inStock: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Facet {
  name: string;
  values: { value: string; count: number }[];
}

export interface ProductPage extends Page<ProductSummary> {
  total: number;
  facets: Facet[];
}

export interface ProductImage {
  id: string;
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
  alt: string | null;
  /** Responsive sizes (`url 640w, …`); absent on products published before it existed. */
  srcset?: string;
  /** Option values this image shows, e.g. `{ color: 'red' }`. */
  options?: Record<string, string>;
}

export interface StoreVariant {
  sku: string;
  price: number;
  compareAtPrice: number | null;
  options: Record<string, string>;
  available: number;
}

export interface ProductDetail {
  id: string;
  slug: string;
  title: string;
  description: string;
  category: { slug: string; name: string } | null;
  tags: string[];
  attributes: Record<string, unknown>;
  currency: string;
  images: ProductImage[];
  variants: StoreVariant[];
}

export type ProductSort = 'relevance' | 'price_asc' | 'price_desc' | 'newest';

export interface User {
  id: string;
  email: string;
  name: string;
  role: 'customer' | 'staff' | 'admin';
  createdAt: string;
}

export interface AuthSession {
  user: User;
  accessToken: string;
  /** Absent for the web app: the refresh token is in an HttpOnly cookie. */
  refreshToken?: string;
  expiresIn: number;
}

export interface Address {
  id: string;
  name: string;
  postalCode: string;
  prefecture: string;
  city: string;
  line1: string;
  line2?: string | null;
  phone: string;
  isDefault: boolean;
  /** Furigana of the name. */
  nameKana?: string | null;
}

export type AddressInput = Omit<Address, 'id'>;

export interface PointsEntry {
  id: string;
  delta: number;
  reason: string;
  orderId?: string | null;
  createdAt: string;
}

export interface Points {
  balance: number;
  entries: PointsEntry[];
}

export interface DeliverySlot {
  id: string;
  zoneId: string;
  date: string;
  startTime: string;
  endTime: string;
  remaining: number;
  fee: number;
}

export type PaymentMethod = 'konbini' | 'cod' | 'bank_transfer' | 'points';
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

export interface KonbiniSlip {
  paymentNumber: string;
  confirmationNumber: string;
  expiresAt: string;
}

export interface Order {
  id: string;
  number: number;
  status: OrderStatus;
  items: OrderLine[];
  subtotal: number;
  shippingFee: number;
  pointsRedeemed: number;
  total: number;
  currency: string;
  shippingAddress: Omit<Address, 'id' | 'isDefault'> & { isDefault?: boolean };
  payment: {
    method: PaymentMethod;
    status: 'pending' | 'paid' | 'refunded';
    amount: number;
    konbini?: KonbiniSlip | null;
  };
  delivery: { slotId: string; date: string; startTime: string; endTime: string } | null;
  createdAt: string;
  updatedAt?: string;
}

export interface OrderInput {
  items: { sku: string; quantity: number }[];
  addressId: string;
  paymentMethod: PaymentMethod;
  pointsToRedeem: number;
  deliverySlotId: string | null;
  note: string;
}

export interface TrackingEvent {
  status: string;
  note?: string | null;
  createdAt: string;
}

export interface Shipment {
  id: string;
  carrier: string;
  trackingNumber: string;
  status?: string;
  events?: TrackingEvent[];
  createdAt?: string;
}

/** Envelope of a real-time event (same as outgoing webhooks). */
export interface EventEnvelope<T> {
  id: string;
  type: string;
  createdAt: string;
  data: T;
}
