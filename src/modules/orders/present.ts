import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/core/context';
import type { AddressValue, DeliveryBooking, DeliveryPort, PaymentMethod, PaymentsPort, PaymentSummary } from './ports';
import type { EventRow, LineRow, OrderRow } from './repo';
import { type ReturnRow, returnsRepo } from './repo/returns';
import { ordersRepo as repo } from './repo';
import type { OrderStatus } from './status';

export interface OrderLine {
  sku: string;
  productId: string;
  title: string;
  options: Record<string, string>;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  taxClass: string;
  taxRate: number;
  discount: number;
  returnedQuantity: number;
}

export interface OrderEvent {
  id: string;
  type: string;
  from: OrderStatus | null;
  to: OrderStatus | null;
  actor: { type: Actor['type']; id: string | null };
  note: string | null;
  createdAt: string;
}

export interface TaxEntry {
  rate: number;
  taxableAmount: number;
  tax: number;
}

export interface OrderReturn {
  id: string;
  orderId: string;
  items: { sku: string; quantity: number; amount: number }[];
  refundAmount: number;
  shippingAmount: number;
  moneyRefunded: number;
  pointsReturned: number;
  taxes: TaxEntry[];
  restock: boolean;
  note: string | null;
  createdAt: string;
}

export interface Order {
  id: string;
  number: number;
  userId: string;
  status: OrderStatus;
  items: OrderLine[];
  subtotal: number;
  discounts: { code: string; promotionId: string; amount: number }[];
  discountTotal: number;
  shippingFee: number;
  taxes: TaxEntry[];
  taxTotal: number;
  pointsRedeemed: number;
  total: number;
  currency: string;
  shippingAddress: AddressValue;
  payment: PresentedPayment;
  delivery: DeliveryBooking | null;
  returns: OrderReturn[];
  refundedTotal: number;
  note: string;
  createdAt: string;
  updatedAt: string;
  events?: OrderEvent[];
  /** Set on guest orders: where their emails go. */
  guestEmail?: string;
}

export interface PresentedPayment {
  method: PaymentMethod;
  status: string;
  amount: number;
  konbini?: { paymentNumber: string; confirmationNumber: string; expiresAt: string };
  deadline: string | null;
}

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const toLine = (l: LineRow): OrderLine => ({
  sku: l.sku,
  productId: l.product_id,
  title: l.title,
  options: l.options,
  quantity: l.quantity,
  unitPrice: l.unit_price,
  lineTotal: l.line_total,
  taxClass: l.tax_class ?? 'standard',
  taxRate: l.tax_rate ?? 0.1,
  discount: l.discount ?? 0,
  returnedQuantity: l.returned_quantity ?? 0,
});

export const toEvent = (e: EventRow): OrderEvent => ({
  id: e.id,
  type: e.type,
  from: e.from_status,
  to: e.to_status,
  actor: { type: e.actor_type, id: e.actor_id },
  note: e.note,
  createdAt: new Date(e.created_at).toISOString(),
});

export const toReturn = (r: ReturnRow): OrderReturn => ({
  id: r.id,
  orderId: r.order_id,
  items: r.items,
  refundAmount: r.refund_amount,
  shippingAmount: r.shipping_amount,
  moneyRefunded: r.money_refunded,
  pointsReturned: r.points_returned,
  taxes: r.taxes,
  restock: r.restock,
  note: r.note,
  createdAt: new Date(r.created_at).toISOString(),
});

export const presentPayment = (p: PaymentSummary): Omit<PresentedPayment, 'deadline'> => ({
  method: p.method,
  status: p.status,
  amount: p.amount,
  ...(p.konbini ? { konbini: { ...p.konbini, expiresAt: new Date(p.konbini.expiresAt).toISOString() } } : {}),
});

/** The order's money fields as stored (orders from before taxes existed show none). */
export const moneyOf = (r: OrderRow) => ({
  subtotal: r.subtotal,
  discounts: r.discounts ?? [],
  discountTotal: r.discount_total ?? 0,
  shippingFee: r.shipping_fee,
  taxes: r.taxes ?? [],
  taxTotal: r.tax_total ?? 0,
  pointsRedeemed: r.points_redeemed,
  total: r.total,
});

/** Builds API objects for rows: lines, payment, delivery and returns fetched in one batch each. */
export function createPresenter(deps: { payments: PaymentsPort; delivery: DeliveryPort | null }) {
  const { payments, delivery } = deps;
  return async function present(q: Db, rows: OrderRow[], withEvents = false): Promise<Order[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [lines, pays, slots, returns] = await Promise.all([
      repo.lines(q, ids),
      payments.getForOrders(q, ids),
      delivery ? delivery.getForOrders(q, ids) : Promise.resolve(new Map<string, DeliveryBooking>()),
      returnsRepo.forOrders(q, ids),
    ]);
    const group = <T, U>(items: T[], key: (t: T) => string, map: (t: T) => U) => {
      const out = new Map<string, U[]>();
      for (const it of items) out.set(key(it), [...(out.get(key(it)) ?? []), map(it)]);
      return out;
    };
    const byOrder = group(lines, (l) => l.order_id, toLine);
    const returnsBy = group(returns, (r) => r.order_id, toReturn);
    const out: Order[] = [];
    for (const r of rows) {
      const pay = pays.get(r.id) ?? { method: r.payment_method, status: 'pending', amount: r.total };
      const slot = slots.get(r.id);
      const order: Order = {
        id: r.id,
        number: r.number,
        userId: r.user_id,
        status: r.status,
        items: byOrder.get(r.id) ?? [],
        ...moneyOf(r),
        currency: r.currency,
        shippingAddress: r.shipping_address,
        payment: { ...presentPayment(pay), deadline: iso(r.payment_deadline) },
        delivery: slot ? { slotId: slot.slotId, date: slot.date, startTime: slot.startTime, endTime: slot.endTime } : null,
        returns: returnsBy.get(r.id) ?? [],
        refundedTotal: r.refunded_total ?? 0,
        note: r.note,
        createdAt: new Date(r.created_at).toISOString(),
        updatedAt: new Date(r.updated_at).toISOString(),
        ...(r.guest_email ? { guestEmail: r.guest_email } : {}),
      };
      if (withEvents) order.events = (await repo.events(q, r.id)).map(toEvent);
      out.push(order);
    }
    return out;
  };
}
