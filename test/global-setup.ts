import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase } from '../src/platform/db/database';
import { loadMigrations, migrate } from '../src/platform/db/migrate';
import { MIGRATIONS } from '../src/modules/index';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Embedded: path of a migrated PGlite data dir tarball. Server: name of a migrated template database. */
    dbTemplate: string;
  }
}

/**
 * Migrates once per run; every test app then starts from a copy: a PGlite data dir tarball, or
 * a PostgreSQL database created from a template (DATABASE_URL set, as in CI).
 */
export default async function setup(project: TestProject) {
  // The browser tests need the built web apps; build once, before any file runs.
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--if-needed'], { stdio: 'ignore' });
  const url = process.env.DATABASE_URL;
  if (url && /^postgres/.test(url)) {
    const template = `inventra_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const u = new URL(url);
    u.pathname = `/${template}`;
    const database = await openDatabase({ url: u.toString(), poolSize: 2 });
    await migrate(database, loadMigrations(MIGRATIONS));
    await database.close();
    project.provide('dbTemplate', template);
    return async () => {
      // Only this run's databases: other runs may be using the same server right now.
      const { rows } = await admin.query(`select datname from pg_database where starts_with(datname, $1) or datname = $2`, [`${template}_t_`, template]);
      for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`).catch(() => {});
      await admin.end();
    };
  }
  const database = await openDatabase({ url: 'memory://' });
  await migrate(database, loadMigrations(MIGRATIONS));
  const dump = await database.dump!();
  const file = join(tmpdir(), `inventra-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('dbTemplate', file);
}
