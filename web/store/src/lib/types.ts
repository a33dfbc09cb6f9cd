// The storefront's names for the API's shapes, all read from the generated OpenAPI types
// (web/shared/api-schema.ts, `npm run gen:api`): none is kept by hand.
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../../shared/api-types';

export type { Page } from '../../../shared/api-types';
export type StoreSettings = ResponseOf<'/v1/store/settings'>;
export type Category = ResponseOf<'/v1/store/categories'>[number];

export type ProductPage = ResponseOf<'/v1/store/products'>;
export type ProductSummary = ProductPage['items'][number];
export type Facet = ProductPage['facets'][number];
export type ProductSort = NonNullable<QueryOf<'/v1/store/products'>['sort']>;
export type ProductDetail = ResponseOf<'/v1/store/products/{slug}'>;
export type ProductImage = ProductDetail['images'][number];
export type StoreVariant = ProductDetail['variants'][number];

export type AuthSession = ResponseOf<'/v1/auth/login', 'post'>;
/** Who is signed in: the login answer's user, or GET /v1/me's (which adds the locale). */
export type User = AuthSession['user'] | ResponseOf<'/v1/me'>;

export type Address = ItemOf<'/v1/me/addresses'>;
export type AddressInput = BodyOf<'/v1/me/addresses'>;
export type Points = ResponseOf<'/v1/me/points'>;
export type PointsEntry = Points['entries'][number];
export type DeliverySlot = ItemOf<'/v1/store/delivery/slots'>;

export type Order = ResponseOf<'/v1/store/orders/{id}'>;
export type OrderInput = BodyOf<'/v1/store/orders'>;
export type OrderStatus = Order['status'];
export type OrderLine = Order['items'][number];
export type PaymentMethod = OrderInput['paymentMethod'];
export type KonbiniSlip = NonNullable<Order['payment']['konbini']>;
export type Tracking = ResponseOf<'/v1/store/orders/{id}/tracking'>;
export type Shipment = Tracking['shipments'][number];

export type Quote = ResponseOf<'/v1/store/quote', 'post'>;
export type QuoteInput = BodyOf<'/v1/store/quote'>;
export type TaxEntry = Quote['taxes'][number];
export type Discount = Quote['discounts'][number];
export type OrderReturn = NonNullable<Order['returns']>[number];

/**
 * Envelope of a real-time event (socket.io, the same as an outgoing webhook's body). Not an HTTP
 * answer, so the OpenAPI document does not describe it.
 */
export interface EventEnvelope<T> {
  id: string;
  type: string;
  createdAt: string;
  data: T;
}
