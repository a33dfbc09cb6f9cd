import { useQuery } from '@tanstack/react-query';
import type { Person } from './types';
import { adminApi } from './api';

/** Names for user ids, fetched once per set of ids (at most 100 at a time, as the API takes). */
export function usePeople(ids: ReadonlyArray<string | null | undefined>): Map<string, Person> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))].sort().slice(0, 100);
  const query = useQuery({
    queryKey: ['people', wanted],
    queryFn: () => adminApi.people(wanted),
    enabled: wanted.length > 0,
    staleTime: 5 * 60_000,
  });
  return new Map((query.data?.items ?? []).map((p) => [p.id, p]));
}

/** "Name (email)" or the id itself while unknown. */
export const personLabel = (people: Map<string, Person>, id: string | null | undefined): string => {
  if (!id) return '—';
  const p = people.get(id);
  return p ? (p.name ? `${p.name} (${p.email})` : p.email) : id;
};
