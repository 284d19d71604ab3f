import { describe, expect, it } from 'vitest';
import { formatArticleDate, relativeToNow } from '../../utils/core/dates/format-date';
import { parseMachineDate, parseVisibleDate } from '../../utils/core/dates/parse-date';

const NOW = new Date('2025-07-12T09:30:00Z');

describe('dates as a reader sees them on the page', () => {
  it.each([
    ['4 days ago', '2025-07-08'],
    ['1 day ago', '2025-07-11'],
    ['yesterday', '2025-07-11'],
    ['Jan 23', '2025-01-23'],
    ['Sep 26, 2022', '2022-09-26'],
    ['Updated: Jun 9', '2025-06-09'],
    ['Sept 5', '2024-09-05'],
    ['March 3, 2024', '2024-03-03'],
    ['2 weeks ago', '2025-06-28'],
  ])('"%s" is the day %s', (text, day) => {
    expect(parseVisibleDate(text, NOW)).toEqual({ iso: day, source: 'visible-text', precision: 'day' });
  });

  it.each([
    ['2. Okt. 2022', 'de', '2022-10-02'],
    ['vor 4 Tagen', 'de', '2025-07-08'],
    ['il y a 3 jours', 'fr', '2025-07-09'],
    ['22 de janeiro de 2018', 'pt', '2018-01-22'],
  ])('"%s" in a page in %s is the day %s', (text, language, day) => {
    expect(parseVisibleDate(text, NOW, language)).toEqual({ iso: day, source: 'visible-text', precision: 'day' });
  });

  it('"just now" and "an hour ago" are instants', () => {
    expect(parseVisibleDate('just now', NOW)?.iso).toBe('2025-07-12T09:30:00.000Z');
    expect(parseVisibleDate('an hour ago', NOW)).toEqual({
      iso: '2025-07-12T08:30:00.000Z',
      source: 'visible-text',
      precision: 'instant',
    });
  });

  it('"3 hours ago" is an instant three hours before capture', () => {
    expect(parseVisibleDate('3 hours ago', NOW)).toEqual({
      iso: '2025-07-12T06:30:00.000Z',
      source: 'visible-text',
      precision: 'instant',
    });
  });

  it('keeps the zone a shown time names, so its day is the page’s day', () => {
    expect(parseVisibleDate('Published 11:26 pm EST, Tuesday, November 19, 2019', NOW)?.iso).toBe(
      '2019-11-19T23:26:00.000-05:00',
    );
    expect(parseVisibleDate('19.11.2019 15:30 MSK', NOW, 'ru')?.iso).toBe('2019-11-19T15:30:00.000+03:00');
  });

  it('never puts a month and day without a year after the capture time', () => {
    expect(parseVisibleDate('Dec 30', new Date('2026-01-03T08:00:00Z'))?.iso).toBe('2025-12-30');
    expect(parseVisibleDate('Jul 12', NOW)?.iso).toBe('2025-07-12');
    expect(parseVisibleDate('Jul 13', NOW)?.iso).toBe('2024-07-13');
  });

  it('never makes up an impossible day', () => {
    for (const text of ['Jun 45', 'Feb 0', 'Sep 32, 2022']) {
      const date = parseVisibleDate(text, NOW);
      if (date) expect(Number.isNaN(Date.parse(date.iso)), `${text} → ${date.iso}`).toBe(false);
    }
  });

  it('gives nothing for text that holds no date', () => {
    expect(parseVisibleDate('6 min read', NOW)).toBeNull();
    expect(parseVisibleDate('', NOW)).toBeNull();
    expect(parseVisibleDate(null, NOW)).toBeNull();
  });
});

