import { sql } from 'kysely';
import type { Db } from '../db/database';

/** Read-only figures for /metrics, computed when Prometheus scrapes (so every replica reports them). */
export const opsRepo = {
  async outbox(db: Db): Promise<{ pending: number; oldestSeconds: number }> {
    const { rows } = await sql<{ pending: number; oldest: Date | null }>`
      select count(*)::int as pending, min(created_at) as oldest from events.outbox where published_at is null`.execute(db);
    const oldest = rows[0]?.oldest;
    return { pending: Number(rows[0]?.pending ?? 0), oldestSeconds: oldest ? Math.max(0, (Date.now() - new Date(oldest).getTime()) / 1000) : 0 };
  },

  /** Jobs per queue and state (created, retry, active, failed); empty before pg-boss made its schema. */
  async jobQueues(db: Db): Promise<{ queue: string; state: string; count: number }[]> {
    const exists = await sql<{ ok: boolean }>`select to_regclass('pgboss.job') is not null as ok`.execute(db);
    if (!exists.rows[0]?.ok) return [];
    const { rows } = await sql<{ queue: string; state: string; count: number }>`
      select name as queue, state::text as state, count(*)::int as count from pgboss.job
      where state in ('created', 'retry', 'active', 'failed') group by 1, 2`.execute(db);
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  },

  /** True once migrations have run here (a restore must not overwrite it unasked). */
  async hasInventraSchema(db: Db): Promise<boolean> {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_namespace where nspname = 'platform'`.execute(db);
    return Number(rows[0]?.n ?? 0) > 0;
  },

  /** Restore --force: the schemas a backup is about to recreate go first, in one transaction. */
  async dropSchemas(db: Db, schemas: string[]): Promise<void> {
    await db.transaction().execute(async (tx) => {
      for (const name of schemas) await sql`drop schema if exists ${sql.id(name)} cascade`.execute(tx);
    });
  },

  async subscriberRetries(db: Db): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from events.subscriber_retries`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },
};
