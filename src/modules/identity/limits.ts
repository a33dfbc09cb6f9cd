import { DomainError } from '../../platform/errors';
import type { RateCounter } from '../../platform/rate';

// Sign-in failures (API.md "Hardening"): per email and source address a guesser locks only
// itself out, not the owner elsewhere; the email-wide limit is higher and stops guessing spread
// over many addresses; the per-IP limit stops one address trying many emails.
const LOGIN_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILS_PER_EMAIL_IP = 10;
const MAX_FAILS_PER_EMAIL = 100;
const MAX_FAILS_PER_IP = 50;
const HOUR_MS = 60 * 60 * 1000;

/** The sign-in and sign-up limits, on the platform's atomic counter (`RateCounter.consume`). */
export function createSignInLimits(rate: RateCounter, signupLimitPerHour: number) {
  const limit = signupLimitPerHour;
  const tooManyFailuresError = (blockedForMs: number) => {
    const seconds = Math.max(1, Math.ceil(blockedForMs / 1000));
    return new DomainError('rate_limited', `Too many failed sign-ins; try again in ${seconds} s`, { headers: { 'retry-after': String(seconds) } });
  };

  const emailIpKey = (email: string, ip: string | null) => `login:email-ip:${email.toLowerCase()}|${ip ?? '-'}`;

  /**
   * Takes one failure slot of each sign-in limit before the password is checked, atomically, so
   * parallel guesses can never exceed the limit; `succeeded` gives the slots back.
   */
  async function takeGuess(email: string, ip: string | null): Promise<{ succeeded(): Promise<void> }> {
    const e = email.toLowerCase();
    const limits = [
      { key: emailIpKey(e, ip), limit: MAX_FAILS_PER_EMAIL_IP, windowMs: LOGIN_WINDOW_MS },
      { key: `login:email:${e}`, limit: MAX_FAILS_PER_EMAIL, windowMs: LOGIN_WINDOW_MS },
      ...(ip ? [{ key: `login:ip:${ip}`, limit: MAX_FAILS_PER_IP, windowMs: LOGIN_WINDOW_MS }] : []),
    ];
    const r = await rate.consume(limits);
    if (!r.allowed) throw tooManyFailuresError(r.retryInMs);
    return {
      async succeeded() {
        await rate.reset(limits[0].key);
        await rate.release(limits.slice(1).map((l) => l.key));
      },
    };
  }

  /** Counts one action (sign-up, password-reset request) per IP per hour; 429 beyond the limit. */
  async function limitPerIp(action: 'signup' | 'forgot', ip: string | null): Promise<void> {
      if (limit === 0 || !ip) return;
    const r = await rate.consume([{ key: `${action}:ip:${ip}`, limit, windowMs: HOUR_MS }]);
    if (!r.allowed) {
      const seconds = Math.max(1, Math.ceil(r.retryInMs / 1000));
      throw new DomainError('rate_limited', `Too many requests from this address; try again in ${seconds} s`, { headers: { 'retry-after': String(seconds) } });
    }
  }

  return { takeGuess, limitPerIp };
}
export type SignInLimits = ReturnType<typeof createSignInLimits>;
