import { type HeaderItem, readArticleHeader } from '../extract/article-header';
import { squash } from '../extract/dom-kinds';
import type { SiteFields } from '../extract/site-adapter';
import { HTTP_URL, resolveUrl, siteOf } from '../url';
import {
  authorCardName,
  datelineName,
  handleName,
  headerByline,
  lineBylines,
  looseBylineAuthors,
  type NameSource,
  readBylineAuthors,
  shownAsPerson,
  sidebarAuthor,
  signOffName,
  splitAuthors,
} from './authors';
import { firstValid } from './first-valid';
import type { JsonLdArticle } from './json-ld';
import type { MetaTags } from './meta-tags';
import { fullOwnerName, possessiveOwner } from './site-owner';
import { agreedHeadline, headlineText, withoutDateline, withoutSiteName } from './title';

/** What Readability found on its own, used last: its guesses are the least specific. */
export interface ReadabilityHints {
  title: string | null;
  byline: string | null;
  siteName: string | null;
}

export interface Identity {
  title: string | null;
  /** Every author, in the order the page gives them. */
  authors: string[];
  site: string | null;
  canonicalUrl: string;
  leadImage: string | null;
  /** The lines and times of the article's header, beside its headline, for dates and bylines. */
  header: HeaderItem[];
  /** The page has a headline that agrees with its titles. */
  hasHeadline: boolean;
}

/** A meta author that is a profile URL (Facebook's `article:author`) names nobody. */
const notUrl = (value: string | null): string | null => (value && !/^https?:\/\//i.test(value) ? value : null);

/**
 * The page's language: `<html lang>`, JSON-LD `inLanguage`, then meta tags. (Readability's own
 * guess is `<html lang>` too, so it adds nothing.) Read once: dates in words are parsed in it.
 */
export function readLanguage(doc: Document, meta: MetaTags, jsonLd: JsonLdArticle | null): string | null {
  return firstValid(
    doc.documentElement?.getAttribute('lang'),
    jsonLd?.inLanguage,
    meta.get('og:locale', 'language', 'content-language'),
  );
}

/** A site name without a tagline: "Take The Magic Step® | to a Healthy Lifestyle" is "Take The Magic Step®". */
const withoutTagline = (name: string | null): string | null =>
  name ? squash(name.split(/\s+[|–—·•»]\s+|\s+-\s+|:\s+/)[0]) || name : null;

/** Meta tags that name an author. */
const AUTHOR_META = [
  'author',
  'article:author',
  'parsely-author',
  'dc.creator',
  'dcterms.creator',
  'sailthru.author',
  'byl',
];

/**
 * The authors of a paper as its Highwire Press tags list them, one `citation_author` per person
 * in the paper's order (what Google Scholar reads; journals, preprint servers and repositories
 * write them). A comma inverts a name: "Mahindru, Aditya" is Aditya Mahindru.
 */
function citationAuthors(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('meta[name="citation_author" i][content]'), (meta) => {
    const name = squash(meta.getAttribute('content') ?? '');
    const parts = name.split(/\s*,\s*/);
    return parts.length === 2 && parts[1] ? `${parts[1]} ${parts[0]}` : name;
  }).filter(Boolean);
}

/** The name of the summary card's "Written by" field (`twitter:label2` "Written by", `twitter:data2` the name). */
function writtenBy(meta: MetaTags): string | null {
  for (const n of [1, 2, 3, 4]) {
    if (/^(written by|author)$/i.test(meta.get(`twitter:label${n}`) ?? '')) return meta.get(`twitter:data${n}`);
  }
  return null;
}

/** What the identity is read from: the live page, its metadata, the adapter's and Readability's findings. */
export interface IdentitySources {
  doc: Document;
  meta: MetaTags;
  url: string;
  site: SiteFields | null;
  jsonLd: JsonLdArticle | null;
  readability: ReadabilityHints | null;
  /** The page's own `<article>` (`mainArticle`), if it has one. */
  article: Element | null;
}

/**
 * Title, authors, site, canonical URL and lead image, each as a fallback chain from the
 * most specific source to the least: the site adapter, the page's headline, JSON-LD, meta tags,
 * the visible byline, Readability, the URL.
 * - title: the adapter's headline, else the H1 that agrees with the metadata titles, else the
 *   metadata title without the site's name or tagline;
 * - authors: people's names only, in order: the adapter's byline, JSON-LD and meta authors that
 *   are people (not the publication itself), the visible byline, then an organisation when that
 *   is what the page names as author, then the login name it credits ("Posted by infuy");
 * - site: the publication's own name (adapter, `og:site_name`, JSON-LD publisher), without a
 *   tagline; the host name only when nothing better exists.
 */
