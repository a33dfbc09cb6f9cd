import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import type { App } from '../../platform/http/app';
import { Id, IdParams, ListQuery, Obj, Page } from '../../platform/core/schemas';
import { AddressSchema } from '../identity/index';
import { CustomerSummary, Person } from './schemas';
import type { CustomerService } from './service';

// The admin's customer detail shows addresses without their furigana.
const Address = Type.Omit(AddressSchema, ['nameKana']);

/** `orderSchema` is the orders module's public order schema (the detail lists recent orders). */
export function customerRoutes(app: App, { customers, orderSchema }: { customers: CustomerService<any>; orderSchema: ReturnType<typeof Type.Object> }) {
  const tags = ['admin: customers'];

  app.get('/v1/admin/customers', {
    config: { access: access.staff('orders:read') },
    schema: {
      tags,
      summary: 'Customers, newest first, with orders count, paid spend, points and last order; q matches email or name',
      querystring: Obj({ ...ListQuery, q: Type.Optional(Type.String({ maxLength: 200 })) }),
      response: { 200: Page(CustomerSummary) },
    },
    handler: (req) => customers.list({ ...req.query, limit: req.query.limit ?? 20 }),
  });

  app.get('/v1/admin/customers/:id', {
    config: { access: access.staff('orders:read') },
    schema: {
      tags,
      summary: 'One customer with addresses and the 10 most recent orders (staff and admins are 404 here)',
      params: IdParams,
      response: { 200: Type.Composite([CustomerSummary, Type.Object({ addresses: Type.Array(Address), orders: Type.Array(orderSchema) })]) },
    },
    handler: (req) => customers.get(req.params.id),
  });

  app.get('/v1/admin/people', {
    config: { access: access.staff() },
    schema: {
      tags,
      summary: 'Names and emails for user ids (customers, staff, admins), for screens that show who did something',
      querystring: Obj({ ids: Type.Array(Id, { minItems: 1, maxItems: 100 }) }),
      response: { 200: Type.Object({ items: Type.Array(Person) }) },
    },
    handler: async (req) => ({ items: await customers.people(req.query.ids) }),
  });
}
