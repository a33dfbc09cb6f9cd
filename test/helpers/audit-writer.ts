/**
 * A process that commits one audit entry and dies (SIGKILL) before anything links it: the state a
 * crash between commit and linking leaves. Its linker is never started (no `ready()`), so the
 * entry is certainly unlinked. Env: DATABASE_URL or INVENTRA_DATA_DIR (embedded; PGLITE_TEMPLATE, a
 * migrated data dir tarball, spares the migrations). Prints the entry's id.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { createInventra } from '../../src/inventra';
import { loadConfig } from '../../src/platform/config';

const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  INVENTRA_DEMO: '0',
  RATE_LIMIT_PER_MINUTE: '0',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  INVENTRA_DATA_DIR: process.env.INVENTRA_DATA_DIR!,
});
const template = process.env.PGLITE_TEMPLATE;
const app = await createInventra(config, { skipBootstrap: true, ...(template ? { loadDataDir: new Blob([readFileSync(template)]) } : {}) });
const ctx = { actor: { type: 'system' as const, id: null }, principal: null, requestId: 'crash-writer', ip: null };
await app.platform.db.transaction().execute((tx) => app.services.audit.record(tx, ctx, { action: 'crash.test', entityType: 'test', entityId: 'crash', after: { n: 1 } }));
const { rows } = await sql<{ id: string }>`select id from audit.entries where request_id = 'crash-writer'`.execute(app.platform.db);
process.stdout.write(`${rows[0].id}\n`);
process.kill(process.pid, 'SIGKILL');
