import type { HeaderItem } from '../extract/article-header';
import type { SiteFields } from '../extract/site-adapter';
import type { JsonLdArticle } from '../metadata/json-ld';
import type { MetaTags } from '../metadata/meta-tags';
import type { ArticleDate } from '../types';
import { inZone, momentOf, parseMachineDate } from './machine-date';
import {
  afterUpdateLabel,
  bylineText,
  findLabelledDates,
  type LabelledDates,
  microdataDate,
  originalNote,
  spacedWords,
  splitLabel,
} from './page-dates';
import { findDateIn, parseVisibleDate, shownZone } from './parse-date';
import { urlDate } from './url-date';

export interface ArticleDates {
  published: ArticleDate | null;
  updated: ArticleDate | null;
}

/** Before this, no article was on the web as readers meet it: CMS placeholders (0001-01-01, 1970) are not dates. */
const EARLIEST = '1995-01-01';
const DAY_MS = 86_400_000;
/** Clocks and time zones disagree by hours, never by more than a day. */
const FUTURE_SLACK_MS = DAY_MS;

/** Meta names for the publication date, most specific first (Open Graph, Parse.ly, Dublin Core, Highwire, …). */
const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'datePublished',
  'parsely-pub-date',
  'sailthru.date',
  'dcterms.created',
  'dcterms.issued',
  'dcterms.date',
  'dc.date.issued',
  'dc.date.created',
  'dc.date',
  'citation_publication_date',
  'citation_online_date',
  'citation_date',
  'prism.publicationdate',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'published-date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'date',
  'created',
];
/** Any other meta name that says "published" ("w-published-date", "published", "pub_date"), never an update's. */
const PUBLISHED_NAME =
  /^(?:[\w.:]*[-_.:])?(?:publish(?:ed)?|pub)(?:[-_.:]?(?:date|time|on|at))?$|^(?:[\w.:]*[-_.:])?date[-_.:]?published$/;
const UPDATED_META = [
  'article:modified_time',
  'og:updated_time',
  'og:modified_time',
  'article:modified',
  'dateModified',
  'dcterms.modified',
  'dc.date.modified',
  'modified',
  'lastmod',
  'last-modified',
  'updated_time',
];

/** Everything the date chains read from. */
export interface DateSources {
  doc: Document;
  meta: MetaTags;
  now: Date;
  /** The page's address, whose path may hold the day (`/2020/05/04/`). */
  url: string;
  site: SiteFields | null;
  jsonLd: JsonLdArticle | null;
  /** The article's header beside its headline (`readHeader`): its dates are the article's. */
  header: HeaderItem[];
  /** The page's `<article>`, if it has one: the article's part of the page. */
  article: Element | null;
  /** The page's language, for visible dates in words ("2. Okt. 2022"). */
  language: string | null;
  /** The authors the page names: the date beside a byline is the article's. */
  authors: string[];
}

/**
 * Published and updated dates, each the first plausible one of a chain of sources, machine-written
 * first: JSON-LD, meta tags, microdata, the platform adapter, then what the article's header shows
 * (`<time datetime>`, then a visible date beside the headline), labelled text anywhere in the
 * article ("Updated: Jan 31", "Veröffentlicht am 2. Okt. 2022"), and last the day in the URL.
 * Dates are read only from the article's part of the page, never from related-post cards,
 * comments or sidebars. A date before 1995 or after the capture time (plus a day) is a
 * placeholder or an error and is passed over; an updated date that is not after the published
 * one is no update and is dropped.
 */
