import type { ArticleDate } from '../types';
import { calendarIso, monthNumber } from './machine-date';

/** `/2020/05/04/`, `/2020-05-04-title`, `/20200504/`: a day in the path, between separators. */
const PATH_DAY = /(?:^|\/)((?:19|20)\d{2})([/-]?)(\d{2})\2(\d{2})(?=$|[/_.-])/;
/** `/2023/october/03/`: blog engines that spell the month out in English. */
const PATH_NAMED_DAY =
  /(?:^|\/)((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(\d{1,2})(?=$|[/_.-])/i;

/**
 * The day a URL's path gives (`/2020/05/04/slug`, `/2023/october/03/slug`), at day precision, or null. A month alone
 * (`/2020/05/slug`) is not a day and gives nothing: a missing date is better than a wrong one.
 */
export function urlDate(url: string): ArticleDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = PATH_DAY.exec(path);
  const named = match ? null : PATH_NAMED_DAY.exec(path);
  const iso = match
    ? calendarIso(Number(match[1]), Number(match[3]), Number(match[4]))
    : named && calendarIso(Number(named[1]), monthNumber(named[2]), Number(named[3]));
  return iso ? { iso, source: 'url', precision: 'day' } : null;
}
