import type { FastifyInstance } from 'fastify';

/** Full-width digits (０-９) and every dash a Japanese keyboard or IME produces. */
const WIDE_DIGIT = /[\uFF10-\uFF19]/g;
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF0D\uFF70\u301C\uFF5E]/g;

/** `１０５－００１１` → `105-0011`: the form shoppers type with an IME on, made the one the API accepts. */
export function normalizeDigits(value: string): string {
  return value
    .replace(WIDE_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(DASHES, '-')
    .replace(/\u3000/g, ' ')
    .trim();
}

/** A postal code as stored: half-width, and `1050011` written `105-0011`. */
export function normalizePostalCode(value: string): string {
  const v = normalizeDigits(value).replace(/^〒\s*/, '');
  return /^\d{7}$/.test(v) ? `${v.slice(0, 3)}-${v.slice(3)}` : v;
}

/** Furigana in full-width katakana (half-width ｶﾀｶﾅ and hiragana both become it). */
export function normalizeKana(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}

type AddressLike = { postalCode?: unknown; phone?: unknown; nameKana?: unknown };

/** Normalises an address-shaped object in place (only string fields it knows). */
export function normalizeAddress(a: AddressLike): void {
  if (typeof a.postalCode === 'string') a.postalCode = normalizePostalCode(a.postalCode);
  if (typeof a.phone === 'string') a.phone = normalizeDigits(a.phone);
  if (typeof a.nameKana === 'string') a.nameKana = normalizeKana(a.nameKana);
}

/**
 * Every JSON body that carries an address (an address itself, or `shippingAddress` of an order
 * or quote) is normalised before validation, so full-width input is accepted everywhere the
 * same way, without each route knowing.
 */
export function addressNormalisation(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const body = req.body as (AddressLike & { shippingAddress?: unknown }) | null | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return;
    if ('postalCode' in body) normalizeAddress(body);
    if (body.shippingAddress && typeof body.shippingAddress === 'object') normalizeAddress(body.shippingAddress as AddressLike);
  });
}
