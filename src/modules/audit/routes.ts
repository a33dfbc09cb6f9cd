import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app';
import { access } from '../../platform/http/access';
import { ListQuery, Nullable, Obj, Page } from '../../platform/core/schemas';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import type { AuditService } from './service';

/** Entity types whose audit entries only admins read (they may manage them; staff may not). */
export const ADMIN_ONLY_ENTITY_TYPES = ['user', 'api_key', 'webhook', 'webhook_delivery', 'settings'];

const AuditEntry = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  actor: Type.Object({ type: Type.String(), id: Nullable(Type.String()) }),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Nullable(Type.String()),
  changes: Type.Object({ before: Type.Unknown(), after: Type.Unknown() }),
  requestId: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  hash: Type.String(),
  prevHash: Type.String(),
});

export function auditRoutes(app: App, { db, audit }: { db: Db; audit: AuditService }) {
  app.get('/v1/admin/audit-logs', {
    config: { access: access.staff() },
    schema: {
      tags: ['audit'],
      summary: 'List audit log entries, newest first',
      querystring: Obj({
        ...ListQuery,
        entityType: Type.Optional(Type.String({ maxLength: 64 })),
        entityId: Type.Optional(Type.String({ maxLength: 128 })),
        actorId: Type.Optional(Type.String({ maxLength: 128 })),
      }),
      response: { 200: Page(AuditEntry) },
    },
    handler: (req) => {
      // Staff see what they manage; users, API keys, webhooks and settings are admin matters.
      const isAdmin = req.principal?.type === 'user' && req.principal.role === 'admin';
      if (!isAdmin && req.query.entityType && ADMIN_ONLY_ENTITY_TYPES.includes(req.query.entityType)) {
        throw new DomainError('forbidden', `Audit entries of ${req.query.entityType} are for admins`);
      }
      return audit.list(db, { ...req.query, limit: req.query.limit ?? 20, ...(isAdmin ? {} : { excludeEntityTypes: ADMIN_ONLY_ENTITY_TYPES }) });
    },
  });

  app.get('/v1/admin/audit-logs/verify', {
    config: { access: access.staff() },
    schema: {
      tags: ['audit'],
      summary: 'Recompute the hash chain',
      response: { 200: Type.Object({ ok: Type.Boolean(), checked: Type.Integer(), firstBadId: Nullable(Type.String()) }) },
    },
    handler: () => audit.verify(db),
  });
}
