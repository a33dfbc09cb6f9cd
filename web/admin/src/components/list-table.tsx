import { Fragment, type ReactElement, type ReactNode } from 'react';
import { Pager, QueryStatus, Table } from './common';

/**
 * A column header: its text, or the text with `hidden` (read to screen readers only) and classes,
 * or a whole header cell of its own (`th`, e.g. a sortable header).
 */
export type Column = string | { label: ReactNode; hidden?: boolean; className?: string } | { th: ReactElement };

export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => {
          if (typeof c === 'object' && 'th' in c) return <Fragment key={i}>{c.th}</Fragment>;
          const col = typeof c === 'string' ? { label: c } : c;
          return (
            <th key={i} scope="col" className={col.className}>
              {col.hidden ? <span className="sr-only">{col.label}</span> : col.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

interface ListQuery<T> {
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
  data?: { items: T[]; nextCursor?: string | null };
}

/**
 * A list screen's body: loading and error states, the empty state, the table (`rows` draws the
 * body rows) and, with a cursor pager, Previous/Next.
 */
export function ListTable<T>({
  query,
  label,
  empty,
  caption,
  columns,
  pager,
  rows,
}: {
  query: ListQuery<T>;
  label?: string;
  empty: ReactNode;
  caption: string;
  columns: Column[];
  pager?: { page: number; prev: () => void; next: (cursor: string) => void };
  rows: (items: T[]) => ReactNode;
}) {
  const items = query.data?.items ?? [];
  const next = query.data?.nextCursor;
  return (
    <>
      <QueryStatus query={query} label={label} />
      {query.isSuccess && items.length === 0 && empty}
      {items.length > 0 && (
        <>
          <Table caption={caption}>
            <TableHead columns={columns} />
            <tbody aria-busy={query.isFetching}>{rows(items)}</tbody>
          </Table>
          {pager && <Pager page={pager.page} hasNext={Boolean(next)} busy={query.isFetching} onPrev={pager.prev} onNext={() => next && pager.next(next)} />}
        </>
      )}
    </>
  );
}

/** The tick box cell of a row in a list with bulk selection. */
export function SelectCell({ label, checked, onToggle }: { label: string; checked: boolean; onToggle: () => void }) {
  return (
    <td>
      <input type="checkbox" aria-label={label} checked={checked} onChange={onToggle} className="h-4 w-4" />
    </td>
  );
}
