import { errorMessage as sharedMessage } from '../../../shared/api';
import { isApiError } from './api';

// Shoppers get the storefront's wording for the codes they meet; the rest use the shared hints.
const storeHints: Record<string, string> = {
  invalid_credentials: 'The email or password is not correct.',
  unauthorized: 'Your session has ended. Please sign in again.',
  forbidden: 'This is not available with your account.',
  not_found: 'We could not find that. It may have been removed.',
  email_taken: 'An account with this email already exists. Sign in instead?',
  invalid_transition: 'This is no longer possible for this order.',
  internal_error: 'The store had a problem. Please try again in a moment.',
};

/** A sentence a shopper can act on, for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return sharedMessage(error);
  if (error.code === 'validation_failed' && error.errors.length) return 'Please check the highlighted fields.';
  if (error.code === 'conflict' && /email/i.test(error.detail)) return storeHints.email_taken;
  return storeHints[error.code] ?? sharedMessage(error);
}
