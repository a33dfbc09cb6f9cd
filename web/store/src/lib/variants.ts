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
  return Object.values(options ?? {}).join(' / ');
}

export function optionLabel(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1).replace(/[_-]/g, ' ');
}
