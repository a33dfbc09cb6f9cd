import { DomainError } from '../errors';

import { type Principal, type Scope, type UserRole } from '../core/context';

export { SCOPES, SYSTEM_ACTOR, actorOf, systemContext, type Actor, type Principal, type RequestContext, type Scope, type UserRole } from '../core/context';

/** A route's access rule, declared next to the route in `config.access`. */
export type Access =
  | { kind: 'public' }
  | { kind: 'signed_in' }
  | { kind: 'role'; roles: UserRole[]; scope?: Scope };

export const access = {
  /** Anyone; a credential, if sent, is still resolved (and must be valid). */
  public: { kind: 'public' } as Access,
  /** Any signed-in user (customer, staff or admin); API keys are refused. */
  signedIn: { kind: 'signed_in' } as Access,
  /** Staff or admin users, or an API key holding `scope` when one is named. */
  staff: (scope?: Scope): Access => ({ kind: 'role', roles: ['staff', 'admin'], scope }),
  /** Admin users, or an API key holding `scope` when one is named. */
  admin: (scope?: Scope): Access => ({ kind: 'role', roles: ['admin'], scope }),
};

/** Throws 401/403 when `principal` may not pass `rule`. */
export function authorize(rule: Access, principal: Principal | null): void {
  if (rule.kind === 'public') return;
  if (!principal) throw new DomainError('unauthorized', 'Sign in or send an API key');
  if (principal.type === 'api_key') {
    if (rule.kind === 'role' && rule.scope && principal.scopes.includes(rule.scope)) return;
    throw new DomainError('forbidden', rule.kind === 'role' && rule.scope
      ? `This API key lacks the ${rule.scope} scope`
      : 'API keys cannot use this route');
  }
  if (rule.kind === 'signed_in') return;
  if (!rule.roles.includes(principal.role)) {
    throw new DomainError('forbidden', `This needs the ${rule.roles.join(' or ')} role`);
  }
}
