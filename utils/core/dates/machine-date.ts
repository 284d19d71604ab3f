import type { ArticleDate, DateSource } from '../types';

/**
 * ISO 8601 as pages write it: `2020-05-04`, `2020-05-04T06:00`, `2020-05-04 06:00:00.123+0700`,
 * `2020-05-04T06:00:00Z`, with `-`, `/` or `.` between the parts of the day.
 */
const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** A compact day, `20200504`, as some CMSs write it in meta tags. */
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
/** RFC 2822 and HTTP dates: `Mon, 04 May 2020 06:00:00 +0700`, `04 May 2020 06:00 GMT`. */
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UT|UTC|GMT|[+-]\d{4})?$/i;
/**
 * JavaScript's own `Date` text, which scripts write into JSON-LD: `Tue Nov 19 2019 03:05:46
 * GMT+0000 (Coordinated Universal Time)`.
 */
const JS_DATE =
  /^(?:[a-z]{3},?\s+)?([a-z]{3})[a-z]*\s+(\d{1,2}),?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:GMT|UTC)?([+-]\d{4}|Z)?(?:\s*\([^)]*\))?$/i;
/** Seconds (10 digits) or milliseconds (13 digits) since 1970, as some feeds and CMSs write. */
const EPOCH = /^(\d{10}|\d{13})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month (1–12) an English month name or abbreviation names ("Sept", "september"), or 0. */
export const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` when the parts name a real calendar day, else null. */
export function calendarIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `+07:00` from `+07`, `+0700` or `+07:00`; `Z` for UTC in any spelling. */
function offsetOf(zone: string): string {
  if (/^(z|ut|utc|gmt)$/i.test(zone)) return 'Z';
  const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
  const offset = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
  return offset === '+00:00' || offset === '-00:00' ? 'Z' : offset;
}

/**
 * An instant on the clock of a zone `offset` minutes east of UTC, written with that offset
 * (`2019-11-19T21:07:18.000-05:00`), so that its first ten characters are that zone's day.
 */
export function inZone(instant: number, offset: number): string {
  const local = new Date(instant + offset * 60_000).toISOString().slice(0, 23);
  if (!offset) return `${local}Z`;
  const size = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/**
 * An instant as the page wrote it, normalised to `YYYY-MM-DDTHH:mm:ss.sss±HH:MM` (or `Z`): the
 * offset is kept, so that the first ten characters are the calendar day the page shows.
 */
function instantIso(day: string, hour: number, minute: number, second: number, fraction: string, zone: string) {
  if (hour > 23 || minute > 59 || second > 60) return null;
  const ms = fraction.padEnd(3, '0').slice(0, 3);
  const iso = `${day}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}.${ms}${offsetOf(zone)}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/**
 * A day written with its month's name and a clock (`[hour, minute, second, zone]`): the instant
 * when the zone is written, else the day alone.
 */
function writtenDate(
  year: string,
  month: string,
  day: string,
  [hour, minute, second, zone]: Array<string | undefined>,
  source: DateSource,
): ArticleDate | null {
  const iso = calendarIso(Number(year), monthNumber(month), Number(day));
  if (!iso) return null;
  if (!zone) return { iso, source, precision: 'day' };
  const instant = instantIso(iso, Number(hour), Number(minute), Number(second ?? 0), '', zone);
  return instant ? { iso: instant, source, precision: 'instant' } : null;
}

/**
 * A date a machine wrote (JSON-LD, `<meta>`, `<time datetime>`, a URL): an instant with its zone
 * keeps the offset the page gave; a day (`2020-05-04`, `20200504`) stays a day; a time without a
 * zone is a wall-clock time of unknown zone, so only its day is kept (no zone is invented).
 * Null when the text is not one of these forms.
 */
export function parseMachineDate(value: string | null | undefined, source: DateSource): ArticleDate | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const day = calendarIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (iso[4] === undefined || iso[8] === undefined) return { iso: day, source, precision: 'day' };
    const instant = instantIso(day, Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), iso[7] ?? '', iso[8]);
    return instant ? { iso: instant, source, precision: 'instant' } : null;
  }
  const compact = COMPACT_DAY.exec(text);
  if (compact) {
    const day = calendarIso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    return day ? { iso: day, source, precision: 'day' } : null;
  }
  const rfc = RFC_2822.exec(text);
  if (rfc) return writtenDate(rfc[3], rfc[2], rfc[1], rfc.slice(4, 8), source);
  const js = JS_DATE.exec(text);
  if (js) return writtenDate(js[3], js[1], js[2], js.slice(4, 8), source);
  // A day followed by something no standard writes ("2025-12-17UTC07:30:00+00:00"): its day still holds.
  const leadingDay = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (leadingDay) {
    const day = calendarIso(Number(leadingDay[1]), Number(leadingDay[2]), Number(leadingDay[3]));
    return day ? { iso: day, source, precision: 'day' } : null;
  }
  if (EPOCH.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    return { iso: new Date(ms).toISOString(), source, precision: 'instant' };
  }
  return null;
}

/** The moment a date stands for, for ordering: a day counts from its start in UTC. */
export const momentOf = (date: ArticleDate): number =>
  Date.parse(date.precision === 'day' ? `${date.iso}T00:00:00Z` : date.iso);
