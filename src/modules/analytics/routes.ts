import { Type } from '@sinclair/typebox';
import { DomainError } from '../../platform/errors';
import { access } from '../../platform/http/access';
import type { App } from '../../platform/http/app';
import { Obj } from '../../platform/core/schemas';
import type { AnalyticsService } from './service';

const DateOnly = Type.String({ maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD in the store time zone' });
const MAX_DAYS = 366;

/** 2026-02-30 matches the pattern but is not a date (Date.parse would roll it into March). */
const isCalendarDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

export function analyticsRoutes(app: App, { analytics }: { analytics: AnalyticsService }) {
  app.get('/v1/admin/analytics/summary', {
    config: { access: access.staff('orders:read') },
    schema: {
      tags: ['analytics'],
      summary: 'Dashboard figures over a date range (default: the last 30 days, store time zone)',
      description: 'Revenue, order count and average count orders placed in the range that are not cancelled or refunded; ordersByStatus counts every order placed in the range.',
      querystring: Obj({ from: Type.Optional(DateOnly), to: Type.Optional(DateOnly) }),
      response: {
        200: Type.Object({
          from: Type.String(),
          to: Type.String(),
          revenue: Type.Integer(),
          orders: Type.Integer(),
          averageOrderValue: Type.Integer(),
          ordersByStatus: Type.Record(Type.String(), Type.Integer()),
          topProducts: Type.Array(Type.Object({ productId: Type.String(), title: Type.String(), quantity: Type.Integer(), revenue: Type.Integer() })),
          lowStockCount: Type.Integer(),
          salesByDay: Type.Array(Type.Object({ date: Type.String(), revenue: Type.Integer(), orders: Type.Integer() })),
          taxByRate: Type.Array(Type.Object({ rate: Type.Number(), taxableAmount: Type.Integer(), tax: Type.Integer() }), { description: 'consumption tax per rate of the period’s sales (cancelled and refunded orders excluded), less partial returns' }),
        }),
      },
    },
    handler: async (req) => {
      const { from, to } = req.query;
      for (const [name, v] of [['from', from], ['to', to]] as const) {
        if (v !== undefined && !isCalendarDate(v)) {
          throw new DomainError('validation_failed', `${name} is not a real date`, { errors: [{ path: `querystring/${name}`, message: 'must be a calendar date' }] });
        }
      }
      if (from && to) {
        const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
        if (days < 0) throw new DomainError('validation_failed', 'from must not be after to', { errors: [{ path: 'querystring/from', message: 'must be on or before to' }] });
        if (days >= MAX_DAYS) throw new DomainError('validation_failed', `The range may span at most ${MAX_DAYS} days`);
      }
      return analytics.summary({ from, to });
    },
  });
}
