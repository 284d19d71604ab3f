import { en } from 'chrono-node';
import type { ArticleDate, DateSource } from '../types';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` of a calendar day, zero-padded. */
const dayIso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A date a machine wrote (JSON-LD, `<meta>`, `<time datetime>`): an ISO 8601 instant keeps its
 * instant, a bare `YYYY-MM-DD` stays a day (no time zone is invented for it). Null when unparseable.
 */
export function parseMachineDate(value: string | null | undefined, source: DateSource): ArticleDate | null {
  const text = value?.trim();
  if (!text) return null;
  if (DAY_ONLY.test(text)) return { iso: text, source, precision: 'day' };
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  return { iso: new Date(time).toISOString(), source, precision: 'instant' };
}

/**
 * A date as a reader sees it ("4 days ago", "3 hours ago", "Jan 23", "Sep 26, 2022", "yesterday"),
 * resolved against the capture time `now` (in UTC, so the result does not depend on the machine).
 * Relative days and calendar days give day precision, so that "3 days ago" read today and "4 days
 * ago" read tomorrow are the same date; phrases with a clock time ("3 hours ago") give an instant.
 * A day without a year is never put after `now`: "Dec 30" read in January is last December.
 */
export function parseVisibleDate(text: string | null | undefined, now: Date): ArticleDate | null {
  if (!text?.trim()) return null;
  const [result] = en.casual.parse(text, { instant: now, timezone: 0 });
  if (!result) return null;
  const start = result.start;
  if (start.isCertain('hour') && start.isCertain('day')) {
    return { iso: start.date().toISOString(), source: 'visible-text', precision: 'instant' };
  }
  let year = start.get('year') ?? now.getUTCFullYear();
  const month = start.get('month') ?? 1;
  const day = start.get('day') ?? 1;
  if (!start.isCertain('year') && dayIso(year, month, day) > now.toISOString().slice(0, 10)) year -= 1;
  return { iso: dayIso(year, month, day), source: 'visible-text', precision: 'day' };
}
