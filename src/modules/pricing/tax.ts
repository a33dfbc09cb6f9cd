/** Pure tax arithmetic in integer minor units (Japanese consumption tax: once per rate per order). */
import type { StoreSettings } from '../settings/index';

export type TaxClass = 'standard' | 'reduced' | 'exempt';
export const TAX_CLASSES: readonly TaxClass[] = ['standard', 'reduced', 'exempt'];
export type TaxRounding = 'floor' | 'round' | 'ceil';

export interface TaxRules {
  rates: { standard: number; reduced: number };
  pricesIncludeTax: boolean;
  rounding: TaxRounding;
}

export interface TaxLine {
  rate: number;
  taxableAmount: number;
  tax: number;
}

export const rateOf = (rules: TaxRules, cls: TaxClass): number => (cls === 'exempt' ? 0 : rules.rates[cls]);

/** A rate as an exact fraction over 1,000,000 (0.08 → 80,000), so no float ever touches money. */
const PPM = 1_000_000n;
const ppm = (rate: number) => BigInt(Math.round(rate * 1_000_000));

function divide(n: bigint, d: bigint, rounding: TaxRounding): bigint {
  if (rounding === 'floor') return n / d;
  if (rounding === 'ceil') return (n + d - 1n) / d;
  return (2n * n + d) / (2n * d); // half up
}

/**
 * The tax in an amount at one rate: for tax-inclusive prices the part of the amount that is tax
 * (amount × rate / (1 + rate)), else the tax on top (amount × rate); rounded the store's way.
 */
export function taxOn(amount: number, rate: number, rules: Pick<TaxRules, 'pricesIncludeTax' | 'rounding'>): number {
  if (amount <= 0 || rate <= 0) return 0;
  const r = ppm(rate);
  const n = BigInt(amount) * r;
  return Number(divide(n, rules.pricesIncludeTax ? PPM + r : PPM, rules.rounding));
}

/** The exact (unrounded) tax, for tests and checks. */
export function exactTaxOn(amount: number, rate: number, pricesIncludeTax: boolean): number {
  return pricesIncludeTax ? (amount * rate) / (1 + rate) : amount * rate;
}

/**
 * Splits `amount` across `weights` in proportion (largest remainder), so the parts add up to
 * `amount` exactly (at most sum(weights)) and none exceeds its weight.
 */
export function allocate(amount: number, weights: number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (amount <= 0 || total <= 0) return weights.map(() => 0);
  const a = BigInt(Math.min(amount, total));
  const t = BigInt(total);
  const parts = weights.map((w) => (a * BigInt(w)) / t);
  const rema = weights.map((w, i) => ({ i, r: (a * BigInt(w)) % t }));
  let left = Math.min(amount, total) - parts.reduce((s, p) => s + Number(p), 0);
  rema.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  const out = parts.map(Number);
  for (const { i } of rema) {
    if (left <= 0) break;
    if (out[i] < weights[i]) {
      out[i]++;
      left--;
    }
  }
  return out;
}

/** Groups amounts by rate (one entry per rate present, ascending) and taxes each group once. */
export function taxByRate(amounts: { rate: number; amount: number }[], rules: Pick<TaxRules, 'pricesIncludeTax' | 'rounding'>): TaxLine[] {
  const byRate = new Map<number, number>();
  for (const a of amounts) byRate.set(a.rate, (byRate.get(a.rate) ?? 0) + a.amount);
  return [...byRate]
    .sort(([x], [y]) => x - y)
    .map(([rate, taxableAmount]) => ({ rate, taxableAmount, tax: taxOn(taxableAmount, rate, rules) }));
}

/** The tax rules of the store's settings. */
export const taxRulesOf = (s: Pick<StoreSettings, 'taxRates' | 'pricesIncludeTax' | 'taxRounding'>): TaxRules => ({
  rates: s.taxRates,
  pricesIncludeTax: s.pricesIncludeTax,
  rounding: s.taxRounding,
});
