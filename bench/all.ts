/**
 * `npm run bench`: every benchmark, one after another, each printing its own table beside the
 * bare-route or pgbench baseline it measured in the same run. Never fails on timing.
 *
 *   npm run bench                   all of them
 *   npm run bench -- api catalog    only those (api, catalog, orders, events, startup)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SUITES: Record<string, { file: string; about: string }> = {
  api: { file: 'run.ts', about: 'healthz, /v1/me, login vs a bare Fastify route (embedded and PostgreSQL + Redis)' },
  catalog: { file: 'catalog.ts', about: 'storefront list, detail, search at 1k and 100k products' },
  orders: { file: 'orders.ts', about: 'order placement on PostgreSQL vs pgbench' },
  'admin-writes': { file: 'admin-writes.ts', about: '50 concurrent audited stock adjustments on 50 SKUs on PostgreSQL, then the audit chain verified' },
  events: { file: 'events.ts', about: 'outbox → webhook receiver events/s, state change → Socket.IO latency' },
  startup: { file: 'startup.ts', about: 'start time (first and warm), CPU at readiness, idle RSS of the compiled server (embedded and PostgreSQL)' },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(SUITES);
for (const name of names) {
  const suite = SUITES[name];
  if (!suite) {
    console.error(`unknown bench "${name}"; choose from ${Object.keys(SUITES).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n=== bench ${name}: ${suite.about} ===\n`);
  const file = fileURLToPath(new URL(suite.file, import.meta.url));
  const res = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (res.status !== 0) console.error(`bench ${name} exited with ${res.status ?? res.signal}`);
}
