import { Command } from 'commander';
import { ConfigError, loadConfig } from './platform/config';
import { loadMigrations, migrate } from './platform/db/migrate';
import { openDatabase } from './platform/db/database';
import { MIGRATIONS } from './modules/index';

function config() {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

const program = new Command()
  .name('inventra')
  .description('Inventra commerce backend. Configuration comes from environment variables (see README).')
  .showHelpAfterError();

program
  .command('serve', { isDefault: true })
  .description('Start the server (role from INVENTRA_ROLE: api, worker or all)')
  .action(async () => {
    const cfg = config();
    // The embedded database starts (files read, WASM compiled off the main thread) while the
    // app's modules load, instead of after them. Its failure surfaces where serve awaits it.
    const database = cfg.embedded && cfg.databaseUrl !== 'memory://' ? openDatabase({ url: cfg.databaseUrl }) : undefined;
    database?.catch(() => {});
    const { serve } = await import('./serve');
    await serve(cfg, { database });
  });

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(async () => {
    const cfg = config();
    const database = await openDatabase({ url: cfg.databaseUrl });
    const applied = await migrate(database, loadMigrations(MIGRATIONS));
    console.log(applied.length ? `applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}` : 'database is up to date');
    await database.close();
  });

program
  .command('create-admin')
  .description('Create an admin user, or reset an existing user to an active admin with a new password')
  .requiredOption('--email <email>', 'the admin email')
  .option('--password <password>', 'the password (8-128 characters); default: INVENTRA_ADMIN_PASSWORD or a generated one')
  .option('--name <name>', 'display name', 'Administrator')
  .action(async (opts: { email: string; password?: string; name: string }) => {
    const cfg = config();
    const password = opts.password ?? process.env.INVENTRA_ADMIN_PASSWORD ?? (await import('./modules/identity/index')).randomSecret(12);
    if (password.length < 8 || password.length > 128) {
      console.error('--password must be 8 to 128 characters long');
      process.exit(2);
    }
    const { createInventra } = await import('./inventra');
    const inventra = await createInventra(cfg, { skipBootstrap: true });
    const { created } = await inventra.services.identity.ensureAdmin(opts.email, password, opts.name);
    console.log(`${created ? 'created' : 'updated'} admin ${opts.email}${opts.password ? '' : ` with password ${password}`}`);
    await inventra.platform.close();
  });

program
  .command('import')
  .description('Import products from a CSV file (one row per variant; upsert by SKU). Prints a progress bar and a summary')
  .argument('<file>', 'the CSV file, e.g. products.csv')
  .action(async (file: string) => {
    const { readFileSync } = await import('node:fs');
    const { SingleBar, Presets } = await import('cli-progress');
    const { systemContext } = await import('./platform/http/access');
    const { decodeCsv } = await import('./modules/catalog/index');
    const { text } = decodeCsv(readFileSync(file));
    const { createInventra } = await import('./inventra');
    const inventra = await createInventra({ ...config(), logLevel: 'warn' }, { skipBootstrap: true });
    const bar = new SingleBar({ format: 'importing [{bar}] {percentage}% | {value}/{total} rows | {duration}s', hideCursor: true }, Presets.shades_classic);
    const started = Date.now();
    let startedBar = false;
    try {
      const result = await inventra.services.catalogCsv.import(systemContext('cli-import'), text, {
        onProgress: (done, total) => {
          if (!startedBar) {
            bar.start(total, 0);
            startedBar = true;
          }
          bar.update(done);
        },
      });
      if (startedBar) bar.stop();
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`${result.created} products created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.errors.length} line errors in ${secs} s`);
      for (const e of result.errors.slice(0, 50)) console.log(`  line ${e.line}: ${e.message}`);
      if (result.errors.length > 50) console.log(`  … and ${result.errors.length - 50} more`);
      process.exitCode = result.errors.length ? 1 : 0;
    } catch (err) {
      if (startedBar) bar.stop();
      console.error((err as Error).message);
      process.exitCode = 2;
    } finally {
      await inventra.platform.close();
    }
  });

program
  .command('export')
  .description('Export the catalog as CSV (the import format) to a file, or to stdout')
  .argument('[file]', 'where to write; stdout when absent')
  .action(async (file?: string) => {
    const { writeFileSync } = await import('node:fs');
    const { createInventra } = await import('./inventra');
    const inventra = await createInventra({ ...config(), logLevel: 'warn' }, { skipBootstrap: true });
    try {
      const csv = await inventra.services.catalogCsv.export();
      if (file) {
        writeFileSync(file, csv);
        console.error(`wrote ${Math.max(0, csv.split('\n').length - 2)} rows to ${file}`);
      } else process.stdout.write(csv);
    } finally {
      await inventra.platform.close();
    }
  });

program
  .command('backup')
  .description('Write a backup (database and media) to a file. Embedded: stop the server first; PostgreSQL: pg_dump, online')
  .requiredOption('--out <file>', 'where to write, e.g. inventra-2026-01-31.tar.gz')
  .action(async (opts: { out: string }) => {
    const { backup } = await import('./platform/ops/backup');
    const manifest = await backup(config(), opts.out);
    console.log(`wrote ${opts.out} (${manifest.kind === 'pglite' ? 'embedded database' : 'PostgreSQL'}, ${manifest.media} media files)`);
  });

program
  .command('restore')
  .description('Restore a backup into an empty data dir or database (the server must be stopped)')
  .requiredOption('--in <file>', 'a file written by `inventra backup`')
  .option('--force', 'replace the database and media that are there', false)
  .action(async (opts: { in: string; force: boolean }) => {
    const { restore } = await import('./platform/ops/backup');
    const manifest = await restore(config(), opts.in, { force: opts.force });
    console.log(`restored ${opts.in} (taken ${manifest.createdAt}, ${manifest.media} media files)`);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // Operator mistakes get one clear line, not a stack trace.
  if ((err as Error)?.name !== 'DataDirLockedError' && (err as Error)?.name !== 'OpsError') throw err;
  console.error((err as Error).message);
  process.exit(1);
}
