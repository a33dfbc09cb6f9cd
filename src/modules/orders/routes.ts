import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/errors';
import { access } from '../../platform/http/access';
import { type App, ctx } from '../../platform/http/app';
import { Id, IdParams, ListQuery, Nullable, Obj, Page } from '../../platform/core/schemas';
import { Sku } from '../../platform/core/schemas';
import type { Checkout } from './checkout';
import type { OrderService } from './service';
import { CouponCode, MoneyLineFields, MoneyOrderFields, ReturnsFields } from './money-schemas';
import { ORDER_STATUSES } from './status';

const Status = Type.Union(ORDER_STATUSES.map((s) => Type.Literal(s)));
const Method = Type.Union([Type.Literal('konbini'), Type.Literal('cod'), Type.Literal('bank_transfer'), Type.Literal('points')]);
const Actor = Type.Object({ type: Type.String(), id: Nullable(Type.String()) });

const AddressValue = Type.Object({
  name: Type.String(),
  postalCode: Type.String(),
  prefecture: Type.String(),
  city: Type.String(),
  line1: Type.String(),
  line2: Nullable(Type.String()),
  phone: Type.String(),
});

const AddressInput = Obj({
  name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
  postalCode: Type.String({ minLength: 3, maxLength: 10, pattern: '^[0-9A-Za-z -]+$' }),
  prefecture: Type.String({ minLength: 1, maxLength: 60 }),
  city: Type.String({ minLength: 1, maxLength: 120 }),
  line1: Type.String({ minLength: 1, maxLength: 200 }),
  line2: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  phone: Type.String({ minLength: 5, maxLength: 20, pattern: '^[0-9+() -]+$' }),
});

const OrderEvent = Type.Object({
  id: Type.String(),
  type: Type.String(),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  actor: Actor,
  note: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const OrderSchema = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  userId: Type.String(),
  status: Status,
  items: Type.Array(
    Type.Object({
      sku: Type.String(),
      productId: Type.String(),
      title: Type.String(),
      options: Type.Record(Type.String(), Type.String()),
      quantity: Type.Integer(),
      unitPrice: Type.Integer(),
      lineTotal: Type.Integer(),
      ...MoneyLineFields,
    }),
  ),
  subtotal: Type.Integer(),
  ...MoneyOrderFields,
  shippingFee: Type.Integer(),
  pointsRedeemed: Type.Integer(),
  total: Type.Integer(),
  currency: Type.String(),
  shippingAddress: AddressValue,
  payment: Type.Object({
    method: Type.String(),
    status: Type.String(),
    amount: Type.Integer(),
    konbini: Type.Optional(Type.Object({ paymentNumber: Type.String(), confirmationNumber: Type.String(), expiresAt: Type.String() })),
    deadline: Nullable(Type.String()),
  }),
  delivery: Nullable(Type.Object({ slotId: Type.String(), date: Type.String(), startTime: Type.String(), endTime: Type.String() })),
  note: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  events: Type.Optional(Type.Array(OrderEvent)),
  ...ReturnsFields,
  guestEmail: Type.Optional(Type.String()),
});

const CreateBody = Obj({
  items: Type.Array(Obj({ sku: Sku, quantity: Type.Integer({ minimum: 1, maximum: 1000 }) }), { minItems: 1, maxItems: 100 }),
  addressId: Type.Optional(Nullable(Id)),
  shippingAddress: Type.Optional(Nullable(AddressInput)),
  paymentMethod: Method,
  pointsToRedeem: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000 })),
  deliverySlotId: Type.Optional(Nullable(Id)),
  note: Type.Optional(Type.String({ maxLength: 500 })),
  couponCode: Type.Optional(CouponCode),
  // Guest checkout (no token): where the confirmation goes.
  email: Type.Optional(Type.String({ format: 'email', minLength: 3, maxLength: 254 })),
});

const NoteBody = Obj({ note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) });
/** Action routes accept an empty body (a bare POST) as well as `{ note }`. */
const emptyBodyIsObject = async (req: FastifyRequest) => {
  if (req.body === undefined || req.body === null) req.body = {};
};
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

const userIdOf = (req: FastifyRequest) => {
  if (req.principal?.type !== 'user') throw new DomainError('unauthorized', 'Sign in first');
  return req.principal.id;
};

function idempotencyKey(req: FastifyRequest): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !IDEMPOTENCY_KEY.test(raw)) {
    throw new DomainError('validation_failed', 'Idempotency-Key must be 1–255 visible ASCII characters (a UUID is a good choice)', {
      errors: [{ path: 'headers/idempotency-key', message: 'must be 1–255 visible ASCII characters' }],
    });
  }
  return raw;
}