export function readArticleDates(sources: DateSources): ArticleDates {
  const { doc, meta, now, site, jsonLd, article, language } = sources;
  const region = article ?? doc.body;
  const latest = now.getTime() + FUTURE_SLACK_MS;
  const plausible = (date: ArticleDate | null) =>
    date && date.iso.slice(0, 10) >= EARLIEST && momentOf(date) <= latest ? date : null;
  const first = (...readers: Array<() => ArticleDate | null>) => {
    for (const read of readers) {
      const date = plausible(read());
      if (date) return date;
    }
    return null;
  };
  // A machine field in words ("March 11, 2026") is read as written; a relative one ("today") is no date.
  const machine = (value: string | null | undefined, source: ArticleDate['source']) => {
    const date =
      parseMachineDate(value, source) ?? (value && /[a-z]{3}/i.test(value) ? findDateIn(value, now, language) : null);
    return date && { ...date, source };
  };
  const visible = (text: string | null | undefined) => parseVisibleDate(text, now, language);
  const metaReaders = (keys: string[]) => keys.map((key) => () => machine(meta.get(key), 'meta'));

  // Each scan is made once, and only when every source before it came up empty.
  let header: HeaderDate[] | undefined;
  const headerDates = (kind: 'published' | 'updated') => () => {
    header ??= labelHeader(sources.header, now, language);
    // A day shown with its year first: "Open Until July 31" in a teaser is a deadline, "Jul 21, 2017" the date.
    const ofKind = header.filter((d) => d.kind === kind && plausible(d.date));
    return (ofKind.find((d) => d.yearShown) ?? ofKind[0])?.date ?? null;
  };
  let labelled: LabelledDates | undefined;
  const labels = () => (labelled ??= region ? findLabelledDates(region) : { published: null, updated: null });

  const machinePublished = first(
    () => machine(jsonLd?.datePublished, 'json-ld'),
    ...metaReaders(PUBLISHED_META),
    () => machine(meta.find(PUBLISHED_NAME), 'meta'),
    () => machine(microdataDate(doc, 'datePublished'), 'meta'),
    () => machine(site?.publishedIso, 'time'),
  );
  const shownPublished = () =>
    first(
      // The note may follow the article's element ("This article was originally published on …").
      () => (doc.body ? findDateIn(originalNote(doc.body) ?? '', now, language) : null),
      () => visible(site?.publishedText),
      headerDates('published'),
      () => visible(labels().published),
      () => bylineDate(region, sources.authors[0], now, language),
    );
  const fromUrl = () => plausible(urlDate(sources.url));
  // The zone the header writes its times in ("9:07 pm EST"): the page's clock, read once.
  let zone: number | null | undefined;
  const pageZone = (): number | null => {
    if (zone === undefined) {
      const lines = sources.header.flatMap((item) => ('line' in item ? [item.line] : []));
      zone = lines.map((line) => shownZone(line, now, language)).find((offset) => offset !== null) ?? null;
    }
    return zone;
  };
  const published = orderedByUrl(
    onPageClock(pageDay(machinePublished, shownPublished, fromUrl, pageZone), pageZone),
    fromUrl,
  );
  let updated = first(
    () => machine(jsonLd?.dateModified, 'json-ld'),
    ...metaReaders(UPDATED_META),
    () => machine(microdataDate(doc, 'dateModified'), 'meta'),
    () => visible(site?.updatedText),
    headerDates('updated'),
    () => visible(labels().updated),
  );
  updated = onPageClock(updated, pageZone);
  if (updated && published && !isAfter(updated, published)) updated = null;
  return { published, updated };
}

/**
 * The publication date on the page's own calendar. A machine instant written in UTC (`Z`) does
 * not say which day the page's readers saw: 02:41Z on 19 December is the evening of the 18th in
 * New York. A permalink's day (`/2025/12/18/`) is written by the site in its own time zone when it
 * publishes, so when it is one day off such an instant, it is the day; unless the header names
 * the zone of its times, and `onPageClock` puts the instant on that clock. A publication day the
 * page shows before the machine's day is the date ("Nov 18" beside 02:41Z on the 19th, or beside
 * a rebuild's time): the reader sees it, on the site's calendar. Without a machine date, the
 * shown date, then the URL's.
 */
function pageDay(
  machine: ArticleDate | null,
  shown: () => ArticleDate | null,
  fromUrl: () => ArticleDate | null,
  pageZone: () => number | null,
): ArticleDate | null {
  if (!machine) return shown() ?? fromUrl();
  // A shown publication day earlier than the machine's is the page's day: a day earlier, the
  // machine wrote its instant in UTC or with a wrong offset (02:41Z on the 19th is the evening of
  // the 18th in New York); more, a republication's or a rebuild's time went into `datePublished`.
  // (A later one is not taken: it may be an unlabelled update, or a day shown without its year.)
  const seen = shown();
  if (seen && seen.iso.slice(0, 10) < machine.iso.slice(0, 10)) return seen;
  if (machine.precision !== 'instant' || !machine.iso.endsWith('Z') || pageZone() !== null) return machine;
  const day = fromUrl();
  if (!day) return machine;
  const apart = Math.abs(Date.parse(day.iso) - Date.parse(machine.iso.slice(0, 10)));
  return apart === DAY_MS ? day : machine;
}

/**
 * A shown day read in the wrong order: "03/10/2023" read as 10 March on a page whose address says
 * `/2023/october/03/`. When the day and the month swapped give exactly the address's day, the
 * address settles which order the page writes.
 */
function orderedByUrl(date: ArticleDate | null, fromUrl: () => ArticleDate | null): ArticleDate | null {
  if (date?.source !== 'visible-text' || date.precision !== 'day') return date;
  const [year, month, day] = date.iso.split('-');
  if (month === day || Number(day) > 12) return date;
  const url = fromUrl();
  return url?.iso === `${year}-${day}-${month}` ? { ...date, iso: url.iso } : date;
}

/**
 * A `<time>`'s day as its text shows it: `datetime="2026-02-24T04:13Z"` written "February 23,
 * 2026" is the evening of the 23rd where the site is. A UTC instant does not say the page's day;
 * the text beside it, one day apart, does. Any other text leaves the machine date as it is.
 */
function shownDay(machine: ArticleDate | null, readShown: () => ArticleDate | null): ArticleDate | null {
  if (machine?.precision !== 'instant' || !machine.iso.endsWith('Z')) return machine;
  // The text is parsed only for a UTC instant: the others already say the page's day.
  const shown = readShown();
  if (shown?.precision !== 'day') return machine;
  const apart = Math.abs(Date.parse(shown.iso) - Date.parse(machine.iso.slice(0, 10)));
  return apart === DAY_MS ? { ...shown, source: 'time' } : machine;
}

