import { useState } from 'react';

export type SortDir = 'asc' | 'desc';

/** A column sort for a table: click once ascending, again descending. */
export function useSort<K extends string>(initial: K, dir: SortDir = 'asc') {
  const [sort, setSort] = useState<{ key: K; dir: SortDir }>({ key: initial, dir });
  return {
    ...sort,
    toggle: (key: K) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' })),
    ariaSort: (key: K): 'ascending' | 'descending' | 'none' => (sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'),
  };
}

/** Sorts a copy by `value` (strings by the locale's collation, missing values last). */
export function sortBy<T>(items: readonly T[], value: (item: T) => string | number | null | undefined, dir: SortDir, locale?: string): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return String(x).localeCompare(String(y), locale) * sign;
  });
}
