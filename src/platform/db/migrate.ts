import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Database } from './database';

export interface MigrationSource {
  /** Module name; also the PostgreSQL schema the module owns. */
  module: string;
  /** Directory holding `NNNN_name.sql` files, applied in name order. */
  dir: URL;
}

export interface Migration {
  module: string;
  name: string;
  sql: string;
}

const MIGRATION_LOCK = 0x1e7e7a; // any constant shared by every replica

export function loadMigrations(sources: MigrationSource[]): Migration[] {
  return sources.flatMap(({ module, dir }) => {
    const path = fileURLToPath(dir);
    return readdirSync(path)
      .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
      .sort()
      .map((name) => ({ module, name, sql: readFileSync(join(path, name), 'utf8') }));
  });
}

/**
 * Applies missing migrations in order, each in its own transaction, under an advisory lock so
 * that replicas starting together apply each migration exactly once.
 */
export async function migrate(database: Database, migrations: Migration[]): Promise<string[]> {
  // Most starts find nothing to do: one read answers that, without the lock or any DDL.
  const applied = await appliedSet(database).catch(() => null);
  if (applied && migrations.every((m) => applied.has(`${m.module}/${m.name}`))) return [];
  return database.withAdvisoryLock(MIGRATION_LOCK, async (exec) => {
    await exec(`create schema if not exists platform;
      create table if not exists platform.migrations (
        module text not null, name text not null, applied_at timestamptz not null default now(),
        primary key (module, name));`);
    const done = await appliedSet(database);
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(`${m.module}/${m.name}`)) continue;
      const record = `insert into platform.migrations (module, name) values ('${m.module}', '${m.name}');`;
      try {
        await exec(`begin;\n${m.sql}\n;${record}\ncommit;`);
      } catch (err) {
        await exec('rollback').catch(() => {});
        throw new Error(`migration ${m.module}/${m.name} failed: ${(err as Error).message}`);
      }
      applied.push(`${m.module}/${m.name}`);
    }
    return applied;
  });
}

async function appliedSet(database: Database): Promise<Set<string>> {
  const rows = (await database.db.selectFrom('platform.migrations').select(['module', 'name']).execute()) as { module: string; name: string }[];
  return new Set(rows.map((r) => `${r.module}/${r.name}`));
}
