import type { StoreSettings } from '../settings/index';
import { formatDateTime, formatMoney, trackingUrl } from './format';
import type { Locale } from './render';
import type { Vars } from './template';

/** What an order confirmation needs of an order (the orders module's `Order` has this shape). */
export interface OrderFacts {
  id: string;
  number: number;
  items: { title: string; options: Record<string, string>; quantity: number; lineTotal: number }[];
  subtotal: number;
  shippingFee: number;
  pointsRedeemed: number;
  total: number;
  currency: string;
  shippingAddress: { name: string; postalCode: string; prefecture: string; city: string; line1: string; line2: string | null; phone: string };
  payment: { method: string; amount: number; konbini?: { paymentNumber: string; confirmationNumber: string; expiresAt: string }; deadline: string | null };
  delivery: { date: string; startTime: string; endTime: string } | null;
  createdAt: string;
}

export function confirmationVars(order: OrderFacts, store: StoreSettings, locale: Locale, customerName: string, orderUrl: string | null): Vars {
  const money = (n: number) => formatMoney(n, order.currency, locale);
  const when = (d: string | null) => (d ? formatDateTime(d, store.timeZone, locale) : '');
  const p = order.payment;
  const bank = store.bankAccount;
  return {
    storeName: store.storeName,
    customerName,
    orderNumber: order.number,
    orderUrl,
    createdAt: when(order.createdAt),
    items: order.items.map((i) => ({ title: i.title, optionsText: Object.values(i.options ?? {}).join(' / '), quantity: i.quantity, lineTotal: money(i.lineTotal) })),
    subtotal: money(order.subtotal),
    shippingFee: money(order.shippingFee),
    pointsRedeemed: order.pointsRedeemed > 0 ? money(order.pointsRedeemed) : null,
    total: money(order.total),
    konbini: p.method === 'konbini' && p.konbini
      ? { paymentNumber: p.konbini.paymentNumber, confirmationNumber: p.konbini.confirmationNumber, amount: money(p.amount), deadline: when(p.konbini.expiresAt) }
      : null,
    bank: p.method === 'bank_transfer'
      ? { ...bank, accountType: accountTypeLabel(bank.accountType, locale), amount: money(p.amount), deadline: when(p.deadline) || (locale === 'ja' ? 'お早め' : 'soon') }
      : null,
    cod: p.method === 'cod' ? { amount: money(p.amount) } : null,
    pointsOnly: p.method === 'points',
    address: { ...order.shippingAddress, line2: order.shippingAddress.line2 ?? '' },
    delivery: order.delivery,
  };
}

const accountTypeLabel = (t: string, locale: Locale) => (locale === 'ja' ? ({ ordinary: '普通', checking: '当座', savings: '貯蓄' } as Record<string, string>)[t] ?? t : t);

export function shippedVars(x: { number: number; carrier: string; trackingNumber: string; orderUrl: string | null; fallbackUrl: string }, store: StoreSettings, customerName: string): Vars {
  return { storeName: store.storeName, customerName, orderNumber: x.number, carrier: x.carrier, trackingNumber: x.trackingNumber, trackingUrl: trackingUrl(x.carrier, x.trackingNumber, x.fallbackUrl), orderUrl: x.orderUrl };
}

export function orderStatusVars(
  x: { number: number; total: number; currency: string; note: string | null; refund: boolean; orderUrl: string | null },
  store: StoreSettings,
  locale: Locale,
  customerName: string,
): Vars {
  return { storeName: store.storeName, customerName, orderNumber: x.number, total: formatMoney(x.total, x.currency, locale), note: x.note, refund: x.refund, orderUrl: x.orderUrl };
}

export function lowStockVars(x: { sku: string; available: number; onHand: number; reserved: number; threshold: number; inventoryUrl: string }, store: StoreSettings, name: string): Vars {
  return { storeName: store.storeName, customerName: name, ...x };
}

export function resetVars(x: { resetUrl: string; minutes: number }, store: StoreSettings, name: string): Vars {
  return { storeName: store.storeName, customerName: name, resetUrl: x.resetUrl, expiresMinutes: x.minutes };
}
