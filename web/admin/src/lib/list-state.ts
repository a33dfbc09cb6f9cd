import { useState } from 'react';
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
