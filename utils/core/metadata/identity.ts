import type { SiteFields } from '../extract/site-adapter';
import { HTTP_URL, resolveUrl, siteOf } from '../url';
import { firstValid } from './first-valid';
import type { JsonLdArticle } from './json-ld';
import type { MetaTags } from './meta-tags';

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

/** "Title | Site", "Title - Site", "Title — Site": the site's name is not part of the title. */
function withoutSiteSuffix(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:·•]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  const stripped = title.replace(suffix, '');
  return stripped || title;
}

/** "By Jane Doe" names Jane Doe. */
const withoutBy = (author: string): string | null => firstValid(author.replace(/^by\s+/i, ''));

/**
 * Title, authors, site, canonical URL and lead image, each as a fallback chain from the
 * most specific source to the least: the site adapter, JSON-LD, meta tags, Readability, the URL.
 */
export function readIdentity(
  doc: Document,
  meta: MetaTags,
  url: string,
  site: SiteFields | null,
  jsonLd: JsonLdArticle | null,
  readability: ReadabilityHints | null,
): Identity {
  const canonicalUrl =
    resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url, HTTP_URL) ??
    resolveUrl(meta.get('og:url'), url, HTTP_URL) ??
    url;
  const siteName = firstValid(
    meta.get('og:site_name', 'application-name'),
    jsonLd?.publisher,
    readability?.siteName,
    siteOf(canonicalUrl),
  );
  const title = firstValid(site?.title, readability?.title, jsonLd?.headline, meta.get('og:title'), doc.title);
  // The adapter's byline, else every JSON-LD author, else the first meta tag or Readability's byline.
  const listed = site?.authors.length
    ? site.authors
    : jsonLd?.authors.length
      ? jsonLd.authors
      : [
          firstValid(
            notUrl(
              meta.get(
                'author',
                'article:author',
                'parsely-author',
                'dc.creator',
                'dcterms.creator',
                'sailthru.author',
              ),
            ),
            readability?.byline,
          ),
        ];
  const authors = listed.flatMap((name) => (name ? (withoutBy(name) ?? []) : []));
  return {
    title: withoutSiteSuffix(title, siteName),
    authors: [...new Set(authors)],
    site: siteName,
    canonicalUrl,
    leadImage:
      resolveUrl(jsonLd?.image, canonicalUrl, HTTP_URL) ??
      resolveUrl(meta.get('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), canonicalUrl, HTTP_URL),
  };
}
