import type { Logger } from 'pino';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import type { RequestContext } from '../../platform/core/context';
import { type CsvEncoding, decodeCsv } from './csv-encoding';
import { type ImportError, type ImportResult, MAX_IMPORT_ROWS, parseCatalogCsv, parseCatalogCsvAsync } from './csv-rows';
import { isUuid } from '../../platform/core/schemas';

/** Imports of more rows than this answer 202 and run as a job (API.md "Hardening"). */
export const INLINE_IMPORT_ROWS = 1000;
/** A job keeps the first errors; `errorCount` says how many there were. */
const KEPT_ERRORS = 1000;
/** Products per transaction in a job: short transactions keep the embedded database answering. */
const JOB_CHUNK = 100;

export interface ImportStatus {
  id: string;
  status: 'running' | 'done' | 'failed';
  encoding: CsvEncoding;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: ImportError[];
  createdAt: string;
  finishedAt: string | null;
}

type Run = (ctx: RequestContext, parsed: { rows: import('./csv-rows').CsvRow[]; errors: ImportError[] }, opts: { onProgress?: (done: number, total: number) => Promise<void>; chunk?: number }) => Promise<ImportResult>;

const toStatus = (r: any): ImportStatus => ({
  id: r.id,
  status: r.status,
  encoding: r.encoding,
  total: r.total,
  processed: r.processed,
  created: r.created,
  updated: r.updated,
  unchanged: r.unchanged,
  errorCount: r.error_count,
  errors: r.errors,
  createdAt: new Date(r.created_at).toISOString(),
  finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
});

/**
 * CSV import through one door: bytes decoded (UTF-8 or Shift_JIS), small files applied at once,
 * large ones parsed as a stream and applied in short batches by a background job in this process,
 * with its progress in `catalog.imports`.
 */
export function createImportJobs(deps: { db: Db; run: Run; log?: Logger }) {
  const { db, run } = deps;
  const inflight = new Set<Promise<void>>();
  let stopping = false;

  async function runJob(id: string, ctx: RequestContext, input: Parameters<Run>[1] | string): Promise<void> {
    try {
      // Large files are parsed here, after the 202: the upload answers at once.
      const parsed = typeof input === 'string' ? await parseCatalogCsvAsync(input) : input;
      await db.updateTable('catalog.imports').set({ total: parsed.rows.length }).where('id', '=', id).execute();
      const result = await run(ctx, parsed, {
        chunk: JOB_CHUNK,
        onProgress: async (done) => {
          if (stopping) throw new DomainError('unavailable', 'The server shut down during the import; the batches before this point are applied, import the file again for the rest');
          await db.updateTable('catalog.imports').set({ processed: done }).where('id', '=', id).execute();
        },
      });
      await db
        .updateTable('catalog.imports')
        .set({ status: 'done', processed: parsed.rows.length, total: parsed.rows.length, created: result.created, updated: result.updated, unchanged: result.unchanged, error_count: result.errors.length, errors: JSON.stringify(result.errors.slice(0, KEPT_ERRORS)), finished_at: new Date() })
        .where('id', '=', id)
        .execute();
    } catch (err) {
      deps.log?.error({ err, importId: id }, 'CSV import job failed');
      const message = err instanceof DomainError ? (err.detail ?? err.code) : 'The import stopped on a server error; products of finished batches are applied';
      await db
        .updateTable('catalog.imports')
        .set({ status: 'failed', error_count: 1, errors: JSON.stringify([{ line: 0, message }]), finished_at: new Date() })
        .where('id', '=', id)
        .execute()
        .catch(() => {});
    }
  }

  return {
    /** 200 with the result for small files; 202 with a running job for more than 1,000 rows. */
    async submit(ctx: RequestContext, bytes: Buffer, encoding?: CsvEncoding): Promise<{ status: 200; body: ImportResult } | { status: 202; body: { id: string; status: 'running' } }> {
      const decoded = decodeCsv(bytes, encoding);
      // Lines bound rows from above (a quoted cell may span lines): small files take the plain path,
      // and a file that cannot exceed the row limit is parsed by the job, after the 202.
      let newlines = 0;
      for (let i = decoded.text.indexOf('\n'); i >= 0 && newlines <= MAX_IMPORT_ROWS + 1; i = decoded.text.indexOf('\n', i + 1)) newlines++;
      let input: Parameters<Run>[1] | string = decoded.text;
      if (newlines <= INLINE_IMPORT_ROWS + 1 || newlines > MAX_IMPORT_ROWS) {
        // Small, or possibly too long (413 before anything runs): parsed now.
        const parsed = newlines <= INLINE_IMPORT_ROWS + 1 ? parseCatalogCsv(decoded.text) : await parseCatalogCsvAsync(decoded.text);
        if (parsed.rows.length <= INLINE_IMPORT_ROWS) return { status: 200, body: await run(ctx, parsed, {}) };
        input = parsed;
      }
      const id = uuidv7();
      await db
        .insertInto('catalog.imports')
        .values({ id, status: 'running', encoding: decoded.encoding, total: typeof input === 'string' ? 0 : input.rows.length, actor_type: ctx.actor.type, actor_id: ctx.actor.id })
        .execute();
      const job = runJob(id, ctx, input).finally(() => inflight.delete(job));
      inflight.add(job);
      return { status: 202, body: { id, status: 'running' } };
    },

    async get(id: string): Promise<ImportStatus> {
      if (!isUuid(id)) throw notFound('Import');
      const row = await db.selectFrom('catalog.imports').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('Import');
      return toStatus(row);
    },

    /** Resolves when the jobs running in this process have finished (tests). */
    async drain(): Promise<void> {
      while (inflight.size) await Promise.allSettled([...inflight]);
    },

    /** Shutdown: running jobs stop after their current batch and are marked failed. */
    async stop(): Promise<void> {
      stopping = true;
      while (inflight.size) await Promise.allSettled([...inflight]);
    },
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
