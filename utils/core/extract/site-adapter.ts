import type { MetaTags } from '../metadata/meta-tags';

/**
 * What a site or platform adapter knows better than generic extraction, read from the platform's
 * own markers. Every field may be empty: the generic chains (JSON-LD, meta tags, Readability)
 * fill what an adapter lacks, and an adapter that leaves `content` null lets Readability find the
 * body in the clone it has trimmed of the platform's furniture.
 */
export interface SiteFields {
  /** The adapter's name ("wix", "substack"), for tests and debugging. */
  platform: string;
  /** The post's own headline as the platform renders it. */
  title: string | null;
  /** The standfirst under the headline, when the platform marks one. */
  subtitle: string | null;
  /** The byline's people, in order, each a name only ("Jane Doe", not "By Jane Doe"). */
  authors: string[];
  /** The publication's own name, as the platform shows it ("The Sustainability Letter"). */
  site: string | null;
  /** The visible date texts, unresolved ("4 days ago", "Jan 31", "Sep 15, 2025"). */
  publishedText: string | null;
  updatedText: string | null;
  /** A machine-written date in the platform's own markup (`<time datetime>` of the byline). */
  publishedIso: string | null;
  /** The page's own reading time ("6 min read"), in minutes. */
  readingTimeMinutes: number | null;
  /** The element that holds exactly the article body, or null to let Readability find it. */
  content: Element | null;
}

export interface SiteAdapter {
  name: string;
  /**
   * Reads the page (a clone, which the adapter may trim of furniture) or says no. `meta` is the
   * page's meta tags, so that an adapter can say no at once to a page of another platform. An
   * adapter recognises its platform by generator tags or markup, never by domain.
   */
  extract(doc: Document, meta: MetaTags): SiteFields | null;
}

/** A SiteFields with nothing known, for adapters to fill in what they read. */
export const noSiteFields = (platform: string): SiteFields => ({
  platform,
  title: null,
  subtitle: null,
  authors: [],
  site: null,
  publishedText: null,
  updatedText: null,
  publishedIso: null,
  readingTimeMinutes: null,
  content: null,
});
