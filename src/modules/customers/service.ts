import { notFound } from '../../platform/errors';
import type { Address, IdentityService, User, UserRef } from '../identity/index';
import type { CustomerSummary } from './schemas';

export type { CustomerSummary };

/**
 * The admin's view of a shop's customers: identity owns who they are, orders what they bought,
 * payments their points. This module owns no table; it reads each through that module's service.
 */
export interface CustomersDeps<O> {
  identity: Pick<IdentityService, 'listUsers' | 'getUser' | 'listAddresses' | 'usersByIds'>;
  orders: {
    customerStats(userIds: string[]): Promise<Map<string, { ordersCount: number; totalSpent: number; lastOrderAt: string | null }>>;
    recent(userId: string, limit: number): Promise<O[]>;
  };
  points: { balances(userIds: string[]): Promise<Map<string, number>> };
}

const RECENT_ORDERS = 10;

export function createCustomerService<O>(deps: CustomersDeps<O>) {
  async function summarise(users: User[]): Promise<CustomerSummary[]> {
    const ids = users.map((u) => u.id);
    const [stats, balances] = await Promise.all([deps.orders.customerStats(ids), deps.points.balances(ids)]);
    return users.map((u) => {
      const s = stats.get(u.id);
      return {
        id: u.id,
        email: u.email,
        name: u.name,
        isActive: u.isActive,
        ordersCount: s?.ordersCount ?? 0,
        totalSpent: s?.totalSpent ?? 0,
        pointsBalance: balances.get(u.id) ?? 0,
        lastOrderAt: s?.lastOrderAt ?? null,
        createdAt: u.createdAt,
      };
    });
  }

  return {
    /** Customers (role `customer`), newest first; `q` matches email or name. */
    async list(q: { q?: string; limit: number; cursor?: string }): Promise<{ items: CustomerSummary[]; nextCursor: string | null }> {
      const page = await deps.identity.listUsers({ role: 'customer', q: q.q?.trim() || undefined, limit: q.limit, cursor: q.cursor });
      return { items: await summarise(page.items), nextCursor: page.nextCursor };
    },

    /** One customer with addresses and recent orders; staff and admins are not customers (404). */
    async get(id: string): Promise<CustomerSummary & { addresses: Address[]; orders: O[] }> {
      const user = await deps.identity.getUser(id);
      if (user.role !== 'customer') throw notFound('Customer');
      const [[summary], addresses, orders] = await Promise.all([summarise([user]), deps.identity.listAddresses(id), deps.orders.recent(id, RECENT_ORDERS)]);
      return { ...summary, addresses, orders };
    },

    /** Names for user ids (any role), for screens that would otherwise show ids. */
    async people(ids: string[]): Promise<UserRef[]> {
      return [...(await deps.identity.usersByIds(ids)).values()];
    },
  };
}

export type CustomerService<O = unknown> = ReturnType<typeof createCustomerService<O>>;
