export type SortDir = 'asc' | 'desc';

/** A table sorted by the server: `sort=title` ascending, `sort=-title` descending. */
export interface ServerSort<K extends string> {
  key: K;
  dir: SortDir;
}

/** Reads a `sort` parameter; anything not among `keys` gives `fallback`. */
export function parseSort<K extends string>(value: string | null, keys: readonly K[], fallback: ServerSort<K>): ServerSort<K> {
  if (!value) return fallback;
  const dir: SortDir = value.startsWith('-') ? 'desc' : 'asc';
  const key = value.replace(/^-/, '') as K;
  return keys.includes(key) ? { key, dir } : fallback;
}

export function sortParam<K extends string>(sort: ServerSort<K>): string {
  return sort.dir === 'desc' ? `-${sort.key}` : sort.key;
}

/** A column click: once ascending, again descending. */
export function toggleSort<K extends string>(sort: ServerSort<K>, key: K): ServerSort<K> {
  return { key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc' };
}
