import type { ArticleDate } from '../types';
import { dateParser, en } from './date-languages';
import { calendarIso, inZone, monthNumber } from './machine-date';

export { parseMachineDate } from './machine-date';

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 } as const;
const RELATIVE = /^(\d+|an?|one) (minute|hour|day|week)s? ago$/i;
/** "Jan 23", "Sep 26, 2022", "July 12th, 2024". */
const MONTH_DAY = /^([a-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/i;
/** "15 September 2025", "15. September 2025" (only English month names are read here). */
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th|\.)? ([a-z]{3})[a-z]*\.?,? (\d{4})$/i;
/** "15.09.2025", "15/09/2025", "09/15/2025", "2025/09/15": numbers only. */
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})$/;
/** Languages whose readers write the month first in a numeric date (US English, Filipino). */
const MONTH_FIRST = /^(en-us|en-ph|fil)\b|^en$/i;

/**
 * The forms pages print most ("4 days ago", "3 hours ago", "just now", "yesterday", "Jan 23",
 * "Sep 26, 2022", "15 September 2025", "15.09.2025"), read without chrono: its first parse in a
 * fresh page costs 100–200 ms, most of the popup's time on a page with such dates. Anything else
 * goes to chrono.
 */
function quickParse(text: string, now: Date, language: string | null): ArticleDate | null {
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
  if (monthDay)
    return calendarDay(monthDay[3] ? Number(monthDay[3]) : null, monthNumber(monthDay[1]), Number(monthDay[2]), now);
  const dayMonth = DAY_MONTH.exec(phrase);
  if (dayMonth) return calendarDay(Number(dayMonth[3]), monthNumber(dayMonth[2]), Number(dayMonth[1]), now);
  const numeric = NUMERIC.exec(phrase);
  if (numeric) return numericDay(numeric, now, language);
  return null;
}

/**
 * A date of numbers only, in the order the page's language writes it: year first when the first
 * part has four digits, else day first, but month first in US English (and when the first part
 * cannot be a month the reading that fits is taken).
 */
function numericDay(parts: RegExpExecArray, now: Date, language: string | null): ArticleDate | null {
  const [first, , second, third] = [Number(parts[1]), parts[2], Number(parts[3]), parts[4]];
  if (parts[1].length === 4) return calendarDay(first, second, Number(third), now);
  if (parts[1].length > 2) return null;
  const year = third.length === 2 ? 2000 + Number(third) : Number(third);
  if (third.length === 3) return null;
  const monthFirst = (language ? MONTH_FIRST.test(language) : false) ? first <= 12 : second > 12;
  return monthFirst ? calendarDay(year, first, second, now) : calendarDay(year, second, first, now);
}

/** The UTC calendar day of an instant, at day precision. */
const dayOf = (instant: Date): ArticleDate => ({
  iso: instant.toISOString().slice(0, 10),
  source: 'visible-text',
  precision: 'day',
});

/** A calendar day, or null when there is no such day; without a year, the latest such day not after `now`. */
function calendarDay(year: number | null, month: number, day: number, now: Date): ArticleDate | null {
  let resolved = year ?? now.getUTCFullYear();
  const today = now.toISOString().slice(0, 10);
  if (year === null && (calendarIso(resolved, month, day) ?? '') > today) resolved -= 1;
  const iso = calendarIso(resolved, month, day);
  return iso ? { iso, source: 'visible-text', precision: 'day' } : null;
}

/**
 * The chrono parser for the page's language (month names, word order and numerals): British order
 * for English outside the US; another language's when it has been added (`date-languages.ts`).
 */
function parserFor(language: string | null) {
  const code = language?.slice(0, 2).toLowerCase();
  if (code === 'en') return language && !MONTH_FIRST.test(language) ? en.GB : en.casual;
  return (code && dateParser(code)?.casual) || null;
}

/**
 * What English chrono needs to find a day: a month's or a weekday's name, a date in numbers, an
 * ordinal, a signed offset ("+2 days"), a word for a day ("today", "yesterday", "tonight") or a
 * time of day, or a span before or after now ("3 days ago", "in 2 weeks", "last month").
 * Deliberately wide (any "may", "dec" or "3.5" passes): it only spares chrono the lines that
 * cannot hold a day ("16 min read", "$1,000", "Nutrition 2025"), which are most of what reaches
 * it on an English page, and chrono's first parse in a page costs more than the rest of reading
 * its dates. On WCXB's 770 articles chrono then runs on 149 instead of 492, and the command
 * line's output over all 1,687 benchmark pages is byte-identical with and without this check.
 */
const ENGLISH_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\d\s*[/.-]\s*\d|[+-]\s*\d|\d(?:st|nd|rd|th)\b|\b(?:now|today|tonight|tomorrow|tmrw?|yesterday|noon|midnight|morning|afternoon|evening|night|ago|later|earlier|hence|henceforth)\b|\b(?:in|within|for|next|last|past|this|after|coming|previous)\s+(?:\S+\s+){0,2}?(?:sec|second|min|minute|h|hr|hour|d|day|w|wk|week|weekend|mo|mon|month|qtr|quarter|y|yr|year|decade|fortnight)s?\b/i;
/**
 * What English chrono needs to find a time of day, without which no zone is read: a clock ("9:07",
 * "21h07"), "am"/"pm", "o'clock", a number after "at", "from" or "@", or a word for a time.
 */
