import { de, en, es, fr, it, nl, pt } from 'chrono-node';
import type { ArticleDate, DateSource } from '../types';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** chrono's casual parsers for the languages of the press Dossier's readers follow most. */
const PARSERS = { de, en, es, fr, it, nl, pt } as const;

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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 } as const;
const RELATIVE = /^(\d+|an?|one) (minute|hour|day|week)s? ago$/i;
const MONTH_DAY = /^([a-z]{3})[a-z]*\.? (\d{1,2})(?:, (\d{4}))?$/i;

/**
 * The forms blog platforms print ("4 days ago", "3 hours ago", "just now", "yesterday", "Jan 23",
 * "Sep 26, 2022"), read without chrono: its first parse in a fresh page costs 100–200 ms, most of
 * the popup's time on a page with relative dates. Anything else goes to chrono.
 */
function quickParse(text: string, now: Date): ArticleDate | null {
  const phrase = text.trim().toLowerCase();
  if (phrase === 'just now') return { iso: now.toISOString(), source: 'visible-text', precision: 'instant' };
  if (phrase === 'yesterday') return dayOf(new Date(now.getTime() - UNIT_MS.day));
  const relative = RELATIVE.exec(phrase);
  if (relative) {
    const count = /^\d+$/.test(relative[1]) ? Number(relative[1]) : 1;
    const unit = relative[2] as keyof typeof UNIT_MS;
    const then = new Date(now.getTime() - count * UNIT_MS[unit]);
    return unit === 'minute' || unit === 'hour'
      ? { iso: then.toISOString(), source: 'visible-text', precision: 'instant' }
      : dayOf(then);
  }
  const monthDay = MONTH_DAY.exec(phrase);
  const month = monthDay ? MONTHS.indexOf(monthDay[1]) + 1 : 0;
  const day = monthDay ? Number(monthDay[2]) : 0;
  if (!monthDay || month === 0 || day < 1 || day > 31) return null;
  return calendarDay(monthDay[3] ? Number(monthDay[3]) : null, month, day, now);
}

/** The UTC calendar day of an instant, at day precision. */
const dayOf = (instant: Date): ArticleDate => ({
  iso: instant.toISOString().slice(0, 10),
  source: 'visible-text',
  precision: 'day',
});

/** A calendar day; without a year, the latest such day not after `now`. */
function calendarDay(year: number | null, month: number, day: number, now: Date): ArticleDate {
  let resolved = year ?? now.getUTCFullYear();
  if (year === null && dayIso(resolved, month, day) > now.toISOString().slice(0, 10)) resolved -= 1;
  return { iso: dayIso(resolved, month, day), source: 'visible-text', precision: 'day' };
}

/** The first date chrono finds in `text`, in the page's language first, then in English. */
function firstParse(text: string, now: Date, language: string | null) {
  const code = language?.slice(0, 2).toLowerCase();
  const local = code && code in PARSERS ? PARSERS[code as keyof typeof PARSERS] : null;
  const reference = { instant: now, timezone: 0 };
  return (
    (local && local !== en ? local.casual.parse(text, reference)[0] : undefined) ?? en.casual.parse(text, reference)[0]
  );
}

/**
 * A date as a reader sees it ("4 days ago", "3 hours ago", "Jan 23", "Sep 26, 2022", "yesterday",
 * "2. Okt. 2022"), resolved against the capture time `now` (in UTC, so the result does not depend
 * on the machine). Relative days and calendar days give day precision, so that "3 days ago" read
 * today and "4 days ago" read tomorrow are the same date; phrases with a clock time ("3 hours
 * ago") give an instant. A day without a year is never put after `now`: "Dec 30" read in January
 * is last December.
 */
export function parseVisibleDate(
  text: string | null | undefined,
  now: Date,
  language: string | null = null,
): ArticleDate | null {
  if (!text?.trim()) return null;
  const quick = quickParse(text, now);
  if (quick) return quick;
  const result = firstParse(text, now, language);
  if (!result) return null;
  const start = result.start;
  if (start.isCertain('hour') && start.isCertain('day')) {
    const instant = start.date();
    // "Nov 18, 8:19 PM" read in July is last November's, as for days below.
    if (!start.isCertain('year') && instant > now) instant.setUTCFullYear(instant.getUTCFullYear() - 1);
    return { iso: instant.toISOString(), source: 'visible-text', precision: 'instant' };
  }
  const year = start.isCertain('year') ? (start.get('year') ?? null) : null;
  return calendarDay(year, start.get('month') ?? 1, start.get('day') ?? 1, now);
}
