/**
 * Who is acting, and from where. Services take a RequestContext on every call that writes; they
 * never see the HTTP request. The HTTP layer builds one per request (platform/http/access).
 */
export type UserRole = 'customer' | 'staff' | 'admin';
export const SCOPES = [
  'catalog:read',
  'catalog:write',
  'inventory:read',
  'inventory:write',
  'orders:read',
  'orders:write',
  'webhooks:write',
] as const;
export type Scope = (typeof SCOPES)[number];

export type Principal =
  | { type: 'user'; id: string; role: UserRole; email: string; /** the sign-in (refresh-token family) of the access token */ sessionId?: string }
  | { type: 'api_key'; id: string; scopes: Scope[] };

export interface Actor {
  type: 'user' | 'api_key' | 'system';
  id: string | null;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({ type: 'system', id: null });

/** Who is acting, and from where: passed explicitly to every service call that writes. */
export interface RequestContext {
  actor: Actor;
  principal: Principal | null;
  requestId: string | null;
  ip: string | null;
}

export const systemContext = (requestId: string | null = null): RequestContext => ({
  actor: SYSTEM_ACTOR,
  principal: null,
  requestId,
  ip: null,
});

export function actorOf(principal: Principal | null): Actor {
  if (!principal) return SYSTEM_ACTOR;
  return { type: principal.type, id: principal.id };
}
