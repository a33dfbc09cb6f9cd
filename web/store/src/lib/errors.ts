import { isApiError } from './api';

/** A sentence a shopper can act on, for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong. Please try again.';
  switch (error.code) {
    case 'network_error':
      return error.detail;
    case 'invalid_credentials':
      return 'The email or password is not correct.';
    case 'unauthorized':
      return 'Your session has ended. Please sign in again.';
    case 'email_taken':
      return 'An account with this email already exists. Sign in instead?';
    case 'rate_limited': {
      const minutes = error.retryAfter ? Math.ceil(error.retryAfter / 60) : null;
      return minutes ? `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.` : 'Too many attempts. Please wait a little and try again.';
    }
    case 'not_found':
      return 'We could not find that.';
    case 'validation_failed':
      return error.errors.length ? 'Please check the highlighted fields.' : error.detail || 'Please check your input.';
    case 'internal_error':
      return 'The store had a problem. Please try again in a moment.';
    default:
      if (error.status === 409 && error.code === 'conflict' && /email/i.test(error.detail)) {
        return 'An account with this email already exists. Sign in instead?';
      }
      return error.detail || error.title || 'Something went wrong. Please try again.';
  }
}
