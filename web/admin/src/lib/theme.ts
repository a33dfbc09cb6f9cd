import { useSyncExternalStore } from 'react';

/** `system` follows the operating system's light/dark setting; the others pin one. */
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'inventra.admin.theme';
const media = () => window.matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set<() => void>();

function stored(): ThemeChoice {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

let choice: ThemeChoice = stored();

function apply() {
  const dark = choice === 'dark' || (choice === 'system' && media().matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Applies the remembered choice and follows the system while the choice is `system`. Call once at start. */
export function startTheme() {
  apply();
  media().addEventListener('change', () => {
    if (choice === 'system') apply();
  });
}

export function setTheme(next: ThemeChoice) {
  choice = next;
  if (next === 'system') localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, next);
  apply();
  for (const l of listeners) l();
}

export function useTheme(): ThemeChoice {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => choice,
  );
}
