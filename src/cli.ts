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
    const { serve } = await import('./serve');
    await serve(config());
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
    const password = opts.password ?? process.env.INVENTRA_ADMIN_PASSWORD ?? (await import('./modules/identity/tokens')).randomSecret(12);
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

await program.parseAsync(process.argv);
