import { useTranslation } from 'react-i18next';
import { i18next } from '../../../shared/i18n';
import { currencySymbol } from '../../../shared/money';
import { TextField } from '../../../shared/ui';
import { parseIntOrNull } from '../lib/format';
import type { BodyOf } from '../../../shared/api-types';
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

export type VariantBody = BodyOf<'/v1/admin/products/{id}/variants'>;

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
  const t = (key: string) => i18next.t(`productForm:errors.${key}`);
  if (!d.sku.trim()) errors.sku = t('sku');
  if (price === null) errors.price = t('priceRequired');
  else if (Number.isNaN(price) || price < 0) errors.price = t('price');
  if (compareAtPrice !== null && (Number.isNaN(compareAtPrice) || compareAtPrice < 0)) errors.compareAtPrice = t('compareAt');
  else if (compareAtPrice !== null && price !== null && !Number.isNaN(price) && compareAtPrice <= price) errors.compareAtPrice = t('compareAtAbovePrice');
  if (weightGrams !== null && (Number.isNaN(weightGrams) || weightGrams < 0)) errors.weightGrams = t('weight');
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
  const { t } = useTranslation('productForm');
  const symbol = currencySymbol(currency);
  const set = (key: keyof VariantDraft) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...draft, [key]: e.target.value });
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-7">
      <TextField label={t('sku')} value={draft.sku} onChange={set('sku')} error={errors.sku} autoCapitalize="characters" className="col-span-2 sm:col-span-1 xl:col-span-2" />
      <TextField label={t('size')} value={draft.size} onChange={set('size')} error={errors['options.size']} />
      <TextField label={t('color')} value={draft.color} onChange={set('color')} error={errors['options.color']} />
      <TextField label={t('price', { symbol })} inputMode="numeric" value={draft.price} onChange={set('price')} error={errors.price} />
      <TextField label={t('compareAt', { symbol })} inputMode="numeric" value={draft.compareAtPrice} onChange={set('compareAtPrice')} error={errors.compareAtPrice} />
      <TextField label={t('weight')} inputMode="numeric" value={draft.weightGrams} onChange={set('weightGrams')} error={errors.weightGrams} />
    </div>
  );
}
