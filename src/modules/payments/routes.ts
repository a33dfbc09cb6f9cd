import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Config } from '../../platform/config';
import { DomainError } from '../../platform/errors';
import { access } from '../../platform/http/access';
import { systemContext, type Principal } from '../../platform/core/context';
import { type App, ctx } from '../../platform/http/app';
import { Id, IdParams, Nullable, Obj } from '../../platform/core/schemas';
import { type NonceStore, parseJsonBody, rawBodyParser, verifySignedRequest } from '../webhooks/index';
import type { PaymentService } from './service';
import { PAYMENT_METHODS, PAYMENT_STATUSES } from './status';

const tags = ['payments'];

const Konbini = Type.Object({ paymentNumber: Type.String(), confirmationNumber: Type.String(), expiresAt: Type.String() });
export const PaymentSummarySchema = Type.Object({
  method: Type.Union(PAYMENT_METHODS.map((m) => Type.Literal(m))),
  status: Type.Union(PAYMENT_STATUSES.map((s) => Type.Literal(s))),
  amount: Type.Integer(),
  konbini: Type.Optional(Konbini),
});
const PaymentDetail = Type.Object({
  ...PaymentSummarySchema.properties,
  id: Type.String(),
  orderId: Type.String(),
  userId: Type.String(),
  deadline: Nullable(Type.String()),
  refunds: Type.Array(Type.Object({ id: Type.String(), amount: Type.Integer(), reason: Type.String(), providerReference: Type.String(), createdAt: Type.String() })),
});

const LedgerEntry = Type.Object({
  id: Type.String(),
  delta: Type.Integer(),
  reason: Type.String({ description: 'redeemed | redemption_returned | earned | earned_reversed | adjustment' }),
  orderId: Type.Optional(Type.String()),
  shortfall: Type.Optional(Type.Integer({ description: 'Points a reversal could not take back because they were already spent' })),
  note: Type.Optional(Type.String()),
  createdAt: Type.String(),
});
const PointsView = Type.Object({ balance: Type.Integer(), entries: Type.Array(LedgerEntry), nextCursor: Nullable(Type.String()) });
const PointsQuery = Obj({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 100 })), cursor: Type.Optional(Type.String({ maxLength: 512 })) });

export const KonbiniNotification = Obj({
  orderId: Id,
  paymentNumber: Type.String({ minLength: 1, maxLength: 64 }),
  amount: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }),
});

const viewOf = (v: Awaited<ReturnType<PaymentService['points']>>) => ({
  balance: v.balance,
  nextCursor: v.nextCursor,
  // Optional fields are left out rather than null (orderId?, shortfall? when non-zero, note?).
  entries: v.entries.map((e) => ({
    id: e.id,
    delta: e.delta,
    reason: e.reason,
    ...(e.orderId ? { orderId: e.orderId } : {}),
    ...(e.shortfall ? { shortfall: e.shortfall } : {}),
    ...(e.note ? { note: e.note } : {}),
    createdAt: e.createdAt,
  })),
});

const userId = (p: Principal | null) => {
  if (p?.type !== 'user') throw new DomainError('unauthorized', 'Sign in first');
  return p.id;
};

function notification(body: unknown) {
  if (Value.Check(KonbiniNotification, body)) return body;
  const errors = [...Value.Errors(KonbiniNotification, body)].slice(0, 10).map((e) => ({ path: e.path.replace(/^\//, ''), message: e.message }));
  throw new DomainError('validation_failed', 'The body must be { orderId, paymentNumber, amount }', { errors });
}

export interface PaymentRouteDeps {
  payments: PaymentService;
  config: Config;
  nonces: NonceStore;
  now: () => Date;
  /** Throws not_found for an unknown user (identity's getUser). */
  getUser: (id: string) => Promise<unknown>;
}

export function paymentRoutes(app: App, deps: PaymentRouteDeps) {
  const { payments } = deps;

  // Signed like every incoming webhook, verified over the raw bytes before the JSON is parsed.
  app.register(async (scope) => {
    rawBodyParser(scope);
    scope.post('/v1/payments/konbini/notify', {
      config: { access: access.public },
      bodyLimit: 64 * 1024,
      validatorCompiler: () => () => true,
      schema: {
        tags,
        summary: 'Konbini payment notification (HMAC-signed with KONBINI_WEBHOOK_SECRET: x-inventra-timestamp, x-inventra-nonce, x-inventra-signature)',
        body: KonbiniNotification,
        response: { 200: Type.Object({ orderId: Type.String(), status: Type.String() }) },
      },
      handler: async (req) => {
        const rawBody = (req.body as unknown as Buffer | undefined) ?? Buffer.alloc(0);
        await verifySignedRequest({ secret: deps.config.konbiniWebhookSecret, headers: req.headers, rawBody, nonceStore: deps.nonces, scope: 'konbini', now: deps.now() });
        const body = notification(parseJsonBody(rawBody));
        return payments.konbiniNotified({ ...systemContext(req.id), ip: req.ip }, body);
      },
    });
  });

  app.get('/v1/me/points', {
    config: { access: access.signedIn },
    schema: { tags, summary: 'My points balance and ledger (newest first)', querystring: PointsQuery, response: { 200: PointsView } },
    handler: async (req) => viewOf(await payments.points(userId(req.principal), { limit: req.query.limit ?? 100, cursor: req.query.cursor })),
  });

  app.get('/v1/admin/points/:id', {
    config: { access: access.staff('orders:read') },
    schema: { tags, summary: "A customer's points balance and ledger", params: IdParams, querystring: PointsQuery, response: { 200: PointsView } },
    handler: async (req) => {
      await deps.getUser(req.params.id);
      return viewOf(await payments.points(req.params.id, { limit: req.query.limit ?? 100, cursor: req.query.cursor }));
    },
  });

  app.post('/v1/admin/points/:id/adjustments', {
    config: { access: access.admin() },
    schema: {
      tags,
      summary: "Grant or remove a customer's points by hand (audited; never below zero)",
      params: IdParams,
      body: Obj({ delta: Type.Integer({ minimum: -10_000_000, maximum: 10_000_000, not: { const: 0 } }), note: Type.String({ minLength: 1, maxLength: 500 }) }),
      response: { 201: Type.Object({ balance: Type.Integer(), entry: LedgerEntry }) },
    },
    handler: async (req, reply) => {
      await deps.getUser(req.params.id);
      const { balance, entry } = await payments.adjustPoints(ctx(req), { userId: req.params.id, ...req.body });
      return reply.code(201).send({ balance, entry: viewOf({ balance, entries: [entry], nextCursor: null }).entries[0] });
    },
  });

  app.get('/v1/admin/orders/:id/payment', {
    config: { access: access.staff('orders:read') },
    schema: { tags, summary: "An order's payment, with its refunds", params: IdParams, response: { 200: PaymentDetail } },
    handler: (req) => payments.getPayment(req.params.id),
  });
}
