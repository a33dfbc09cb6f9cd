import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import type { App } from '../../platform/http/app';
import { Obj } from '../../platform/core/schemas';
import type { PasswordReset } from './password-reset';

const Accepted = Type.Object({ status: Type.Literal('accepted') });

export function passwordResetRoutes(app: App, { reset }: { reset: PasswordReset }) {
  const tags = ['identity'];

  app.post('/v1/auth/password/forgot', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Email a password reset link (202 whether or not the email has an account; 5 per email per hour)',
      body: Obj({ email: Type.String({ format: 'email', minLength: 3, maxLength: 254 }) }),
      response: { 202: Accepted },
    },
    handler: async (req, reply) => {
      await reset.forgot(req.body.email, req.ip);
      return reply.code(202).send({ status: 'accepted' });
    },
  });

  app.post('/v1/auth/password/reset', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Set a new password with a reset token (single use, 30 minutes); ends every session (400 invalid_token)',
      body: Obj({ token: Type.String({ minLength: 1, maxLength: 200 }), password: Type.String({ minLength: 8, maxLength: 128 }) }),
      response: { 204: Type.Null() },
    },
    handler: async (req, reply) => {
      await reset.reset(req.body.token, req.body.password);
      return reply.code(204).header('cache-control', 'no-store').send(null);
    },
  });
}
