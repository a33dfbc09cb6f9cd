import { useEffect } from 'react';
import { useSettings } from './queries';

/** Sets the tab title to "<page> | <store>" (or the store's name alone on the home page). */
export function usePageTitle(title: string | null | undefined) {
  const { data } = useSettings();
  const storeName = data?.storeName ?? document.title;
  useEffect(() => {
    if (title === undefined) return;
    document.title = title ? `${title} | ${storeName}` : storeName;
  }, [title, storeName]);
}
