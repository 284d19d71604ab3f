import type { SiteFields } from '../extract/site-adapter';
import type { JsonLdArticle } from '../metadata/json-ld';
import { metaContent } from '../metadata/meta-tags';
import type { ArticleDate } from '../types';
import { parseMachineDate, parseVisibleDate } from './parse-date';

export interface ArticleDates {
  published: ArticleDate | null;
  updated: ArticleDate | null;
}

/** The first date a chain of readers yields. */
const firstDate = (...readers: Array<() => ArticleDate | null>): ArticleDate | null => {
  for (const read of readers) {
    const date = read();
    if (date) return date;
  }
  return null;
};

/** Comparable key: days compare on their day, instants on their instant. */
const sortKey = (a: ArticleDate, b: ArticleDate): [string, string] =>
  a.precision === 'day' || b.precision === 'day' ? [a.iso.slice(0, 10), b.iso.slice(0, 10)] : [a.iso, b.iso];

/**
 * Published and updated dates. Machine-written dates win over visible text (a visible Wix date is
 * rendered in the site's time zone and may be a day off the JSON-LD instant). `<time datetime>` is
 * read only inside the article body's container, never from related-post cards or comments.
 * An updated date that is not after the published one is no update and is dropped.
 */
export function readArticleDates(
  doc: Document,
  now: Date,
  site: SiteFields | null,
  jsonLd: JsonLdArticle | null,
  articleRoot: Element | null,
): ArticleDates {
  const published = firstDate(
    () => parseMachineDate(jsonLd?.datePublished, 'json-ld'),
    () => parseMachineDate(metaContent(doc, 'article:published_time', 'og:published_time', 'datePublished', 'parsely-pub-date', 'dc.date', 'DC.date'), 'meta'),
    () => parseVisibleDate(site?.publishedText, now),
    () => parseMachineDate(articleRoot?.querySelector('time[datetime]')?.getAttribute('datetime'), 'time'),
  );
  let updated = firstDate(
    () => parseMachineDate(jsonLd?.dateModified, 'json-ld'),
    () => parseMachineDate(metaContent(doc, 'article:modified_time', 'og:updated_time', 'dateModified'), 'meta'),
    () => parseVisibleDate(site?.updatedText, now),
  );
  if (updated && published) {
    const [u, p] = sortKey(updated, published);
    if (u <= p) updated = null;
  }
  return { published, updated };
}
