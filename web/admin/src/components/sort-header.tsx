import type { SortDir } from '../lib/sort';

/** A column header whose button sorts the table; `aria-sort` tells screen readers the order. */
export function SortHeader({ label, active, dir, onClick, className }: { label: string; active: boolean; dir: SortDir; onClick: () => void; className?: string }) {
  return (
    <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={className}>
      <button type="button" onClick={onClick} className="inline-flex items-center gap-1 font-medium hover:text-slate-900">
        {label}
        <span aria-hidden="true" className="text-xs">
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
