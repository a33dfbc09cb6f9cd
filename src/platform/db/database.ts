import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';
import type { DatabaseTimeouts } from '../config';
import { lockDataDir } from '../ops/lock';

/** The database handle services receive; inside `transaction()` it is the transaction. */
export type Db = Kysely<any>;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs a multi-statement SQL script outside any transaction (migrations). */
  exec(script: string): Promise<void>;
  /**
   * Runs `fn` in one transaction whose statements are pipelined on PostgreSQL: statements `fn`
   * issues together (`Promise.all`) go out in one flight and the server runs them back to back,
   * so locks taken early in the transaction are held for fewer round trips. Everything `fn`
   * awaits is inside the transaction; COMMIT follows once `fn` resolves, ROLLBACK when it throws.
   * On the embedded database it is an ordinary transaction.
   */
  pipelined<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
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
  timeouts?: DatabaseTimeouts;
  log?: DatabaseLog;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(opts.url)) return openPostgres(opts.url, opts.poolSize ?? 20, opts.timeouts ?? DEFAULT_TIMEOUTS, opts.log);
  return openPGlite(opts.url, opts.loadDataDir);
}

/**
 * PostgreSQL's defaults size buffers for a server with its own machine (128 MB shared buffers);
 * inside a WASM heap that only grows, they cost ~120 MB of resident memory for an embedded shop
 * whose whole database fits in a few MB. One connection needs far less.
 */
const PGLITE_START_PARAMS = [
  ...((PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams ?? []),
  ...['shared_buffers=8MB', 'work_mem=4MB', 'maintenance_work_mem=16MB', 'temp_buffers=2MB', 'wal_buffers=1MB'].flatMap((c) => ['-c', c]),
];

async function openPGlite(url: string, loadDataDir?: Blob): Promise<Database> {
  if (url !== 'memory://') mkdirSync(url, { recursive: true });
  const unlock = url === 'memory://' ? () => {} : lockDataDir(url);
  const pglite = await PGlite.create(url === 'memory://' ? undefined : url, {
    extensions: { pg_trgm, unaccent },
    parsers: { [INT8]: (v: string) => Number(v), [NUMERIC]: (v: string) => Number(v), [DATE]: (v: string) => v },
    loadDataDir,
    startParams: PGLITE_START_PARAMS,
  }).catch((err) => {
    unlock();
    throw err;
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
      unlock();
    },
    async dump() {
      return pglite.dumpDataDir('none');
    },
    pipelined: (fn) => guardedTransaction(db, fn),
  };
}

/**
 * The embedded `pipelined`: an ordinary transaction that keeps the same promise as PostgreSQL's,
 * that a statement `fn` issued and never awaited runs inside the transaction or not at all. Kysely
 * sends COMMIT or ROLLBACK straight to the connection, ahead of statements still queued for the
 * transaction, which would then run on their own after it. So once `fn` settles, new statements are
 * refused and one last statement queued behind the stragglers lets them finish first.
 */
async function guardedTransaction<T>(db: Kysely<any>, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    let ended = false;
    let draining = false;
    const tx = trx.withPlugin({
      transformQuery: ({ node }) => {
        if (ended && !draining) throw new Error('pipelined transaction: a statement was issued after the transaction ended');
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    const drain = () => {
      ended = true;
      draining = true;
      const last = sql`select 1`.execute(tx);
      draining = false;
      return last;
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (err) {
      await drain().catch(() => {}); // refused by an aborted transaction too, after the stragglers
      throw err;
    }
    // A straggler that failed aborted the transaction: this rejects, and Kysely rolls back.
    await drain();
    return result;
  });
}

/** Seconds a client should wait before retrying while the database is away (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 5000, statementMs: 30_000, idleInTransactionMs: 60_000 };
// A lock wait or a migration may take as long as the other replica needs: no statement timeout.
const NO_TIMEOUT = 2_147_483_647;

function clientConfig(url: string, t: DatabaseTimeouts): pg.ClientConfig {
  return {
    connectionString: url,
    connectionTimeoutMillis: t.connectMs,
    // Server-side limits end runaway statements and transactions a crashed request left open;
    // the client-side one ends the wait when the server itself is frozen and enforces nothing.
    ...(t.statementMs ? { statement_timeout: t.statementMs, query_timeout: t.statementMs + 5000 } : {}),
    ...(t.idleInTransactionMs ? { idle_in_transaction_session_timeout: t.idleInTransactionMs } : {}),
    keepAlive: true,
  };
}

async function openPostgres(url: string, poolSize: number, timeouts: DatabaseTimeouts, log?: DatabaseLog): Promise<Database> {
  const pool = new pg.Pool({ ...clientConfig(url, timeouts), max: poolSize, idleTimeoutMillis: 30_000 });
  // pg-pool listens for errors only on idle clients; a connection the server ends while it is
  // checked out (restart, failover, pg_terminate_backend, idle-in-transaction timeout) emits
  // 'error' on the client with nobody listening, which kills the process. Every client keeps
  // this listener for life; the failed query still rejects, and the pool discards the client.
  pool.on('connect', (client) => {
    client.on('error', (err) => log?.warn({ err: errorSummary(err) }, 'database connection lost'));
  });
  pool.on('error', () => {
    /* idle client errors surface on the next query */
  });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<() => Promise<void>>();
  return {
    kind: 'postgres',
    db,
    pool,
    async exec(script) {
      await pool.query(script);
    },
    pipelined: (fn) => pipelinedTransaction(pool, fn),
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      const run = (text: string, values?: unknown[]) => client.query({ text, values, query_timeout: NO_TIMEOUT } as pg.QueryConfig);
      try {
        await run(`select set_config('statement_timeout', '0', false)`);
        await run('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(async (script) => {
            await run(script);
          });
        } finally {
          await run('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        await client.query('reset statement_timeout').catch(() => {});
        client.release();
      }
    },
    async listen(channel, onNotify) {
      const stop = listenForever(url, timeouts, channel, onNotify, log);
      listeners.add(stop);
      await stop.ready;
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      listeners.clear();
      await db.destroy();
    },
  };
}

