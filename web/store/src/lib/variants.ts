import { i18next } from '../../../shared/i18n';
import type { StoreVariant } from './types';

/** Option names in the order they first appear across variants (e.g. size, then color). */
export function optionNames(variants: StoreVariant[]): string[] {
  const names: string[] = [];
  for (const v of variants) for (const k of Object.keys(v.options ?? {})) if (!names.includes(k)) names.push(k);
  return names;
}

export function optionValues(variants: StoreVariant[], name: string): string[] {
  const values: string[] = [];
  for (const v of variants) {
    const value = v.options?.[name];
    if (value !== undefined && !values.includes(value)) values.push(value);
  }
  return values;
}

export function matches(v: StoreVariant, selection: Record<string, string>): boolean {
  return Object.entries(selection).every(([k, val]) => v.options?.[k] === val);
}

/**
 * The variant for a newly picked `name = value`: the exact match of the rest of the selection
 * if there is one, else the variant with that value sharing most other choices, in stock first.
 */
export function pickVariant(variants: StoreVariant[], selection: Record<string, string>, name: string, value: string): StoreVariant | undefined {
  const candidates = variants.filter((v) => v.options?.[name] === value);
  const score = (v: StoreVariant) =>
    Object.entries(selection).filter(([k, val]) => k !== name && v.options?.[k] === val).length * 2 + (v.available > 0 ? 1 : 0);
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

export function variantLabel(options: Record<string, string> | undefined): string {
  return Object.entries(options ?? {}).map(([k, v]) => valueLabel(k, v)).join(' / ');
}

/**
 * The image to show for chosen option values: the one linked to most of them (all of its links
 * matching), else the first. Mirrors `imageForOptions` on the server.
 */
export function imageForOptions<T extends { options?: Record<string, string> }>(images: T[], chosen: Record<string, string>): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const img of images) {
    const linked = Object.entries(img.options ?? {});
    if (linked.length === 0 || !linked.every(([k, v]) => chosen[k] === v)) continue;
    if (linked.length > bestScore) [best, bestScore] = [img, linked.length];
  }
  return best ?? images[0];
}

/** An option's name in the shopper's language (size → サイズ), or the name as the shop wrote it. */
export function optionLabel(name: string): string {
  const key = `shop:options.${name.toLowerCase()}`;
  if (i18next.exists(key)) return i18next.t(key);
  return name.charAt(0).toUpperCase() + name.slice(1).replace(/[_-]/g, ' ');
}

/** An option value in the shopper's language where it is a known word (colour red → 赤), else as written. */
export function valueLabel(name: string, value: string): string {
  // English shows values as the shop wrote them; Japanese has words for common ones.
  const key = `shop:values.${name.toLowerCase()}.${value.toLowerCase()}`;
  return i18next.language === 'ja' && i18next.exists(key) ? i18next.t(key) : value;
}