/** The date the byline shows beside the author's name, unless a label before or after the name says it is an update. */
function bylineDate(
  region: Element | null,
  author: string | undefined,
  now: Date,
  language: string | null,
): ArticleDate | null {
  if (!region || !author) return null;
  const text = bylineText(region, author);
  if (!text) return null;
  const at = text.indexOf(author);
  const { label, rest } = splitLabel(text.slice(at + author.length).trim());
  // "Last updated March 3, 2025 by Erik Demaine": the label before the name says it too.
  if (label === 'updated' || splitLabel(text.slice(0, at).trim()).label === 'updated') return null;
  return findDateIn(rest, now, language) ?? findDateIn(text, now, language);
}

/**
 * A UTC instant on the page's own clock, when the page's header writes its times in a named zone
 * ("Updated 12:24 am EST, Wednesday, November 20, 2019"): 02:07Z on the 20th is 9:07 pm on the
 * 19th there, the day its readers saw. Other dates are as they were.
 */
function onPageClock(date: ArticleDate | null, pageZone: () => number | null): ArticleDate | null {
  if (date?.precision !== 'instant' || !date.iso.endsWith('Z')) return date;
  const offset = pageZone();
  return offset ? { ...date, iso: inZone(Date.parse(date.iso), offset) } : date;
}

/** Is `later` after `earlier`? Days compare as days, instants as instants. */
function isAfter(later: ArticleDate, earlier: ArticleDate): boolean {
  if (later.precision === 'day' || earlier.precision === 'day')
    return later.iso.slice(0, 10) > earlier.iso.slice(0, 10);
  return momentOf(later) > momentOf(earlier);
}

/** A date of the article's header, with what its label says it is. */
interface HeaderDate {
  kind: 'published' | 'updated';
  date: ArticleDate | null;
  /** Written with its year (or by machine), not a day and month whose year was guessed. */
  yearShown: boolean;
}

/**
 * The header's dates, each with its kind: a date is an update when a label ("Updated",
 * "Last updated:", "Aktualisiert am") opens its line or stands alone just before it; otherwise
 * it is the publication date. `<time datetime>` values are read as machine dates.
 */
function labelHeader(items: HeaderItem[], now: Date, language: string | null): HeaderDate[] {
  const dates: HeaderDate[] = [];
  let pending: 'published' | 'updated' | null = null;
  for (const [i, item] of items.entries()) {
    if ('datetime' in item) {
      const next = items[i + 1];
      const shown = () => (next && 'line' in next ? findDateIn(next.line, now, language) : null);
      const date = shownDay(parseMachineDate(item.datetime, 'time'), shown);
      // "<time datetime=…>Updated November 11, 2022</time>": the time's own text names its kind. A
      // label with no date after it ("<time …></time> Updated <time …>") is the next date's.
      const own = next && 'line' in next ? splitLabel(next.line) : null;
      const ownLabel = own?.label && findDateIn(own.rest, now, language) ? own.label : null;
      dates.push({ kind: pending ?? ownLabel ?? 'published', date, yearShown: true });
      continue;
    }
    const line = spacedWords(item.line);
    let { label, rest } = splitLabel(line);
    // A label after a name on the same line ("Jonathan Jones Last Updated Nov 6, 2025") is the date's.
    const updatedPart = label ? null : afterUpdateLabel(line);
    if (updatedPart !== null && findDateIn(updatedPart, now, language)) {
      label = 'updated';
      rest = updatedPart;
    }
    // A sentence of the text is past the header: its dates are events ("The tax season ends April 15, 2025.").
    const date = (label || !isSentence(rest)) && !isDayRange(rest) ? findDateIn(rest, now, language) : null;
    if (date) {
      dates.push({ kind: label ?? pending ?? 'published', date, yearShown: /\d{4}/.test(rest) });
      pending = null;
    } else if (label) {
      pending = label;
    } else if (!/^(on|am|le|el|em|il|op|:)$/i.test(rest.trim())) {
      pending = null;
    }
  }
  return dates;
}

/**
 * A run of days, "January 6-9, 2026" or "6–9 January": an event's dates, never the day a piece
 * was published.
 */
const isDayRange = (line: string): boolean =>
  /\p{L}{3,}\.?\s+\d{1,2}\s*[-–—]\s*\d{1,2}(?!\d)(?![-/.]\d)|(?<![\d./-])\d{1,2}\s*[-–—]\s*\d{1,2}\.?\s+\p{L}{3,}/u.test(
    line,
  );

/**
 * A line of prose, where a dateline is a few words: a dozen words or more ending as a sentence
 * ends, or a run of twenty words or more (a piece of a sentence cut by a link).
 */
const isSentence = (line: string): boolean => {
  const words = line.split(/\s+/).length;
  return words >= 20 || (words >= 12 && /[.!?]["”’)]?$/.test(line));
};
