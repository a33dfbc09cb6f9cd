import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import type { RequestContext } from '../../platform/core/context';
import type { StoreSettings } from '../settings/index';
import { guestOrdersRepo as guests, ordersRepo } from './repo';
import type { CreateOrderInput, CreateResult, Order, OrderService } from './service';
import { isUuid } from '../../platform/core/schemas';

export interface OrderRecipient {
  email: string;
  name: string;
  locale: 'ja' | 'en' | null;
  userId: string | null;
}

export interface CheckoutDeps {
  db: Db;
  orders: OrderService;
  settings: { get(): Promise<StoreSettings> };
  /** The signed-in customer's email, name and language. */
  customer(userId: string): Promise<OrderRecipient | null>;
  /** Writes the order confirmation in the order's transaction (notifications). */
  confirm(tx: Db, x: { order: Order; to: OrderRecipient; store: StoreSettings; accessKey?: string }): Promise<void>;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * A guest's orders belong to a stand-in owner id derived from the email: no account has it, the
 * guest's orders share it (and its Idempotency-Keys), and registering with the email claims them.
 */
export function guestOwnerId(email: string): string {
  const h = sha256(`inventra-guest:${email.trim().toLowerCase()}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const refuse = (path: string, message: string, code = 'validation_failed') => new DomainError(code, `${path} ${message}`, { errors: [{ path, message }] });

/** Placing orders with their confirmation email, for customers and for guests (who get an access key). */
export function createCheckout(deps: CheckoutDeps) {
  const { db, orders } = deps;

  return {
    async placeForCustomer(ctx: RequestContext, userId: string, input: CreateOrderInput, idempotencyKey?: string): Promise<CreateResult> {
      // Read before the transaction: on the embedded database the root handle waits for the transaction's connection.
      const [to, store] = await Promise.all([deps.customer(userId), deps.settings.get()]);
      return orders.create(ctx, userId, input, idempotencyKey, {
        afterPlace: async (tx, order) => {
          if (to) await deps.confirm(tx, { order, to, store });
        },
      });
    },

    /** A guest order: shippingAddress (no addressId), no points; the access key is shown once and kept hashed. */
    async placeAsGuest(ctx: RequestContext, email: string, input: CreateOrderInput, idempotencyKey?: string): Promise<CreateResult & { accessKey?: string }> {
      if (input.addressId) throw refuse('addressId', 'is for signed-in customers; guests send shippingAddress');
      if (!input.shippingAddress) throw refuse('shippingAddress', 'is required for a guest order');
      if ((input.pointsToRedeem ?? 0) > 0) throw refuse('pointsToRedeem', 'needs an account: guests cannot redeem points', 'unprocessable');
      if (input.paymentMethod === 'points') throw refuse('paymentMethod', 'points needs an account', 'unprocessable');
      const accessKey = `ok_${randomBytes(24).toString('base64url')}`;
      const store = await deps.settings.get();
      const to: OrderRecipient = { email: email.trim(), name: input.shippingAddress.name, locale: null, userId: null };
      const result = await orders.create(ctx, guestOwnerId(email), input, idempotencyKey, {
        afterPlace: async (tx, order) => {
          await guests.markGuest(tx, order.id, to.email, sha256(accessKey));
          order.guestEmail = to.email;
          await deps.confirm(tx, { order, to, store, accessKey });
        },
      });
      // A replay cannot show the key again (only its hash is kept); the confirmation email has it.
      return result.replayed ? result : { ...result, accessKey };
    },

    /** A guest order read with its access key; a wrong or missing key is 404, like a missing order. */
    async getWithKey(id: string, key: string | undefined): Promise<Order> {
      if (!isUuid(id) || !key || key.length > 200) throw notFound('Order');
      const row = await guests.findGuest(db, id);
      const given = Buffer.from(sha256(key), 'hex');
      const stored = Buffer.from(row?.access_key_hash ?? '0'.repeat(64), 'hex');
      if (!row || !timingSafeEqual(given, stored)) throw notFound('Order');
      return orders.get(id);
    },

    /** Subscriber of `user.registered`: the guest orders of that email join the account. */
    claim: (tx: Db, userId: string, email: string) => guests.claim(tx, guestOwnerId(email), userId),

    /** Who an order's emails go to, read through `q` (the relay's transaction). */
    async recipientOf(q: Db, orderId: string): Promise<{ number: number; userId: string; guestEmail: string | null; customerName: string } | null> {
      if (!isUuid(orderId)) return null;
      const row = await ordersRepo.find(q, orderId);
      return row ? { number: row.number, userId: row.user_id, guestEmail: row.guest_email ?? null, customerName: row.shipping_address.name } : null;
    },
  };
}
export type Checkout = ReturnType<typeof createCheckout>;
