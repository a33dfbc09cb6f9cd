/** Every business rule failure is a DomainError with a stable code; the HTTP layer maps it to a status. */
export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; status?: number; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? code);
    this.name = 'DomainError';
  }
}

/** code → HTTP status. Codes not listed here are 422 (a well-formed request that breaks a rule). */
export const STATUS_BY_CODE: Record<string, number> = {
  validation_failed: 400,
  bad_request: 400,
  weak_password: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  invalid_signature: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  email_taken: 409,
  sku_taken: 409,
  slug_taken: 409,
  invalid_transition: 409,
  insufficient_stock: 409,
  slot_full: 409,
  replayed: 409,
  idempotency_key_in_use: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unknown_sku: 422,
  insufficient_points: 422,
  idempotency_key_reused: 422,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
};

export function statusFor(err: DomainError): number {
  return err.extra.status ?? STATUS_BY_CODE[err.code] ?? 422;
}

export const notFound = (what = 'Resource') => new DomainError('not_found', `${what} not found`);
export const conflict = (code: string, detail: string) => new DomainError(code, detail);

/** PostgreSQL unique_violation, for turning constraint races into 409s. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e?.code !== '23505') return false;
  return constraint === undefined || e.constraint === constraint || (e.message ?? '').includes(constraint);
}
