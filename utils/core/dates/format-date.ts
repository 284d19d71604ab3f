import type { ArticleDate } from '../types';

const DAY_MS = 86_400_000;

/** The moment a date stands for: a day is taken at 00:00 UTC, so it formats as that same day. */
const timeOf = (date: ArticleDate): number => Date.parse(date.precision === 'day' ? `${date.iso}T00:00:00Z` : date.iso);

/**
 * "8 Jul 2025" (en-GB), "Jul 8, 2025" (en-US): a date as the reader's locale writes it. A day
 * is formatted in UTC so that it never shifts to the day before west of Greenwich; an instant
 * in the reader's own time zone (`timeZone` undefined) or the one given.
 */
export function formatArticleDate(date: ArticleDate, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: date.precision === 'day' ? 'UTC' : timeZone,
  }).format(timeOf(date));
}

/** An ISO instant the extension recorded itself (when an article was saved), formatted as a date is. */
export const formatInstant = (iso: string, locale?: string): string =>
  formatArticleDate({ iso, source: 'meta', precision: 'instant' }, locale);

/** "4 days ago", "yesterday", "3 hours ago", "2 months ago": how long before `now`, in words. */
export function relativeToNow(date: ArticleDate, now: Date, locale?: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = now.getTime() - timeOf(date);
  if (date.precision === 'instant' && elapsed < DAY_MS) {
    const hours = Math.floor(elapsed / 3_600_000);
    return hours >= 1
      ? format.format(-hours, 'hour')
      : format.format(-Math.max(0, Math.floor(elapsed / 60_000)), 'minute');
  }
  // Whole calendar days (UTC) between the two, so "yesterday" means the day before today.
  const days = Math.round(
    (Date.parse(now.toISOString().slice(0, 10)) - Date.parse(new Date(timeOf(date)).toISOString().slice(0, 10))) /
      DAY_MS,
  );
  if (days < 30) return format.format(-days, 'day');
  if (days < 365) return format.format(-Math.floor(days / 30.44), 'month');
  return format.format(-Math.floor(days / 365.25), 'year');
}