export function ordersRoutes(app: App, { orders, checkout }: { orders: OrderService; checkout: Checkout }) {
  const store = ['storefront: orders'];
  const admin = ['admin: orders'];

  app.post('/v1/store/orders', {
    config: { access: access.public },
    schema: {
      tags: store,
      summary: 'Place an order (Idempotency-Key honoured for 24 h; prices come from the published catalog). Without a token: a guest order with email and shippingAddress, answered with its accessKey (shown once)',
      headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 255 })) }),
      body: CreateBody,
      response: { 201: Type.Composite([OrderSchema, Type.Object({ accessKey: Type.Optional(Type.String()) })]) },
    },
    handler: async (req, reply) => {
      const key = idempotencyKey(req);
      const { email, ...input } = req.body;
      const result = await placeOrder(req, email, input, key);
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      reply.header('cache-control', 'no-store');
      const accessKey = (result as { accessKey?: string }).accessKey;
      return reply.code(result.status).send(accessKey ? { ...result.order, accessKey } : result.order);
    },
  });

  /** Signed-in customers order for themselves; without a token it is a guest order (email required). */
  function placeOrder(req: FastifyRequest, email: string | undefined, input: Omit<typeof CreateBody.static, 'email'>, key: string | undefined) {
    if (req.principal?.type === 'api_key') throw new DomainError('forbidden', 'API keys cannot place orders');
    if (req.principal) {
      if (email !== undefined) throw new DomainError('validation_failed', 'email is only for guest orders; signed-in customers order with their account', { errors: [{ path: 'email', message: 'is only for guest orders' }] });
      return checkout.placeForCustomer(ctx(req), userIdOf(req), input, key);
    }
    if (email === undefined) throw new DomainError('unauthorized', 'Sign in, or send email and shippingAddress to order as a guest');
    return checkout.placeAsGuest(ctx(req), email, input, key);
  }

  app.get('/v1/store/orders', {
    config: { access: access.signedIn },
    schema: { tags: store, summary: 'My orders, newest first', querystring: Obj({ ...ListQuery, status: Type.Optional(Status) }), response: { 200: Page(OrderSchema) } },
    handler: (req) => orders.list({ ...req.query, userId: userIdOf(req), limit: req.query.limit ?? 20 }),
  });

  app.get('/v1/store/orders/:id', {
    config: { access: access.public },
    schema: {
      tags: store,
      summary: 'One of my orders (another customer’s is 404); a guest order with ?key=<accessKey> (wrong or missing key → 404)',
      params: IdParams,
      querystring: Obj({ key: Type.Optional(Type.String({ maxLength: 200 })) }),
      response: { 200: OrderSchema },
    },
    handler: async (req, reply) => {
      reply.header('cache-control', 'no-store');
      if (req.principal?.type === 'api_key') throw new DomainError('forbidden', 'API keys cannot use this route');
      if (req.query.key !== undefined || !req.principal) return checkout.getWithKey(req.params.id, req.query.key);
      return orders.get(req.params.id, { userId: userIdOf(req) });
    },
  });

  app.post('/v1/store/orders/:id/cancel', {
    config: { access: access.signedIn },
    preValidation: emptyBodyIsObject,
    schema: { tags: store, summary: 'Cancel my pending order (stock and points come back)', params: IdParams, body: NoteBody, response: { 200: OrderSchema } },
    handler: (req) => orders.cancelOwn(ctx(req), userIdOf(req), req.params.id, req.body?.note),
  });

  // GET /v1/admin/orders (search and filters) and its CSV export live in search-routes.ts.

  app.get('/v1/admin/orders/:id', {
    config: { access: access.staff('orders:read') },
    schema: { tags: admin, summary: 'One order with its events', params: IdParams, response: { 200: OrderSchema } },
    handler: (req) => orders.get(req.params.id, { withEvents: true }),
  });

  for (const action of ['process', 'complete', 'cancel'] as const) {
    app.post(`/v1/admin/orders/:id/${action}`, {
      config: { access: access.staff('orders:write') },
      preValidation: emptyBodyIsObject,
      schema: { tags: admin, summary: `${action[0].toUpperCase()}${action.slice(1)} an order (409 invalid_transition when the status forbids it)`, params: IdParams, body: NoteBody, response: { 200: OrderSchema } },
      handler: (req) => orders.act(ctx(req), req.params.id, action, { note: req.body?.note }),
    });
  }

  app.post('/v1/admin/orders/:id/refund', {
    config: { access: access.staff('orders:write') },
    schema: {
      tags: admin,
      summary: 'Refund a completed order; restock returns the goods to stock',
      params: IdParams,
      body: Obj({ restock: Type.Boolean(), note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) }),
      response: { 200: OrderSchema },
    },
    handler: (req) => orders.act(ctx(req), req.params.id, 'refund', { restock: req.body.restock, note: req.body.note }),
  });

  app.post('/v1/admin/orders/:id/payments/capture', {
    config: { access: access.staff('orders:write') },
    schema: { tags: admin, summary: 'Mark a bank transfer or cash-on-delivery payment as paid', params: IdParams, response: { 200: OrderSchema } },
    handler: (req) => orders.capturePayment(ctx(req), req.params.id),
  });
}
