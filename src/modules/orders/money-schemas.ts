import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/core/schemas';

/** Schemas of the order's money: tax per line and rate, discounts, returns (API.md, second round). */
export const CouponCode = Type.String({ minLength: 1, maxLength: 40, pattern: '^\\s*[A-Za-z0-9_-]+\\s*$' });

export const TaxEntry = Type.Object({ rate: Type.Number(), taxableAmount: Type.Integer(), tax: Type.Integer() });
export const DiscountEntry = Type.Object({ code: Type.String(), promotionId: Type.String(), amount: Type.Integer() });

// Always present on orders; optional in the schema only so that Idempotency-Key replays of
// responses stored before these fields existed still serialise.
export const MoneyLineFields = {
  taxClass: Type.Optional(Type.String()),
  taxRate: Type.Optional(Type.Number()),
  discount: Type.Optional(Type.Integer({ description: 'this line’s share of the order’s discount' })),
  returnedQuantity: Type.Optional(Type.Integer()),
};

export const MoneyOrderFields = {
  discounts: Type.Optional(Type.Array(DiscountEntry)),
  discountTotal: Type.Optional(Type.Integer()),
  taxes: Type.Optional(Type.Array(TaxEntry, { description: 'once per rate per order; taxableAmount in the price basis of the settings' })),
  taxTotal: Type.Optional(Type.Integer()),
};

export const ReturnSchema = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  items: Type.Array(Type.Object({ sku: Type.String(), quantity: Type.Integer(), amount: Type.Integer() })),
  refundAmount: Type.Integer(),
  shippingAmount: Type.Integer(),
  moneyRefunded: Type.Integer({ description: 'refunded through the payment provider' }),
  pointsReturned: Type.Integer({ description: 'redeemed points given back to the balance' }),
  taxes: Type.Array(TaxEntry),
  restock: Type.Boolean(),
  note: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const ReturnsFields = {
  returns: Type.Optional(Type.Array(ReturnSchema)),
  refundedTotal: Type.Optional(Type.Integer()),
};
