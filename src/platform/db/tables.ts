import type { Kysely } from 'kysely';
import type { Db } from './database';

/**
 * A module's typed view of a connection or transaction. Handles cross module boundaries untyped
 * (`Db`: a port takes the caller's transaction); inside its repository a module sees only its own
 * tables, declared in `modules/<m>/tables.ts`, so a query on another module's table does not compile.
 *
 *   const q = tables<CatalogTables>(db);
 *   const row = await q.selectFrom('catalog.products').selectAll().where('id', '=', id).executeTakeFirst();
 */
export const tables = <T>(q: Db): Kysely<T> => q as unknown as Kysely<T>;
