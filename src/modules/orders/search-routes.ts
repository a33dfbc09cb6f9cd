import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import type { App } from '../../platform/http/app';
import { Id, ListQuery, Obj, Page } from '../../platform/core/schemas';
import { ORDER_PAYMENT_STATUSES } from './repo/search';
import { OrderSchema } from './routes';
import type { OrderSearch } from './search';
import { ORDER_STATUSES } from './status';

const Day = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'a date in the store time zone (settings.timeZone)' });

const Filters = {
  q: Type.Optional(Type.String({ maxLength: 200, description: 'order number, customer email or name (or the shipping name), or a SKU in the order' })),
  status: Type.Optional(Type.Union(ORDER_STATUSES.map((s) => Type.Literal(s)))),
  paymentStatus: Type.Optional(Type.Union(ORDER_PAYMENT_STATUSES.map((s) => Type.Literal(s)))),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  userId: Type.Optional(Id),
  number: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e15 })),
};

export function orderSearchRoutes(app: App, { search }: { search: OrderSearch }) {
  const tags = ['admin: orders'];

  app.get('/v1/admin/orders', {
    config: { access: access.staff('orders:read') },
    schema: {
      tags,
      summary: 'Orders, newest first: search by number, customer email or name, or SKU; filter by status, payment status and dates (store time zone, inclusive)',
      querystring: Obj({ ...ListQuery, ...Filters }),
      response: { 200: Page(OrderSchema) },
    },
    handler: (req) => search.list({ ...req.query, limit: req.query.limit ?? 20 }),
  });

  app.get('/v1/admin/orders/export', {
    config: { access: access.staff('orders:read') },
    schema: {
      tags,
      summary: 'The filtered order list as CSV, one row per order line (cells a spreadsheet would run as formulas are neutralised)',
      querystring: Obj(Filters),
      response: { 200: { description: 'Orders as CSV', content: { 'text/csv': { schema: Type.String() } } } },
    },
    handler: async (req, reply) => {
      // A stream: a large export never sits in memory whole (the typed reply expects the schema's string).
      const body = (await search.export(req.query)) as unknown as string;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="orders.csv"').send(body);
    },
  });
}
