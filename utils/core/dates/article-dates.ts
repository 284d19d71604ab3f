import type { SiteFields } from '../extract/site-adapter';
import type { JsonLdArticle } from '../metadata/json-ld';
import type { MetaTags } from '../metadata/meta-tags';
import type { ArticleDate } from '../types';
import { findLabelledDates, firstOwnTime, type LabelledDates, microdataDate } from './page-dates';
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
  'sailthru.date',
  'dcterms.created',
  'dcterms.issued',
  'dc.date.issued',
  'dc.date',
  'pubdate',
  'publish-date',
];
const UPDATED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'dcterms.modified', 'last-modified'];

/** One reader per meta key, so that a placeholder in one key falls through to the next. */
const metaReaders = (meta: MetaTags, keys: string[]) =>
  keys.map((key) => () => parseMachineDate(meta.get(key), 'meta'));

/** Comparable key: days compare on their day, instants on their instant. */
const sortKey = (a: ArticleDate, b: ArticleDate): [string, string] =>
  a.precision === 'day' || b.precision === 'day' ? [a.iso.slice(0, 10), b.iso.slice(0, 10)] : [a.iso, b.iso];

/** Everything the date chains read from. */
export interface DateSources {
  doc: Document;
  meta: MetaTags;
  now: Date;
  site: SiteFields | null;
  jsonLd: JsonLdArticle | null;
  /** The page's `<article>`, if it has one: `<time>` elements are trusted only inside it. */
  article: Element | null;
  /** The page's language, for visible dates in words ("2. Okt. 2022"). */
  language: string | null;
}

/**
 * Published and updated dates, each from a chain of sources: JSON-LD, meta tags, microdata, the
 * site adapter's visible dates, `<time datetime>`, then labelled visible text ("Updated: Jan 31").
 * Machine-written dates win over visible text (a visible Wix date is rendered in the site's time
 * zone and may be a day off the JSON-LD instant). Dates are read only inside the article's part
 * of the page, never from related-post cards, comments or sidebars.
 * A date before 1991 or after the capture time is a placeholder or an error, and is passed over.
 * An updated date that is not after the published one is no update and is dropped.
 */
export function readArticleDates({ doc, meta, now, site, jsonLd, article, language }: DateSources): ArticleDates {
  // Scanned once, and only if every machine-written source came up empty.
  let labelled: LabelledDates | undefined;
  const region = article ?? doc.body;
  const labels = () => (labelled ??= region ? findLabelledDates(region) : { published: null, updated: null });
  const visible = (text: string | null | undefined) => parseVisibleDate(text, now, language);
  const published = firstDate(
    now,
    () => parseMachineDate(jsonLd?.datePublished, 'json-ld'),
    ...metaReaders(meta, PUBLISHED_META),
    () => parseMachineDate(microdataDate(doc, 'datePublished'), 'meta'),
    () => visible(site?.publishedText),
    () => parseMachineDate(article && firstOwnTime(article), 'time'),
    () => visible(labels().published),
  );
  let updated = firstDate(
    now,
    () => parseMachineDate(jsonLd?.dateModified, 'json-ld'),
    ...metaReaders(meta, UPDATED_META),
    () => parseMachineDate(microdataDate(doc, 'dateModified'), 'meta'),
    () => visible(site?.updatedText),
    () => visible(labels().updated),
  );
  if (updated && published) {
    const [u, p] = sortKey(updated, published);
    if (u <= p) updated = null;
  }
  return { published, updated };
}
