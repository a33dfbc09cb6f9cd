import { currencySymbol } from '../../../shared/money';
import { TextField } from '../../../shared/ui';
import { parseIntOrNull } from '../lib/format';
import type { Variant } from '../lib/types';

/** A variant as typed in a form: strings until saved. */
export interface VariantDraft {
  sku: string;
  size: string;
  color: string;
  price: string;
  compareAtPrice: string;
  weightGrams: string;
  /** Options other than size/color, kept as they are. */
  otherOptions: Record<string, string>;
}

export interface VariantBody {
  sku: string;
  price: number;
  compareAtPrice: number | null;
  options: Record<string, string>;
  weightGrams?: number | null;
}

export function emptyVariant(): VariantDraft {
  return { sku: '', size: '', color: '', price: '', compareAtPrice: '', weightGrams: '', otherOptions: {} };
}

export function variantToDraft(v: Variant): VariantDraft {
  const { size = '', color = '', ...otherOptions } = v.options ?? {};
  return {
    sku: v.sku,
    size,
    color,
    price: String(v.price),
    compareAtPrice: v.compareAtPrice === null || v.compareAtPrice === undefined ? '' : String(v.compareAtPrice),
    weightGrams: v.weightGrams === null || v.weightGrams === undefined ? '' : String(v.weightGrams),
    otherOptions,
  };
}

/** Validates a draft; field errors use the same keys as the inputs. */
export function draftToBody(d: VariantDraft): { body?: VariantBody; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const price = parseIntOrNull(d.price);
  const compareAtPrice = parseIntOrNull(d.compareAtPrice);
  const weightGrams = parseIntOrNull(d.weightGrams);
  if (!d.sku.trim()) errors.sku = 'Enter a SKU, for example TS-RED-M.';
  if (price === null) errors.price = 'Enter a price.';
  else if (Number.isNaN(price) || price < 0) errors.price = 'Enter the price as a whole number, for example 1200.';
  if (compareAtPrice !== null && (Number.isNaN(compareAtPrice) || compareAtPrice < 0)) errors.compareAtPrice = 'Enter a whole number, or leave it empty.';
  else if (compareAtPrice !== null && price !== null && !Number.isNaN(price) && compareAtPrice <= price) errors.compareAtPrice = 'The compare-at price must be higher than the price, or empty.';
  if (weightGrams !== null && (Number.isNaN(weightGrams) || weightGrams < 0)) errors.weightGrams = 'Enter grams as a whole number, or leave it empty.';
  if (Object.keys(errors).length) return { errors };
  const options: Record<string, string> = { ...d.otherOptions };
  if (d.size.trim()) options.size = d.size.trim();
  if (d.color.trim()) options.color = d.color.trim();
  const body: VariantBody = { sku: d.sku.trim(), price: price as number, compareAtPrice, options };
  if (weightGrams !== null) body.weightGrams = weightGrams;
  return { body, errors };
}

export function sameDraft(a: VariantDraft, b: VariantDraft): boolean {
  return a.sku === b.sku && a.size === b.size && a.color === b.color && a.price === b.price && a.compareAtPrice === b.compareAtPrice && a.weightGrams === b.weightGrams;
}

export function VariantFields({ draft, onChange, errors, currency }: { draft: VariantDraft; onChange: (d: VariantDraft) => void; errors: Record<string, string>; currency: string }) {
  const symbol = currencySymbol(currency);
  const set = (key: keyof VariantDraft) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...draft, [key]: e.target.value });
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-7">
      <TextField label="SKU" value={draft.sku} onChange={set('sku')} error={errors.sku} autoCapitalize="characters" className="col-span-2 sm:col-span-1 xl:col-span-2" />
      <TextField label="Size" value={draft.size} onChange={set('size')} error={errors['options.size']} />
      <TextField label="Color" value={draft.color} onChange={set('color')} error={errors['options.color']} />
      <TextField label={`Price (${symbol})`} inputMode="numeric" value={draft.price} onChange={set('price')} error={errors.price} />
      <TextField label={`Compare-at price (${symbol})`} inputMode="numeric" value={draft.compareAtPrice} onChange={set('compareAtPrice')} error={errors.compareAtPrice} />
      <TextField label="Weight (g)" inputMode="numeric" value={draft.weightGrams} onChange={set('weightGrams')} error={errors.weightGrams} />
    </div>
  );
}
