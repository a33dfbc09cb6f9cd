import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import type { CatalogTables, ImportRow, ImportsTable } from '../tables';

/** CSV import jobs (`catalog.imports`) and the savepoints an import applies each product under. */

const catalog = (q: Db) => tables<CatalogTables>(q);

export async function insertImport(q: Db, values: Insertable<ImportsTable>): Promise<void> {
  await catalog(q).insertInto('catalog.imports').values(values).execute();
}

export async function updateImport(q: Db, id: string, set: Updateable<ImportsTable>): Promise<void> {
  await catalog(q).updateTable('catalog.imports').set(set).where('id', '=', id).execute();
}

export async function findImport(q: Db, id: string): Promise<ImportRow | undefined> {
  return catalog(q).selectFrom('catalog.imports').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Runs `work` under a savepoint of the transaction `tx`: when it throws, what it wrote is rolled
 * back (the transaction goes on) and the error is rethrown.
 */
export async function inSavepoint<T>(tx: Db, name: 'import_product' | 'import_bulk', work: () => Promise<T>): Promise<T> {
  await sql`savepoint ${sql.id(name)}`.execute(tx);
  try {
    const result = await work();
    await sql`release savepoint ${sql.id(name)}`.execute(tx);
    return result;
  } catch (err) {
    await sql`rollback to savepoint ${sql.id(name)}`.execute(tx);
    throw err;
  }
}
