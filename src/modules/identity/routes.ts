import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import { SCOPES, type Principal } from '../../platform/core/context';
import { type App, ctx } from '../../platform/http/app';
import { IdParams, ListQuery, Nullable, Obj, Page } from '../../platform/core/schemas';
import { DomainError } from '../../platform/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Session as SessionValue } from './model';
import type { IdentityService } from './service';
import { Address, AddressFields, AddressInput, Locale, Name, Role, User } from './schemas';
import { assertSameOrigin, clearRefreshCookie, COOKIE_MODE_HEADER, CSRF_HEADER, refreshCookie, setRefreshCookie, wantsCookie } from './cookies';

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
const Password = Type.String({ minLength: 8, maxLength: 128 });
const Me = Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), role: Role, locale: Locale, createdAt: Type.String() });
const Session = Type.Object({
  user: User,
  accessToken: Type.String({ maxLength: 2048 }),
  refreshToken: Type.Optional(Type.String({ maxLength: 200, description: 'Left out when the client asked for the HttpOnly cookie (X-Refresh-Cookie: 1)' })),
  expiresIn: Type.Integer({ minimum: 0, maximum: 86_400 }),
});
const RefreshToken = Type.String({ minLength: 1, maxLength: 200 });
const SessionHeaders = Type.Object({
  [COOKIE_MODE_HEADER]: Type.Optional(Type.Literal('1', { description: 'Browsers: keep the refresh token in an HttpOnly cookie instead of the body' })),
});

/** Cookie and bearer callers may send no body at all. */
const emptyBodyIsEmptyObject = async (req: FastifyRequest) => {
  if (req.body === undefined || req.body === null) req.body = {};
};

/** Sends a new session: in cookie mode the refresh token goes into the HttpOnly cookie only. */
function sendSession(req: FastifyRequest, reply: FastifyReply, session: SessionValue, status = 200) {
  if (!wantsCookie(req)) return reply.code(status).send(session);
  setRefreshCookie(reply, session.refreshToken);
  const { refreshToken: _kept, ...body } = session;
  return reply.code(status).send(body);
}

const Scope = Type.Union(SCOPES.map((s) => Type.Literal(s)));
const ApiKey = Type.Object({
  id: Type.String(),
  name: Type.String(),
  scopes: Type.Array(Type.String()),
  prefix: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Nullable(Type.String()),
});

const userId = (p: Principal | null) => {
  if (p?.type !== 'user') throw new DomainError('unauthorized', 'Sign in first');
  return p.id;
};

