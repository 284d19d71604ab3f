import type { MetaTags } from '../metadata/meta-tags';

/**
 * What a site adapter knows better than generic extraction, read from the site's own markers.
 * Every field but `content` may be null: the generic metadata chain fills what an adapter lacks.
 */
export interface SiteFields {
  title: string | null;
  author: string | null;
  /** The visible date texts, unresolved ("4 days ago", "Jan 31"). */
  publishedText: string | null;
  updatedText: string | null;
  /** The page's own reading time ("6 min read"), in minutes. */
  readingTimeMinutes: number | null;
  /** The element that holds exactly the article body. */
  content: Element;
}

export interface SiteAdapter {
  name: string;
  /**
   * Reads the page (a clone, which the adapter may trim) or says no. `meta` is the page's meta
   * tags, so that an adapter can say no at once to a page of another platform.
   */
  extract(doc: Document, meta: MetaTags): SiteFields | null;
}
