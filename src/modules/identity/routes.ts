import { Type } from '@sinclair/typebox';
import { access, SCOPES, type Principal } from '../../platform/http/access';
import { type App, ctx } from '../../platform/http/app';
import { IdParams, ListQuery, Nullable, Obj, Page } from '../../platform/http/schemas';
import { DomainError } from '../../platform/errors';
import type { IdentityService } from './service';

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
const Password = Type.String({ minLength: 8, maxLength: 128 });
const Name = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' });
const Role = Type.Union([Type.Literal('customer'), Type.Literal('staff'), Type.Literal('admin')]);

const User = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  isActive: Type.Boolean(),
  createdAt: Type.String(),
});
const Me = Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), role: Role, createdAt: Type.String() });
const Session = Type.Object({ user: User, accessToken: Type.String(), refreshToken: Type.String(), expiresIn: Type.Integer() });

const AddressFields = {
  name: Name,
  postalCode: Type.String({ minLength: 3, maxLength: 10, pattern: '^[0-9A-Za-z -]+$' }),
  prefecture: Type.String({ minLength: 1, maxLength: 60 }),
  city: Type.String({ minLength: 1, maxLength: 120 }),
  line1: Type.String({ minLength: 1, maxLength: 200 }),
  line2: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  phone: Type.String({ minLength: 5, maxLength: 20, pattern: '^[0-9+() -]+$' }),
  isDefault: Type.Optional(Type.Boolean()),
  nameKana: Type.Optional(Nullable(Type.String({ maxLength: 120, pattern: '^[\\u30A0-\\u30FF ]*$', description: 'furigana in katakana (hiragana and half-width kana are converted)' }))),
};
export const AddressInput = Obj(AddressFields);
const Address = Type.Object({
  id: Type.String(),
  name: Type.String(),
  postalCode: Type.String(),
  prefecture: Type.String(),
  city: Type.String(),
  line1: Type.String(),
  line2: Nullable(Type.String()),
  phone: Type.String(),
  isDefault: Type.Boolean(),
  nameKana: Nullable(Type.String()),
});
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

export function identityRoutes(app: App, { identity }: { identity: IdentityService }) {
  const tags = ['identity'];

  app.post('/v1/auth/register', {
    config: { access: access.public },
    schema: { tags, summary: 'Create a customer account', body: Obj({ email: Email, password: Password, name: Name }), response: { 201: Session } },
    handler: async (req, reply) => reply.code(201).send(await identity.register(req.body)),
  });

  app.post('/v1/auth/login', {
    config: { access: access.public },
    schema: { tags, summary: 'Sign in', body: Obj({ email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 128 }) }), response: { 200: Session } },
    handler: (req) => identity.login(req.body, req.ip),
  });

  app.post('/v1/auth/refresh', {
    config: { access: access.public },
    schema: { tags, summary: 'Rotate a refresh token for a new pair', body: Obj({ refreshToken: Type.String({ minLength: 1, maxLength: 200 }) }), response: { 200: Session } },
    handler: (req) => identity.refresh(req.body.refreshToken),
  });

  app.post('/v1/auth/logout', {
    config: { access: access.public },
    schema: { tags, summary: 'Revoke a refresh token (and its family)', body: Obj({ refreshToken: Type.String({ minLength: 1, maxLength: 200 }) }), response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await identity.logout(req.body.refreshToken);
      return reply.code(204).send(null);
    },
  });

  app.get('/v1/me', {
    config: { access: access.signedIn },
    schema: { tags, summary: 'The signed-in user', response: { 200: Me } },
    handler: (req) => identity.currentUser(userId(req.principal)),
  });

  app.patch('/v1/me', {
    config: { access: access.signedIn },
    schema: {
      tags,
      summary: 'Change name or password (password needs currentPassword)',
      body: Type.Object({ name: Type.Optional(Name), password: Type.Optional(Password), currentPassword: Type.Optional(Type.String({ maxLength: 128 })) }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: Me },
    },
    handler: (req) =>
      identity.updateMe(userId(req.principal), req.body, {
        sessionId: req.principal?.type === 'user' ? req.principal.sessionId : undefined,
        ip: req.ip,
      }),
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
