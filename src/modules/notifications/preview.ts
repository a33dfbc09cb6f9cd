import type { StoreSettings } from '../settings/index';
import { type Locale, type NotificationType, type Rendered, renderMessage } from './render';
import type { Vars } from './template';
import { confirmationVars, lowStockVars, orderStatusVars, resetVars, shippedVars } from './vars';

export const PREVIEW_PAYMENTS = ['konbini', 'bank_transfer', 'cod', 'points'] as const;
export type PreviewPayment = (typeof PREVIEW_PAYMENTS)[number];

/** A template rendered with made-up data, so staff see what customers get before anything is sent. */
export function previewMessage(type: NotificationType, locale: Locale, store: StoreSettings, publicUrl: string, payment: PreviewPayment = 'konbini'): Rendered {
  const name = locale === 'ja' ? '山田 花子' : 'Hanako Yamada';
  const now = new Date();
  const sample = {
    id: '00000000-0000-7000-8000-000000000000',
    number: 1001,
    items: [
      { title: locale === 'ja' ? 'オーガニックコットン Tシャツ' : 'Organic cotton T-shirt', options: { size: 'M', color: 'navy' } as Record<string, string>, quantity: 2, lineTotal: 6600 },
      { title: locale === 'ja' ? '緑茶 100g' : 'Green tea 100g', options: {} as Record<string, string>, quantity: 1, lineTotal: 1080 },
    ],
    subtotal: 7680,
    shippingFee: 0,
    pointsRedeemed: 0,
    total: 7680,
    currency: store.currency,
    shippingAddress: { name, postalCode: '150-0001', prefecture: locale === 'ja' ? '東京都' : 'Tokyo', city: locale === 'ja' ? '渋谷区' : 'Shibuya-ku', line1: '1-2-3', line2: null, phone: '03-1234-5678' },
    payment: {
      method: payment,
      amount: 7680,
      konbini: payment === 'konbini' ? { paymentNumber: '123456789012', confirmationNumber: '4321', expiresAt: new Date(now.getTime() + 72 * 3600_000).toISOString() } : undefined,
      deadline: payment === 'cod' || payment === 'points' ? null : new Date(now.getTime() + 72 * 3600_000).toISOString(),
    },
    delivery: null,
    createdAt: now.toISOString(),
  };
  const orderUrl = `${publicUrl}/orders/${sample.id}`;
  const vars: Record<NotificationType, () => Vars> = {
    'order.confirmation': () => confirmationVars(sample, store, locale, name, orderUrl),
    'order.shipped': () => shippedVars({ number: 1001, carrier: locale === 'ja' ? 'ヤマト運輸' : 'Yamato Transport', trackingNumber: '1234-5678-9012', orderUrl, fallbackUrl: orderUrl }, store, name),
    'order.cancelled': () => orderStatusVars({ number: 1001, total: 7680, currency: store.currency, note: null, refund: false, orderUrl }, store, locale, name),
    'order.refunded': () => orderStatusVars({ number: 1001, total: 7680, currency: store.currency, note: null, refund: true, orderUrl }, store, locale, name),
    'password.reset': () => resetVars({ resetUrl: `${publicUrl}/reset-password?token=…`, minutes: 30 }, store, name),
    'staff.low_stock': () => lowStockVars({ sku: 'TS-NAVY-M', available: 3, onHand: 5, reserved: 2, threshold: 5, inventoryUrl: `${publicUrl}/admin/inventory?sku=TS-NAVY-M` }, store, name),
  };
  return renderMessage(type, locale, vars[type]());
}