/** A pooled client as node-postgres has it, with its pipeline switch (pg ≥ 8.21). */
type PipelineClient = pg.PoolClient & { pipeline: boolean };

/**
 * One pooled connection in pipeline mode for the length of a transaction, behind a Kysely of its
 * own: Kysely's transactions run their statements one at a time, while this handle sends whatever
 * is issued together at once (node-postgres answers each in order). The client leaves pipeline
 * mode before it goes back to the pool, so every other caller keeps the usual one-at-a-time client.
 */
async function pipelinedTransaction<T>(pool: pg.Pool, fn: (tx: Db) => Promise<T>): Promise<T> {
  const client = (await pool.connect()) as PipelineClient;
  client.pipeline = true;
  // Once COMMIT or ROLLBACK is sent, a statement still on its way (issued by fn and never awaited:
  // it reaches the client a few microtasks after it is issued) is refused, never run on its own
  // outside the transaction. Waiting a turn of the event loop for it instead would hold the
  // transaction's locks for that turn.
  let ended = false;
  const handle = {
    query(text: string, values: unknown[]) {
      if (ended) return Promise.reject(new Error('pipelined transaction: a statement was issued after the transaction ended'));
      return client.query(text, values);
    },
    release() {},
  };
  const tx = new Kysely<any>({ dialect: new PostgresDialect({ pool: { connect: async () => handle, end: async () => {} } as unknown as pg.Pool }) });
  // BEGIN, COMMIT and ROLLBACK go straight to the client, which puts them on the wire at the call,
  // so BEGIN is sent before fn's first statement and travels in the same flight. Answers come in
  // order, so when COMMIT or ROLLBACK is answered nothing is left in flight.
  let broken: Error | undefined;
  try {
    const begun = client.query('begin');
    begun.catch(() => {});
    let result: T;
    try {
      result = await fn(tx);
      await begun;
    } catch (err) {
      ended = true;
      await client.query('rollback').catch((e: Error) => (broken = e));
      throw err;
    }
    ended = true;
    await client.query('commit').catch((e: Error) => {
      broken = e;
      throw e;
    });
    return result;
  } finally {
    ended = true;
    client.pipeline = false;
    client.release(broken);
  }
}

export interface DatabaseLog {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

const errorSummary = (err: unknown) => ({ code: (err as { code?: string })?.code, message: (err as Error)?.message });

/**
 * A LISTEN connection that comes back: when the server ends it (restart, failover), it reconnects
 * with backoff and listens again, then calls `onNotify('')` once, since notifications sent while
 * it was away are lost and the listener must catch up by reading.
 */
function listenForever(url: string, timeouts: DatabaseTimeouts, channel: string, onNotify: (payload: string) => void, log?: DatabaseLog) {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let attempt = 0;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ ...clientConfig(url, timeouts), statement_timeout: undefined, query_timeout: undefined });
    c.on('error', (err) => log?.warn({ err: errorSummary(err), channel }, 'LISTEN connection lost; reconnecting'));
    c.on('end', () => {
      if (client !== c) return; // a failed attempt: its caller schedules the next one
      client = null;
      if (!stopped) schedule();
    });
    c.on('notification', (n) => {
      if (n.channel === channel) onNotify(n.payload ?? '');
    });
    try {
      await c.connect();
      await c.query(`listen "${channel.replace(/"/g, '')}"`);
    } catch (err) {
      await c.end().catch(() => {});
      throw err;
    }
    if (stopped) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
    if (attempt > 0) {
      log?.info({ channel }, 'LISTEN connection re-established');
      onNotify('');
    }
    attempt = 0;
  };
  const schedule = () => {
    if (retry || stopped) return;
    attempt++;
    retry = setTimeout(() => {
      retry = null;
      connect().catch(() => schedule());
    }, Math.min(100 * 2 ** Math.min(attempt, 6), 5000));
    retry.unref();
  };
  const stop = Object.assign(
    async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
    { ready: connect() },
  );
  return stop;
}

const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '57014', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|connection error|Connection closed/i;

/**
 * True when `err` says the database is unreachable, restarting or overloaded (not that the
 * request was wrong): the client should retry later, so the HTTP layer answers 503.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown[] };
  if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message) && !('severity' in e)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
