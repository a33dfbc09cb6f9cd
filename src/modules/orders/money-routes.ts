import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/errors';
import { access } from '../../platform/http/access';
import { type App, ctx } from '../../platform/http/app';
import { Id, IdParams, Nullable, Obj } from '../../platform/core/schemas';
import { Sku } from '../../platform/core/schemas';
import type { Invoices } from './invoice';
import { CouponCode, DiscountEntry, ReturnSchema, TaxEntry } from './money-schemas';
import type { Quoter } from './quote';
import type { OrderService } from './service';

const Items = Type.Array(Obj({ sku: Sku, quantity: Type.Integer({ minimum: 1, maximum: 1000 }) }), { minItems: 1, maxItems: 100 });

const QuoteBody = Obj({
  items: Items,
  couponCode: Type.Optional(CouponCode),
  postalCode: Type.Optional(Type.String({ minLength: 3, maxLength: 10, pattern: '^[0-9A-Za-z -]+$' })),
  deliverySlotId: Type.Optional(Nullable(Id)),
  pointsToRedeem: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000 })),
});

const QuoteSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      sku: Type.String(),
      productId: Type.String(),
      title: Type.String(),
      options: Type.Record(Type.String(), Type.String()),
      quantity: Type.Integer(),
      unitPrice: Type.Integer(),
      lineTotal: Type.Integer(),
      taxClass: Type.String(),
      taxRate: Type.Number(),
      discount: Type.Integer(),
      available: Type.Integer({ description: 'units that can be ordered now (stock is reported, not refused)' }),
    }),
  ),
  subtotal: Type.Integer(),
  discounts: Type.Array(DiscountEntry),
  discountTotal: Type.Integer(),
  shippingFee: Type.Integer(),
  taxes: Type.Array(TaxEntry),
  taxTotal: Type.Integer(),
  pointsRedeemed: Type.Integer(),
  total: Type.Integer(),
  currency: Type.String(),
  pricesIncludeTax: Type.Boolean(),
  freeShippingThreshold: Nullable(Type.Integer()),
  freeShippingRemaining: Nullable(Type.Integer({ description: 'how much more in goods makes shipping free; null when it is free or there is no threshold' })),
});

const ReturnBody = Obj({
  items: Type.Array(Obj({ sku: Sku, quantity: Type.Integer({ minimum: 1, maximum: 1000 }) }), { minItems: 1, maxItems: 100 }),
  restock: Type.Boolean(),
  refundShipping: Type.Optional(Type.Boolean()),
  note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
});

const InvoiceQuery = Obj({
  format: Type.Optional(Type.Union([Type.Literal('html'), Type.Literal('pdf')], { default: 'html' })),
  lang: Type.Optional(Type.Union([Type.Literal('ja'), Type.Literal('en')])),
});
const InvoiceResponse = {
  200: {
    description: 'The invoice: printable HTML, or a PDF with the Japanese font embedded (?format=pdf)',
    content: { 'text/html': { schema: Type.String() }, 'application/pdf': { schema: Type.String({ format: 'binary' }) } },
  },
};

const userIdOf = (req: FastifyRequest) => (req.principal?.type === 'user' ? req.principal.id : null);
const signedInUser = (req: FastifyRequest) => {
  const id = userIdOf(req);
  if (!id) throw new DomainError('unauthorized', 'Sign in first');
  return id;
};

/** Quotes, returns and invoices: the money routes beside the order routes. */
export function moneyRoutes(app: App, deps: { orders: OrderService; quote: Quoter; invoices: Invoices }) {
  const { orders, quote, invoices } = deps;

  app.post('/v1/store/quote', {
    config: { access: access.public },
    schema: {
      tags: ['storefront: orders'],
      summary: 'Price a cart exactly as an order would be charged now (coupon, shipping, tax, points); reserves nothing',
      body: QuoteBody,
      response: { 200: QuoteSchema },
    },
    handler: (req) => quote(userIdOf(req), req.body),
  });

  app.post('/v1/admin/orders/:id/returns', {
    config: { access: access.staff('orders:write') },
    schema: {
      tags: ['admin: orders'],
      summary: 'Return some units of a completed order: partial refund through the payment provider, optional restock and shipping refund; the order is refunded once nothing is left',
      params: IdParams,
      body: ReturnBody,
      response: { 201: ReturnSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await orders.returnItems(ctx(req), req.params.id, req.body)),
  });

  const send = async (reply: import('fastify').FastifyReply, r: { type: string; body: string | Buffer; filename: string }) =>
    reply.type(r.type).header('content-disposition', `inline; filename="${r.filename}"`).header('cache-control', 'no-store').send(r.body);

  app.get('/v1/store/orders/:id/invoice', {
    config: { access: access.signedIn },
    schema: { tags: ['storefront: orders'], summary: 'The invoice / receipt of one of my orders (HTML, or ?format=pdf)', params: IdParams, querystring: InvoiceQuery, response: InvoiceResponse },
    handler: async (req, reply) => send(reply, await invoices(req.params.id, { userId: signedInUser(req), format: req.query.format ?? 'html', locale: req.query.lang })),
  });

  app.get('/v1/admin/orders/:id/invoice', {
    config: { access: access.staff('orders:read') },
    schema: { tags: ['admin: orders'], summary: 'The invoice / receipt of an order (HTML, or ?format=pdf)', params: IdParams, querystring: InvoiceQuery, response: InvoiceResponse },
    handler: async (req, reply) => send(reply, await invoices(req.params.id, { format: req.query.format ?? 'html', locale: req.query.lang })),
  });
}
