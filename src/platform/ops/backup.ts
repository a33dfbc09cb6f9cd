import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Config } from '../config';
import { openDatabase } from '../db/database';
import { lockDataDir } from './lock';
import { opsRepo } from './repo';

const run = promisify(execFile);
const FORMAT = 'inventra-backup/1';
/** Small files beside the database that belong to it (development secrets, the demo login). */
const DATA_FILES = ['jwt-secret', 'demo-admin-password'];

/** An operator's mistake (refused restore, wrong kind of backup): the CLI prints it as one line. */
export class OpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpsError';
  }
}

interface Manifest {
  format: typeof FORMAT;
  kind: 'pglite' | 'postgres';
  createdAt: string;
  media: number;
}

const mediaDir = (config: Config) => join(config.dataDir, 'media');
const countFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).length : 0);

async function tar(args: string[]) {
  try {
    await run('tar', args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    throw new OpsError(`tar failed: ${(err as { stderr?: string }).stderr?.trim() || (err as Error).message}`);
  }
}

async function pgTool(tool: 'pg_dump' | 'pg_restore', args: string[]) {
  try {
    return await run(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new OpsError(`${tool} is not installed (Debian: apt-get install postgresql-client)`);
    throw new OpsError(`${tool} failed: ${e.stderr?.trim() || e.message}`);
  }
}

/**
 * Writes one file with the database and the media: on the embedded database a consistent
 * snapshot of its data directory (taken while this process owns it, so no server may be
 * running), on PostgreSQL `pg_dump` in custom format (consistent while the server runs).
 */
export async function backup(config: Config, out: string): Promise<Manifest> {
  const stage = mkdtempSync(join(tmpdir(), 'inventra-backup-'));
  try {
    let kind: Manifest['kind'];
    if (config.embedded) {
      kind = 'pglite';
      const database = await openDatabase({ url: config.databaseUrl });
      try {
        const dump = await database.dump!();
        writeFileSync(join(stage, 'database.tar'), Buffer.from(await dump.arrayBuffer()));
      } finally {
        await database.close();
      }
      for (const f of DATA_FILES) if (existsSync(join(config.dataDir, f))) cpSync(join(config.dataDir, f), join(stage, f));
    } else {
      kind = 'postgres';
      await pgTool('pg_dump', ['--format=custom', '--no-owner', '--file', join(stage, 'database.dump'), config.databaseUrl]);
    }
    const media = mediaDir(config);
    if (existsSync(media)) cpSync(media, join(stage, 'media'), { recursive: true });
    const manifest: Manifest = { format: FORMAT, kind, createdAt: new Date().toISOString(), media: countFiles(media) };
    writeFileSync(join(stage, 'manifest.json'), JSON.stringify(manifest, null, 2));
    mkdirSync(dirname(resolve(out)), { recursive: true });
    await tar(['-czf', resolve(out), '-C', stage, '.']);
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

async function postgresHasData(url: string): Promise<boolean> {
  const database = await openDatabase({ url, poolSize: 1 });
  try {
    return await opsRepo.hasInventraSchema(database.db);
  } finally {
    await database.close();
  }
}

/**
 * Restores a backup into an empty data dir (embedded) or an empty database (PostgreSQL);
 * `force` replaces what is there. Media files are restored beside it either way.
 */
export async function restore(config: Config, input: string, opts: { force?: boolean } = {}): Promise<Manifest> {
  if (!existsSync(input)) throw new OpsError(`${input} does not exist`);
  const stage = mkdtempSync(join(tmpdir(), 'inventra-restore-'));
  try {
    await tar(['-xzf', resolve(input), '-C', stage]);
    const manifestFile = join(stage, 'manifest.json');
    const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : null;
    if (manifest?.format !== FORMAT) throw new OpsError(`${input} is not an Inventra backup`);
    const target = config.embedded ? 'pglite' : 'postgres';
    if (manifest.kind !== target) {
      throw new OpsError(`${input} is a backup of ${manifest.kind === 'pglite' ? 'the embedded database' : 'PostgreSQL'}; restore it with ${manifest.kind === 'pglite' ? 'DATABASE_URL unset' : 'DATABASE_URL=postgres://…'}`);
    }
    const media = mediaDir(config);
    if (config.embedded) {
      // Owning the lock proves no server is using the data dir we are about to replace.
      lockDataDir(config.databaseUrl)();
      const used = countFiles(config.databaseUrl) > 0 || countFiles(media) > 0;
      if (used && !opts.force) throw new OpsError(`${config.dataDir} already holds a database or media; pass --force to replace them`);
      rmSync(config.databaseUrl, { recursive: true, force: true });
      const dump = new Blob([readFileSync(join(stage, 'database.tar'))]);
      const database = await openDatabase({ url: config.databaseUrl, loadDataDir: dump });
      await database.close();
      for (const f of DATA_FILES) if (existsSync(join(stage, f))) cpSync(join(stage, f), join(config.dataDir, f));
    } else {
      const dump = join(stage, 'database.dump');
      if (await postgresHasData(config.databaseUrl)) {
        if (!opts.force) throw new OpsError('The database already holds Inventra data; pass --force to replace it');
        // pg_restore --clean cannot drop pg-boss's partitioned tables; dropping the dump's schemas can.
        const list = (await pgTool('pg_restore', ['--list', dump])).stdout;
        const schemas = [...list.matchAll(/ SCHEMA - (\S+) /g)].map((m) => m[1]).filter((n) => n !== 'public');
        const database = await openDatabase({ url: config.databaseUrl, poolSize: 1 });
        try {
          await opsRepo.dropSchemas(database.db, schemas);
        } finally {
          await database.close();
        }
      }
      await pgTool('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', config.databaseUrl, dump]);
    }
    rmSync(media, { recursive: true, force: true });
    if (existsSync(join(stage, 'media'))) cpSync(join(stage, 'media'), media, { recursive: true });
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
