import type { PaymentMethod } from './types';

export const PAYMENT_METHODS: { value: PaymentMethod; label: string; description: string }[] = [
  { value: 'konbini', label: 'Konbini (convenience store)', description: 'Pay at a convenience store with the payment slip we show after you order.' },
  { value: 'cod', label: 'Cash on delivery', description: 'Pay the driver when your order arrives.' },
  { value: 'bank_transfer', label: 'Bank transfer', description: 'Transfer the total to our bank account; we ship once it arrives.' },
  { value: 'points', label: 'Points', description: 'Pay the whole order with your points.' },
];

export function paymentLabel(method: string): string {
  return PAYMENT_METHODS.find((m) => m.value === method)?.label ?? method;
}
