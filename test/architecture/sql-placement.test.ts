import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Where SQL may live: a module's repository files (`repo.ts`, `repo/*.ts`, `*-repo.ts`) and the
 * platform's own database, outbox and ops code. A repository names only its own module's schema.
 */
const root = new URL('../../', import.meta.url).pathname;
const QUERY = /\bsql(?:<[^`]*?>)?`|\bsql\.(?:raw|ref|table|id|lit|join)\(|\.(?:selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(/;
const REPO = /^src\/modules\/([^/]+)\/(?:repo\.ts|repo\/[^/]+\.ts|[^/]+-repo\.ts)$/;
const PLATFORM_SQL = /^src\/platform\/(?:db\/|events\/|ops\/repo\.ts$)/;
const TABLE_REF = /(?:\b(?:from|join|into|update|table|exists)\s+"?|(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*['"`])([a-z_]+)\.[a-z_]+/gi;

/** Files still holding query building outside a repository: this list may only shrink. */
const NOT_YET_MOVED = new Set<string>([
  'src/modules/analytics/service.ts',
  'src/modules/audit/service.ts',
  'src/modules/catalog/csv.ts',
  'src/modules/catalog/imports.ts',
  'src/modules/catalog/service.ts',
  'src/modules/catalog/storefront.ts',
  'src/modules/payments/providers.ts',
  'src/modules/settings/service.ts',
  'src/modules/webhooks/incoming.ts',
  'src/modules/webhooks/service.ts',
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) ? [relative(root, p)] : [];
  });
}

const schemas = new Set(readdirSync(join(root, 'src/modules')).filter((m) => statSync(join(root, 'src/modules', m)).isDirectory()).concat('events'));

export function misplacedSql(path: string, text: string): string | null {
  if (!QUERY.test(text)) return null;
  if (REPO.test(path) || PLATFORM_SQL.test(path)) return null;
  return path;
}

export function foreignTables(path: string, text: string): string[] {
  const own = REPO.exec(path)?.[1];
  if (!own) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(TABLE_REF)) {
    const schema = m[1].toLowerCase();
    if (schemas.has(schema) && schema !== own) out.add(`${path}: ${m[0]}`);
  }
  return [...out];
}

describe('SQL placement', () => {
  const all = files(join(root, 'src')).map((p) => ({ path: p, text: readFileSync(join(root, p), 'utf8') }));

  it('keeps query building in repository files', () => {
    const misplaced = all.map((f) => misplacedSql(f.path, f.text)).filter((p): p is string => p !== null);
    expect(misplaced.filter((p) => !NOT_YET_MOVED.has(p)), 'SQL outside a repository').toEqual([]);
    expect([...NOT_YET_MOVED].filter((p) => !misplaced.includes(p)), 'moved files still listed as not yet moved').toEqual([]);
  });

  it("lets a repository touch only its own module's tables", () => {
    expect(all.flatMap((f) => foreignTables(f.path, f.text))).toEqual([]);
  });

  it('recognises what it must refuse (the check can fail)', () => {
    expect(misplacedSql('src/modules/catalog/service.ts', "await db.selectFrom('catalog.products').execute()")).toBe('src/modules/catalog/service.ts');
    expect(misplacedSql('src/modules/catalog/service.ts', 'await sql<{ n: number }>`select 1`.execute(db)')).toBe('src/modules/catalog/service.ts');
    expect(misplacedSql('src/modules/catalog/repo.ts', "db.selectFrom('catalog.products')")).toBeNull();
    expect(foreignTables('src/modules/orders/repo.ts', "q.selectFrom('inventory.stock')")).toHaveLength(1);
    expect(foreignTables('src/modules/orders/repo.ts', 'sql`select * from orders.orders join identity.users u on true`')).toHaveLength(1);
  });
});
