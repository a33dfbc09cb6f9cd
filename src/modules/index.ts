import type { MigrationSource } from '../platform/db/migrate';

/** Every schema's migrations, in dependency order. A module appends its own line. */
export const MIGRATIONS: MigrationSource[] = [
  { module: 'platform', dir: new URL('../platform/migrations/', import.meta.url) },
  { module: 'audit', dir: new URL('./audit/migrations/', import.meta.url) },
  { module: 'settings', dir: new URL('./settings/migrations/', import.meta.url) },
  { module: 'identity', dir: new URL('./identity/migrations/', import.meta.url) },
  { module: 'catalog', dir: new URL('./catalog/migrations/', import.meta.url) },
  { module: 'inventory', dir: new URL('./inventory/migrations/', import.meta.url) },
  { module: 'webhooks', dir: new URL('./webhooks/migrations/', import.meta.url) },
  { module: 'payments', dir: new URL('./payments/migrations/', import.meta.url) },
  { module: 'delivery', dir: new URL('./delivery/migrations/', import.meta.url) },
  { module: 'pricing', dir: new URL('./pricing/migrations/', import.meta.url) },
  { module: 'orders', dir: new URL('./orders/migrations/', import.meta.url) },
  { module: 'analytics', dir: new URL('./analytics/migrations/', import.meta.url) },
  { module: 'notifications', dir: new URL('./notifications/migrations/', import.meta.url) },
];