export function identityRoutes(app: App, { identity, allowedOrigins = [], defaultLocale = async () => 'ja' }: { identity: IdentityService; allowedOrigins?: readonly string[]; defaultLocale?: () => Promise<'ja' | 'en'> }) {
  const tags = ['identity'];
  // The language emails use: the user's choice, else the store's default.
  const me = async (user: Awaited<ReturnType<IdentityService['currentUser']>>) => ({ ...user, locale: user.locale ?? (await defaultLocale()) });

  app.post('/v1/auth/register', {
    config: { access: access.public },
    schema: { tags, summary: 'Create a customer account (limited per IP: SIGNUP_LIMIT_PER_HOUR; guessable passwords → 400 weak_password)', headers: SessionHeaders, body: Obj({ email: Email, password: Password, name: Name }), response: { 201: Session } },
    handler: async (req, reply) => sendSession(req, reply, await identity.register(req.body, req.ip), 201),
  });

  app.post('/v1/auth/login', {
    config: { access: access.public },
    schema: { tags, summary: 'Sign in (failures limited per email+IP, per email and per IP → 429)', headers: SessionHeaders, body: Obj({ email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 128 }) }), response: { 200: Session } },
    handler: async (req, reply) => sendSession(req, reply, await identity.login(req.body, req.ip)),
  });

  app.post('/v1/auth/refresh', {
    config: { access: access.public },
    schema: {
      tags,
      summary: `Rotate a refresh token for a new pair: from the body (API clients) or the HttpOnly cookie (browsers, with ${CSRF_HEADER}: 1)`,
      headers: SessionHeaders,
      body: Type.Optional(Obj({ refreshToken: Type.Optional(RefreshToken) })),
      response: { 200: Session },
    },
    preValidation: emptyBodyIsEmptyObject,
    handler: async (req, reply) => {
      let token = req.body?.refreshToken ?? null;
      if (!token) {
        token = refreshCookie(req);
        if (!token) throw new DomainError('unauthorized', 'Send refreshToken in the body, or sign in again to get a session cookie');
        assertSameOrigin(req, allowedOrigins);
      }
      try {
        return sendSession(req, reply, await identity.refresh(token));
      } catch (err) {
        if (!req.body?.refreshToken) clearRefreshCookie(reply);
        throw err;
      }
    },
  });

  app.post('/v1/auth/logout', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'End a sign-in: the one of the refresh token in the body, else the one of the bearer access token (its access tokens stop working at once)',
      body: Type.Optional(Obj({ refreshToken: Type.Optional(RefreshToken) })),
      response: { 204: Type.Null() },
    },
    preValidation: emptyBodyIsEmptyObject,
    handler: async (req, reply) => {
      await identity.logout(req.body?.refreshToken ?? null, req.principal);
      clearRefreshCookie(reply);
      return reply.code(204).send(null);
    },
  });

  app.get('/v1/me', {
    config: { access: access.signedIn },
    schema: { tags, summary: 'The signed-in user', response: { 200: Me } },
    handler: async (req) => me(await identity.currentUser(userId(req.principal))),
  });

  app.patch('/v1/me', {
    config: { access: access.signedIn },
    schema: {
      tags,
      summary: 'Change name, email language (locale; null: the store default) or password (password needs currentPassword)',
      body: Type.Object(
        { name: Type.Optional(Name), locale: Type.Optional(Nullable(Locale)), password: Type.Optional(Password), currentPassword: Type.Optional(Type.String({ maxLength: 128 })) },
        { additionalProperties: false, minProperties: 1 },
      ),
      response: { 200: Me },
    },
    handler: async (req) =>
      me(
        await identity.updateMe(userId(req.principal), req.body, {
          sessionId: req.principal?.type === 'user' ? req.principal.sessionId : undefined,
          ip: req.ip,
        }),
      ),
  });

  app.get('/v1/me/addresses', {
    config: { access: access.signedIn },
    schema: { tags, summary: 'My addresses', response: { 200: Type.Object({ items: Type.Array(Address) }) } },
    handler: async (req) => ({ items: await identity.listAddresses(userId(req.principal)) }),
  });

  app.post('/v1/me/addresses', {
    config: { access: access.signedIn },
    schema: { tags, summary: 'Add an address', body: AddressInput, response: { 201: Address } },
    handler: async (req, reply) => reply.code(201).send(await identity.createAddress(userId(req.principal), req.body)),
  });

  app.patch('/v1/me/addresses/:id', {
    config: { access: access.signedIn },
    schema: { tags, summary: 'Change an address', params: IdParams, body: Type.Partial(Obj(AddressFields), { additionalProperties: false }), response: { 200: Address } },
    handler: (req) => identity.updateAddress(userId(req.principal), req.params.id, req.body),
  });

  app.delete('/v1/me/addresses/:id', {
    config: { access: access.signedIn },
    schema: { tags, summary: 'Remove an address', params: IdParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await identity.deleteAddress(userId(req.principal), req.params.id);
      return reply.code(204).send(null);
    },
  });

  const adminTags = ['admin: users'];
  app.get('/v1/admin/users', {
    config: { access: access.admin() },
    schema: {
      tags: adminTags,
      summary: 'List users',
      querystring: Obj({ ...ListQuery, role: Type.Optional(Role), q: Type.Optional(Type.String({ maxLength: 120 })) }),
      response: { 200: Page(User) },
    },
    handler: (req) => identity.listUsers({ ...req.query, limit: req.query.limit ?? 20 }),
  });

  app.get('/v1/admin/users/:id', {
    config: { access: access.admin() },
    schema: { tags: adminTags, summary: 'One user', params: IdParams, response: { 200: User } },
    handler: (req) => identity.getUser(req.params.id),
  });

  app.patch('/v1/admin/users/:id', {
    config: { access: access.admin() },
    schema: {
      tags: adminTags,
      summary: 'Change role or deactivate (revokes sessions at once)',
      params: IdParams,
      body: Type.Object({ role: Type.Optional(Role), isActive: Type.Optional(Type.Boolean()) }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: User },
    },
    handler: (req) => identity.updateUser(ctx(req), req.params.id, req.body),
  });

  app.post('/v1/admin/api-keys', {
    config: { access: access.admin() },
    schema: {
      tags: adminTags,
      summary: 'Create an API key (the key is shown only in this response)',
      body: Obj({ name: Name, scopes: Type.Array(Scope, { minItems: 1, maxItems: SCOPES.length }) }),
      response: { 201: Type.Object({ id: Type.String(), name: Type.String(), scopes: Type.Array(Type.String()), prefix: Type.String(), key: Type.String(), createdAt: Type.String() }) },
    },
    handler: async (req, reply) => reply.code(201).send(await identity.createApiKey(ctx(req), req.body)),
  });

  app.get('/v1/admin/api-keys', {
    config: { access: access.admin() },
    schema: { tags: adminTags, summary: 'List API keys (no secrets)', response: { 200: Type.Object({ items: Type.Array(ApiKey) }) } },
    handler: async () => ({ items: await identity.listApiKeys() }),
  });

  app.delete('/v1/admin/api-keys/:id', {
    config: { access: access.admin() },
    schema: { tags: adminTags, summary: 'Revoke an API key (stops working at once)', params: IdParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await identity.deleteApiKey(ctx(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