const ENGLISH_TIME =
  /\d\s*[:.h：]\s*\d|\d\s*[ap]\.?\s*m\b|\d\s*o'?clock|(?:\b(?:at|from|by|until|till|to|before|after|around)|@)\s*\d|\b(?:now|noon|midnight|tonight|morning|afternoon|evening)\b|\dt\d/i;

/**
 * The first date chrono finds in `text`, in the page's language first, then in English. On a page
 * in English, or in a language chrono does not read, a text `english` says cannot hold what is
 * looked for is not parsed at all.
 */
function firstParse(text: string, now: Date, language: string | null, english: RegExp = ENGLISH_DAY) {
  const local = parserFor(language);
  const englishOnly = !local || local === en.casual || local === en.GB;
  if (englishOnly && !english.test(text)) return undefined;
  const reference = { instant: now, timezone: 0 };
  return (
    (local && local !== en.casual ? local.parse(text, reference)[0] : undefined) ?? en.casual.parse(text, reference)[0]
  );
}

/**
 * A date as a reader sees it ("4 days ago", "3 hours ago", "Jan 23", "Sep 26, 2022", "yesterday",
 * "2. Okt. 2022", "vor 2 Tagen"), resolved against the capture time `now` (in UTC, so the result
 * does not depend on the machine), in the page's language. Relative days and calendar days give
 * day precision, so that "3 days ago" read today and "4 days ago" read tomorrow are the same
 * date; a relative clock time ("3 hours ago") or one with its zone ("9:24 pm ET") gives an
 * instant, one without a zone its day. A day without a year is never
 * put after `now`: "Dec 30" read in January is last December. A bare year or month is no date.
 */
export function parseVisibleDate(
  text: string | null | undefined,
  now: Date,
  language: string | null = null,
): ArticleDate | null {
  if (!text?.trim()) return null;
  const quick = quickParse(text, now, language);
  if (quick) return quick;
  const result = firstParse(text, now, language);
  if (!result) return null;
  const start = result.start;
  // "2024" or "March 2024" is not a publication day, nor a clock time alone ("5:11:10"): chrono
  // fills in today for it. A relative phrase ("vor 2 Tagen", "3 hours ago") is: chrono marks its day certain.
  if (!start.isCertain('day')) return null;
  // A clock time with no zone ("Posted Nov 18, 8:19 PM") is a wall clock of unknown zone: its day
  // is what it says. One with a zone, or a relative one ("3 hours ago"), is an instant.
  if (start.isCertain('hour') && start.isCertain('timezoneOffset')) {
    const instant = start.date();
    // "Nov 18, 8:19 PM EST" read in July is last November's, as for days below.
    if (!start.isCertain('year') && instant > now) instant.setUTCFullYear(instant.getUTCFullYear() - 1);
    // "11:26 pm EST, Tuesday, November 19, 2019" is the 19th where it was written, 04:26 UTC on the 20th.
    return {
      iso: inZone(instant.getTime(), start.get('timezoneOffset') ?? 0),
      source: 'visible-text',
      precision: 'instant',
    };
  }
  const year = start.isCertain('year') ? (start.get('year') ?? null) : null;
  return calendarDay(year, start.get('month') ?? 1, start.get('day') ?? 1, now);
}

/** An English month's name or abbreviation in a written date ("Sep", "Sept.", "September"). */
export const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** Dates inside a line of text, in the forms `quickParse` reads, most explicit first. */
const DATES_IN_TEXT = [
  new RegExp(`\\b${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`, 'i'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th|\\.)? ${MONTH_NAME},? \\d{4}\\b`, 'i'),
  /\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b/,
  /\b\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})\b/,
  /\b(?:\d+|an?|one) (?:minute|hour|day|week)s? ago\b/i,
  new RegExp(`^${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?$`, 'i'),
];
/** Lines longer than this are not searched with chrono: a header line is short. */
const MAX_LINE = 160;

/**
 * The first date written inside a line of the article's header ("By Jane Doe | Sep 15, 2025 |
 * 5 min read", "15. September 2025", "vor 2 Tagen"), or null. English forms and numbers are
 * matched directly; other wordings go to chrono in the page's language, and count only when
 * they name a day or hold a number ("vor 2 Tagen"): a stray "now" or "Monday" in a line is no date.
 */
export function findDateIn(line: string, now: Date, language: string | null): ArticleDate | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text || !/\d/.test(text)) return null;
  for (const pattern of DATES_IN_TEXT) {
    const match = pattern.exec(text);
    const date = match && quickParse(match[0], now, language);
    if (date) return date;
  }
  if (text.length > MAX_LINE) return null;
  const result = firstParse(text, now, language);
  if (!result || !/\d/.test(result.text)) return null;
  return parseVisibleDate(result.text, now, language);
}

/** A clock time on a line: "9:07 p.m.", "21:07", "0339 GMT". */
const CLOCK = /\b\d{1,2}[:.h]?\d{2}\b/;

/**
 * The time zone a line of the page writes its time in, in minutes east of UTC ("Updated 12:24 am
 * EST, Wednesday, November 20, 2019" gives -300), or null when its time names no zone.
 */
export function shownZone(line: string, now: Date, language: string | null): number | null {
  if (line.length > MAX_LINE || !CLOCK.test(line)) return null;
  const start = firstParse(line, now, language, ENGLISH_TIME)?.start;
  return start?.isCertain('hour') && start.isCertain('timezoneOffset') ? (start.get('timezoneOffset') ?? null) : null;
}
