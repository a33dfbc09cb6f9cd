/** The audit module's public face: the append-only, hash-chained log every admin write goes through. */
export { auditRoutes } from './routes';
export { type AuditService, createAuditService } from './service';
