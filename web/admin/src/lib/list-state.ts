import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

/** Sets (or, when empty, removes) one URL search parameter; list filters live in the URL. */
export function useParamSetter(onChange?: () => void) {
  const [params, setParams] = useSearchParams();
  return (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    onChange?.();
  };
}

/** Rows ticked for a bulk action, kept across pages; `toggleAll` ticks or clears the page shown. */
export function useSelection<T extends { id: string }>(items: T[]) {
  const [selected, setSelected] = useState<Map<string, T>>(new Map());
  const allOnPage = items.length > 0 && items.every((o) => selected.has(o.id));
  return {
    selected,
    allOnPage,
    clear: () => setSelected(new Map()),
    toggle(row: T) {
      const next = new Map(selected);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, row);
      setSelected(next);
    },
    toggleAll() {
      const next = new Map(selected);
      for (const row of items) {
        if (allOnPage) next.delete(row.id);
        else next.set(row.id, row);
      }
      setSelected(next);
    },
  };
}

/** A filterable list with bulk selection and a search box (`q`): changing a filter clears the selection; `clearFilters` resets the URL to `keep`. */
export function useSelectableList<T extends { id: string }>(items: T[], initialSearch: string) {
  const [search, setSearch] = useState(initialSearch);
  const [, setParams] = useSearchParams();
  const selection = useSelection(items);
  const setParam = useParamSetter(selection.clear);
  return {
    search,
    setSearch,
    selection,
    setParam,
    onSearch(e: FormEvent) {
      e.preventDefault();
      setParam('q', search.trim());
    },
    clearFilters(keep: Record<string, string> = {}) {
      setSearch('');
      selection.clear();
      setParams(new URLSearchParams(keep), { replace: true });
    },
  };
}
