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
  /** Reads the page (a clone; the adapter may not keep references to the live page) or says no. */
  extract(doc: Document): SiteFields | null;
}
