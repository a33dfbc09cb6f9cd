import type { Address, Order } from './types';

/** Who a user id is (GET /v1/admin/people). */
export interface Person {
  id: string;
  email: string;
  name: string;
  role: string;
}

export interface CustomerSummary {
  id: string;
  email: string;
  name: string;
  isActive: boolean;
  ordersCount: number;
  totalSpent: number;
  pointsBalance: number;
  lastOrderAt: string | null;
  createdAt: string;
}

export interface CustomerDetail extends CustomerSummary {
  addresses: (Address & { id: string; isDefault: boolean })[];
  orders: Order[];
}

export interface PointsEntry {
  id: string;
  delta: number;
  reason: string;
  orderId?: string | null;
  note?: string | null;
  createdAt: string;
}
