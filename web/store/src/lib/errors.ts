import { errorMessage as sharedMessage } from '../../../shared/api';
import { i18next } from '../../../shared/i18n';
import { isApiError } from './api';

// Shoppers get the storefront's wording (shop:errors.<code>) for the codes they meet; the rest
// use the shared hints (English only) in English, and a general sentence in Japanese.
const STORE_CODES = new Set(['invalid_credentials', 'unauthorized', 'forbidden', 'not_found', 'email_taken', 'invalid_transition', 'internal_error', 'rate_limited', 'network']);

/** A sentence a shopper can act on, for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  const t = (k: string) => i18next.t(`shop:errors.${k}`);
  if (!isApiError(error)) return i18next.language === 'en' ? sharedMessage(error) : t('network');
  if (error.code === 'validation_failed' && error.errors.length) return t('checkFields');
  if (error.code === 'conflict' && /email/i.test(error.detail)) return t('email_taken');
  if (STORE_CODES.has(error.code)) return t(error.code);
  if (error.status >= 500) return t('internal_error');
  return i18next.language === 'en' ? sharedMessage(error) : error.detail || t('general');
}
