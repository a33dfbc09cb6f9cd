import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';

/** The database handle services receive; inside `transaction()` it is the transaction. */
export type Db = Kysely<any>;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs a multi-statement SQL script outside any transaction (migrations). */
  exec(script: string): Promise<void>;
  /** Runs `fn` holding a session-level advisory lock (one holder across all replicas). */
  withAdvisoryLock<T>(key: number, fn: (exec: (script: string) => Promise<void>) => Promise<T>): Promise<T>;
  /** LISTEN on a channel; resolves to an unlisten function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Embedded only: a tarball of the data directory (for cloning migrated test databases). */
  dump?(): Promise<Blob>;
  /** Raw handles for libraries that need their own driver (pg-boss). */
  readonly pglite?: PGlite;
  readonly pool?: pg.Pool;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

// int8 counts and sums arrive as numbers (values stay far below 2^53), dates as 'YYYY-MM-DD'.
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(NUMERIC, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);

export interface OpenOptions {
  url: string;
  poolSize?: number;
  loadDataDir?: Blob;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(opts.url)) return openPostgres(opts.url, opts.poolSize ?? 20);
  return openPGlite(opts.url, opts.loadDataDir);
}

async function openPGlite(url: string, loadDataDir?: Blob): Promise<Database> {
  if (url !== 'memory://') mkdirSync(url, { recursive: true });
  const pglite = await PGlite.create(url === 'memory://' ? undefined : url, {
    extensions: { pg_trgm, unaccent },
    parsers: { [INT8]: (v: string) => Number(v), [NUMERIC]: (v: string) => Number(v), [DATE]: (v: string) => v },
    loadDataDir,
  });
  const db = new Kysely<any>({ dialect: new PGliteDialect(pglite) });
  // Every SQL statement goes through Kysely's one-slot driver so raw scripts never interleave with a transaction.
  const exec = async (script: string) => {
    await db.connection().execute(async () => {
      await pglite.exec(script);
    });
  };
  return {
    kind: 'pglite',
    db,
    pglite,
    exec,
    async withAdvisoryLock(_key, fn) {
      // One process owns an embedded database, so there is nobody to race.
      return fn(exec);
    },
    listen: (channel, onNotify) => pglite.listen(channel, onNotify).then((un) => () => un()),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
    async dump() {
      return pglite.dumpDataDir('none');
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000 });
  pool.on('error', () => {
    /* idle client errors surface on the next query */
  });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  const listeners: pg.Client[] = [];
  return {
    kind: 'postgres',
    db,
    pool,
    async exec(script) {
      await pool.query(script);
    },
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(async (script) => {
            await client.query(script);
          });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => {});
      await client.connect();
      listeners.push(client);
      client.on('notification', (n) => {
        if (n.channel === channel) onNotify(n.payload ?? '');
      });
      await client.query(`listen "${channel.replace(/"/g, '')}"`);
      return async () => {
        listeners.splice(listeners.indexOf(client), 1);
        await client.end().catch(() => {});
      };
    },
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      await Promise.all(listeners.splice(0).map((c) => c.end().catch(() => {})));
      await db.destroy();
    },
  };
}
