import type { Logger } from 'pino';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import type { RateCounter } from '../../platform/rate';
import { hashPassword } from './passwords';
import { assertStrongPassword } from './password-policy';
import { type Contact, toContact } from './model';
import { resetsRepo } from './repo/resets';
import { usersRepo } from './repo/users';
import type { IdentityService } from './service';
import { randomSecret, sha256 } from './tokens';

export const RESET_TTL_MINUTES = 30;
const HOUR_MS = 3600_000;
const MAX_FORGOT_PER_EMAIL_PER_HOUR = 5;

export interface PasswordResetDeps {
  db: Db;
  rate: RateCounter;
  identity: Pick<IdentityService, 'setPassword' | 'passwordChanged'>;
  /** Writes the reset email in the token's transaction. */
  sendResetLink(tx: Db, x: { resetId: string; token: string; to: Contact; minutes: number }): Promise<void>;
  /** Forgot requests per IP per hour (`SIGNUP_LIMIT_PER_HOUR`, default 20); 0 turns the limit off. */
  perIpPerHour: () => number;
  now: () => Date;
  log: Logger;
}

const invalidToken = () => new DomainError('invalid_token', 'This reset link is invalid, expired or already used; ask for a new one', { status: 400 });

/**
 * Forgot / reset password. `forgot` answers the same, equally fast, whether or not the email has
 * an account: the lookup and the email are written after the answer, off the request.
 */
export function createPasswordReset(deps: PasswordResetDeps) {
  const { db, rate, identity, now, log } = deps;
  const inFlight = new Set<Promise<void>>();

  async function issue(email: string): Promise<void> {
    const row = await usersRepo.contactByEmail(db, email);
    const user = row && toContact(row);
    if (!user || !user.isActive) return;
    const token = `pr_${randomSecret(32)}`;
    const at = now();
    await db.transaction().execute(async (tx) => {
      const resetId = uuidv7();
      await resetsRepo.insert(tx, { id: resetId, userId: user.userId, tokenHash: sha256(token), expiresAt: new Date(at.getTime() + RESET_TTL_MINUTES * 60_000), now: at });
      await deps.sendResetLink(tx, { resetId, token, to: user, minutes: RESET_TTL_MINUTES });
    });
  }

  return {
    async forgot(email: string, ip: string | null): Promise<void> {
      const limit = deps.perIpPerHour();
      if (ip && limit > 0) {
        const byIp = await rate.hit(`forgot:ip:${ip}`, HOUR_MS);
        if (byIp.count > limit) {
          const seconds = Math.max(1, Math.ceil(byIp.resetInMs / 1000));
          throw new DomainError('rate_limited', `Too many requests from this address; try again in ${seconds} s`, { headers: { 'retry-after': String(seconds) } });
        }
      }
      // Over the per-email limit the answer stays 202 (no hint either way), but nothing is sent.
      const byEmail = await rate.hit(`forgot:email:${email.trim().toLowerCase()}`, HOUR_MS);
      if (byEmail.count > MAX_FORGOT_PER_EMAIL_PER_HOUR) return;
      const p = issue(email.trim())
        .catch((err) => log.error({ err }, 'password reset email could not be written'))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    },

    /** Uses the token once, sets the password through the same path as a password change, ends every session. */
    async reset(token: string, password: string): Promise<void> {
      if (!/^pr_[A-Za-z0-9_-]{20,100}$/.test(token)) throw invalidToken();
      assertStrongPassword(password);
      const passwordHash = await hashPassword(password);
      const userId = await db.transaction().execute(async (tx) => {
        const at = now();
        const id = await resetsRepo.consume(tx, sha256(token), at);
        if (!id) throw invalidToken();
        await identity.setPassword(tx, id, passwordHash);
        await resetsRepo.retire(tx, id, at);
        return id;
      });
      await identity.passwordChanged(userId);
    },

    /** Resolves when the reset emails requested so far are written (shutdown, tests). */
    async settled(): Promise<void> {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
  };
}
export type PasswordReset = ReturnType<typeof createPasswordReset>;
