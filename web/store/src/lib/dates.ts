import { i18next } from '../../../shared/i18n';

// Dates and times are shown in the store's time zone (settings.timeZone, Asia/Tokyo by default),
// in the shopper's language; `setStoreTimeZone` is called once the settings arrive.
let storeTimeZone = 'Asia/Tokyo';
export const setStoreTimeZone = (tz: string | undefined) => {
  if (tz) storeTimeZone = tz;
};

const formats = new Map<string, Intl.DateTimeFormat>();
function format(kind: 'day' | 'dateTime' | 'date', utc = false): Intl.DateTimeFormat {
  const lang = i18next.language === 'en' ? 'en-GB' : 'ja-JP';
  const timeZone = utc ? 'UTC' : storeTimeZone;
  const key = `${kind}|${lang}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day' ? { weekday: 'short', day: 'numeric', month: 'short' } : kind === 'dateTime' ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
    f = new Intl.DateTimeFormat(lang, { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

/** Today's date in the store's time zone, as YYYY-MM-DD. */
export function storeToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: storeTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "12月3日(火)" / "Tue 3 Dec" for a calendar date "2026-12-03" (a date, so no time-zone shift). */
export function formatDay(date: string): string {
  return format('day', true).format(new Date(`${date}T00:00:00Z`));
}

/** A timestamp in store time: "2026/12/03 14:05" / "3 Dec 2026, 14:05". */
export function formatDateTime(iso: string): string {
  return format('dateTime').format(new Date(iso));
}

export function formatDate(iso: string): string {
  return format('date').format(new Date(iso));
}

export function formatTime(hhmm: string): string {
  return hhmm.slice(0, 5);
}