export function readIdentity({ doc, meta, url, site, jsonLd, readability, article }: IdentitySources): Identity {
  const canonicalUrl =
    resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url, HTTP_URL) ??
    resolveUrl(meta.get('og:url'), url, HTTP_URL) ??
    url;
  const host = siteOf(canonicalUrl);
  const siteName = firstValid(
    site?.site,
    withoutTagline(meta.get('og:site_name')),
    withoutTagline(jsonLd?.publisher ?? null),
    withoutTagline(meta.get('application-name')),
    readability?.siteName,
    host,
  );
  const ogTitle = meta.get('og:title', 'twitter:title');
  // Each title the page gives is a witness of its headline: Open Graph's and the Twitter card's
  // may differ (a headline rewritten for sharing), and the headline shown may follow either.
  const metaTitles = [jsonLd?.headline, ogTitle, meta.get('twitter:title'), doc.title, readability?.title].filter(
    (t): t is string => !!t,
  );
  const clean = (title: string | null | undefined) => (title ? withoutSiteName(title, siteName, host) : null);
  const { headline, header } = readArticleHeader(doc, site?.title ? [site.title] : metaTitles, siteName);
  const title = firstValid(
    site?.title,
    clean(
      headline &&
        agreedHeadline(withoutDateline(headlineText(headline)), metaTitles, (t) => withoutSiteName(t, siteName, host)),
    ),
    clean(ogTitle),
    clean(jsonLd?.headline),
    clean(readability?.title),
    clean(doc.title),
  );
  return {
    title,
    authors: readAuthors(doc, article, meta, site, jsonLd, readability, siteName, host, header),
    header,
    hasHeadline: headline !== null,
    site: siteName,
    canonicalUrl,
    leadImage:
      resolveUrl(jsonLd?.image, canonicalUrl, HTTP_URL) ??
      resolveUrl(meta.get('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), canonicalUrl, HTTP_URL),
  };
}

/** The article's authors: see `readIdentity`. */
function readAuthors(
  doc: Document,
  article: Element | null,
  meta: MetaTags,
  site: SiteFields | null,
  jsonLd: JsonLdArticle | null,
  readability: ReadabilityHints | null,
  siteName: string | null,
  host: string | null,
  header: HeaderItem[],
): string[] {
  if (site?.authors.length) return site.authors;
  const publication = [siteName, jsonLd?.publisher, ...(jsonLd?.organisationAuthors ?? [])].map((name) =>
    name?.toLowerCase(),
  );
  const people = (names: string[], source: NameSource = 'structured') =>
    names.flatMap((n) => splitAuthors(n, source)).filter((name) => !publication.includes(name.toLowerCase()));
  // A meta author that is also the page's generator credits whoever built the site, not the piece.
  const generator = meta.get('generator');
  const metaNames = [...AUTHOR_META.map((key) => meta.get(key)), writtenBy(meta)]
    .map(notUrl)
    .filter((n): n is string => !!n && n !== generator);
  // The article element first; a byline above it (in the page's header band) is read from the whole page.
  const regions = [article, doc.body].filter((el): el is Element => el !== null);
  const inRegions = (read: (region: Element) => string[]) =>
    regions.reduce<string[]>((found, region) => (found.length ? found : read(region)), []);
  // A name the page's metadata gives is the author when the page shows it. One it never shows is
  // the account that posted the piece ("Luke Daigle" above "By: Paul Fenaroli", "TurboTaxLisa"):
  // the first name the page shows, in the sources' order, is taken instead, when there is one. (The
  // body's text holds its scripts too: a name written only in a JSON-LD block there counts as shown,
  // and the metadata's reading stands, as it did before this rule.)
  let pageText: string | undefined;
  const shown = (names: string[]) => {
    pageText ??= (doc.body?.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
    return names.some((name) => pageText?.includes(name.toLowerCase()));
  };
  const isReviewer = (name: string) => {
    const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?:reviewed|checked|edited|verified)\\s+by:?\\s+${escaped}`).test(pageText ?? '');
  };
  let unshown: string[] | null = null;
  // Each source is read only when those before it named no one the page shows: the byline scan walks the page.
  for (const [i, read] of [
    () => people(jsonLd?.authors ?? []),
    () => people(metaNames.slice(0, 1)),
    () => people(citationAuthors(doc).slice(0, 12), 'field'),
    () => inRegions(readBylineAuthors),
    () => people(headerByline(header), 'byline'),
    () => people(datelineName(header, shownAsPerson(doc))),
    () => people(inRegions(looseBylineAuthors)),
    () => people(inRegions(lineBylines)),
    () => people(inRegions(signOffName), 'field'),
  ].entries()) {
    const named = read();
    if (!named.length) continue;
    // Only the metadata's names (JSON-LD, meta tags) can go unshown: the other sources read the page.
    if (i < 2 && !shown(named)) {
      unshown ??= named;
      continue;
    }
    // The page's reviewer ("Reviewed by: Brian Stormont") is no stand-in for the metadata's author.
    if (unshown && named.every(isReviewer)) continue;
    // "Brett" on Brett Larkin's own site is Brett Larkin.
    const full = named.length === 1 ? fullOwnerName(named[0], host, siteName) : null;
    return full ? [full] : named;
  }
  if (unshown) return unshown;
  // The owner of "Colin Watson's blog", when the page names no one else.
  const owner = possessiveOwner(siteName);
  if (owner) return [owner];
  // An organisation is the author when that is all the page says ("EcoFlow", "Cleveland Clinic").
  const organisation = firstValid(jsonLd?.authors[0], metaNames[0]);
  if (organisation) {
    const named = splitAuthors(organisation, 'structured').slice(0, 1);
    if (named.length) return named;
  }
  // Then the login name the page credits ("Posted by infuy").
  const handle = firstValid(...[jsonLd?.authors[0], metaNames[0], headerByline(header)[0]].map(handleName));
  if (handle) return [handle];
  // Then the name an author card opens with, then Readability's guess.
  const carded = people(inRegions(authorCardName));
  if (carded.length) return carded;
  const beside = doc.body ? people(sidebarAuthor(doc.body)) : [];
  if (beside.length) return beside;
  return readability?.byline && readability.byline !== generator ? splitAuthors(readability.byline) : [];
}
