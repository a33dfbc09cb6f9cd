import { i18next } from '../../../shared/i18n';
import type { PaymentMethod } from './types';

export const PAYMENT_METHODS: { value: PaymentMethod }[] = [{ value: 'konbini' }, { value: 'cod' }, { value: 'bank_transfer' }, { value: 'points' }];

const KNOWN = new Set<string>(PAYMENT_METHODS.map((m) => m.value));

export function paymentLabel(method: string): string {
  return KNOWN.has(method) ? i18next.t(`shopCheckout:payment.${method}.label`) : method;
}

export function paymentDescription(method: string): string {
  return KNOWN.has(method) ? i18next.t(`shopCheckout:payment.${method}.description`) : '';
}
