import { useEffect } from 'react';
import { useSettings } from './queries';

/**
 * The store's name as the server wrote it into the page's title ("<page> | <store>", or the
 * store alone), read once at load: shown until the settings arrive, so nothing shifts.
 */
export const serverStoreName = document.title.split(' | ').pop() || '';

/** Sets the tab title to "<page> | <store>" (or the store's name alone on the home page). */
export function usePageTitle(title: string | null | undefined) {
  const { data } = useSettings();
  const storeName = data?.storeName ?? serverStoreName;
  useEffect(() => {
    if (title === undefined) return;
    document.title = title ? `${title} | ${storeName}` : storeName;
  }, [title, storeName]);
}
