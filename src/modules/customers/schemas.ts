import { type Static, Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/core/schemas';

export const CustomerSummary = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  isActive: Type.Boolean(),
  ordersCount: Type.Integer(),
  totalSpent: Type.Integer({ description: 'sum of paid order totals, minor units' }),
  pointsBalance: Type.Integer(),
  lastOrderAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type CustomerSummary = Static<typeof CustomerSummary>;

export const Person = Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), role: Type.String() });