describe('dates a machine wrote', () => {
  it('keeps an ISO instant with the offset the page wrote, so its day is the page’s day', () => {
    expect(parseMachineDate('2025-07-08T08:12:00+02:00', 'json-ld')).toEqual({
      iso: '2025-07-08T08:12:00.000+02:00',
      source: 'json-ld',
      precision: 'instant',
    });
    // Read as UTC this would be 3 May; the page and its readers mean 4 May.
    expect(parseMachineDate('2020-05-04T06:00+07:00', 'meta')?.iso.slice(0, 10)).toBe('2020-05-04');
    expect(parseMachineDate('2020-05-04 06:00:00 +0700', 'meta')?.iso).toBe('2020-05-04T06:00:00.000+07:00');
    expect(parseMachineDate('2025-07-08T06:12:00Z', 'meta')?.iso).toBe('2025-07-08T06:12:00.000Z');
  });

  it('reads the other forms CMSs write: RFC 2822, compact days, epoch seconds', () => {
    expect(parseMachineDate('Mon, 04 May 2020 23:30:00 -0400', 'meta')?.iso).toBe('2020-05-04T23:30:00.000-04:00');
    expect(parseMachineDate('20200504', 'meta')).toEqual({ iso: '2020-05-04', source: 'meta', precision: 'day' });
    expect(parseMachineDate('2020/05/04', 'meta')?.iso).toBe('2020-05-04');
    expect(parseMachineDate('1588550400', 'meta')?.iso).toBe('2020-05-04T00:00:00.000Z');
    // A malformed instant still gives its day.
    expect(parseMachineDate('2025-12-17UTC07:30:00+00:00', 'meta')).toEqual({
      iso: '2025-12-17',
      source: 'meta',
      precision: 'day',
    });
  });

  it('keeps only the day of a time written without a zone: no zone is invented', () => {
    expect(parseMachineDate('2020-05-04T23:30:00', 'time')).toEqual({
      iso: '2020-05-04',
      source: 'time',
      precision: 'day',
    });
  });

  it('keeps a bare day a day, without inventing a time zone', () => {
    expect(parseMachineDate('2025-07-08', 'meta')).toEqual({ iso: '2025-07-08', source: 'meta', precision: 'day' });
  });

  it('gives nothing for garbage', () => {
    expect(parseMachineDate('last Tuesday-ish', 'meta')).toBeNull();
    expect(parseMachineDate('2020-02-30', 'meta')).toBeNull();
    expect(parseMachineDate('2020-05-04T25:00:00Z', 'meta')).toBeNull();
    expect(parseMachineDate(undefined, 'meta')).toBeNull();
  });
});

describe('dates shown in the popup', () => {
  const day = { iso: '2025-07-08', source: 'visible-text', precision: 'day' } as const;

  it('writes the date the way the reader’s locale does', () => {
    expect(formatArticleDate(day, 'en-GB')).toBe('8 Jul 2025');
    expect(formatArticleDate(day, 'en-US')).toBe('Jul 8, 2025');
    expect(formatArticleDate(day, 'de-DE')).toBe('8. Juli 2025');
  });

  it('never moves a day to the day before west of Greenwich', () => {
    expect(formatArticleDate(day, 'en-GB', 'America/Los_Angeles')).toBe('8 Jul 2025');
  });

  it('shows an instant in the reader’s time zone', () => {
    const instant = { iso: '2025-07-08T23:30:00.000Z', source: 'json-ld', precision: 'instant' } as const;
    expect(formatArticleDate(instant, 'en-GB', 'UTC')).toBe('8 Jul 2025');
    expect(formatArticleDate(instant, 'en-GB', 'Asia/Tokyo')).toBe('9 Jul 2025');
  });

  it('gives a relative hint in words', () => {
    expect(relativeToNow(day, NOW, 'en')).toBe('4 days ago');
    expect(relativeToNow({ ...day, iso: '2025-07-11' }, NOW, 'en')).toBe('yesterday');
    expect(relativeToNow({ iso: '2025-07-12T06:30:00.000Z', source: 'time', precision: 'instant' }, NOW, 'en')).toBe(
      '3 hours ago',
    );
    expect(relativeToNow({ ...day, iso: '2025-03-01' }, NOW, 'en')).toBe('4 months ago');
    expect(relativeToNow({ ...day, iso: '2022-09-26' }, NOW, 'en')).toBe('2 years ago');
  });
});
