import type { Config } from './platform/config';
import { createInventra, type InventraOptions } from './inventra';

/** Runs the server until SIGTERM/SIGINT, then shuts down gracefully within 10 s. */
export async function serve(config: Config, opts: InventraOptions = {}) {
  const inventra = await createInventra(config, opts);
  const login = await inventra.bootstrap();
  const address = await inventra.start();
  const log = inventra.platform.log;

  if (config.role === 'worker') {
    log.info({ address }, 'worker started (outbox relay and jobs; /healthz, /readyz and /metrics only)');
  } else {
    const base = address.replace('://127.0.0.1', '://localhost');
    const lines = [
      '',
      `  Inventra is running (${config.embedded ? `embedded database in ${config.databaseUrl}` : 'PostgreSQL'}, role ${config.role})`,
      '',
      `  Storefront  ${base}/`,
      `  Admin       ${base}/admin`,
      `  API docs    ${base}/docs`,
      `  Health      ${base}/readyz`,
    ];
    if (login) lines.push('', `  Admin login ${login.email}${login.password ? ` / ${login.password}` : ''}  (${login.note})`);
    console.log(lines.join('\n') + '\n');
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    inventra.close().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
