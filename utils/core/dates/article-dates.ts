import type { SiteFields } from '../extract/site-adapter';
import type { JsonLdArticle } from '../metadata/json-ld';
import type { MetaTags } from '../metadata/meta-tags';
import type { ArticleDate } from '../types';
import { parseMachineDate, parseVisibleDate } from './parse-date';

export interface ArticleDates {
  published: ArticleDate | null;
  updated: ArticleDate | null;
}

/** Before this, no article was on the web: CMS placeholders such as 0001-01-01 are not dates. */
const EARLIEST = '1991-01-01';
/** Clocks and time zones disagree by hours, never by more than a day. */
const FUTURE_SLACK_MS = 86_400_000;

/** The first plausible date a chain of readers yields: not before the web, not after capture. */
function firstDate(now: Date, ...readers: Array<() => ArticleDate | null>): ArticleDate | null {
  const latest = new Date(now.getTime() + FUTURE_SLACK_MS).toISOString();
  for (const read of readers) {
    const date = read();
    if (date && date.iso >= EARLIEST && date.iso <= latest) return date;
  }
  return null;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'parsely-pub-date',
  'dc.date',
  'DC.date',
];
const UPDATED_META = ['article:modified_time', 'og:updated_time', 'dateModified'];

/** One reader per meta key, so that a placeholder in one key falls through to the next. */
const metaReaders = (meta: MetaTags, keys: string[]) =>
  keys.map((key) => () => parseMachineDate(meta.get(key), 'meta'));

/** Comparable key: days compare on their day, instants on their instant. */
const sortKey = (a: ArticleDate, b: ArticleDate): [string, string] =>
  a.precision === 'day' || b.precision === 'day' ? [a.iso.slice(0, 10), b.iso.slice(0, 10)] : [a.iso, b.iso];

/**
 * Published and updated dates. Machine-written dates win over visible text (a visible Wix date is
 * rendered in the site's time zone and may be a day off the JSON-LD instant). `<time datetime>` is
 * read only inside the article body's container, never from related-post cards or comments.
 * A date before 1991 or after the capture time is a placeholder or an error, and is passed over.
 * An updated date that is not after the published one is no update and is dropped.
 */
export function readArticleDates(
  meta: MetaTags,
  now: Date,
  site: SiteFields | null,
  jsonLd: JsonLdArticle | null,
  articleRoot: Element | null,
): ArticleDates {
  const published = firstDate(
    now,
    () => parseMachineDate(jsonLd?.datePublished, 'json-ld'),
    ...metaReaders(meta, PUBLISHED_META),
    () => parseVisibleDate(site?.publishedText, now),
    () => parseMachineDate(articleRoot?.querySelector('time[datetime]')?.getAttribute('datetime'), 'time'),
  );
  let updated = firstDate(
    now,
    () => parseMachineDate(jsonLd?.dateModified, 'json-ld'),
    ...metaReaders(meta, UPDATED_META),
    () => parseVisibleDate(site?.updatedText, now),
  );
  if (updated && published) {
    const [u, p] = sortKey(updated, published);
    if (u <= p) updated = null;
  }
  return { published, updated };
}
