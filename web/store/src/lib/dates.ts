// The store runs on Japan time (settings.timeZone defaults to Asia/Tokyo and is not public).
export const STORE_TIME_ZONE = 'Asia/Tokyo';

/** Today's date in the store's time zone, as YYYY-MM-DD. */
export function storeToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: STORE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: STORE_TIME_ZONE });
const dateOnlyFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: STORE_TIME_ZONE });

/** "Tue, 3 Jun" for a calendar date "2025-06-03". */
export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** A timestamp shown in store time, e.g. "3 Jun 2025, 14:05". */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return dateOnlyFormat.format(new Date(iso));
}

export function formatTime(hhmm: string): string {
  return hhmm.slice(0, 5);
}
