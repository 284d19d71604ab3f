/** Where a date was read from, most trustworthy first. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'visible-text';

/**
 * A date with its provenance. `iso` is a full instant (`2025-07-08T06:12:00.000Z`) when the page
 * gives one, or a calendar day (`2025-07-08`) when it only shows a day or a relative phrase.
 */
export interface ArticleDate {
  iso: string;
  source: DateSource;
  precision: 'instant' | 'day';
}

/** One heading of the article body, at the level the author gave it (2 = H2, 3 = H3, …). */
export interface Section {
  level: number;
  title: string;
  /** The labels of the section's "Label: explanation" bullets ("Conduit to Hamas"), in order. */
  points: string[];
}

export interface Article {
  isArticle: true;
  url: string;
  canonicalUrl: string;
  title: string;
  /** The authors joined with ", ", or null when the page names none. */
  author: string | null;
  authors: string[];
  site: string | null;
  published: ArticleDate | null;
  updated: ArticleDate | null;
  readingTimeMinutes: number;
  /** Where the reading time came from: the page's own "N min read", or our word count. */
  readingTimeSource: 'page' | 'word-count';
  language: string | null;
  /** The article's lead image (JSON-LD, then `og:image`), absolute; null when none. */
  leadImage: string | null;
  wordCount: number;
  /** Plain text, one block (paragraph, heading, list item) per line, blank line between blocks. */
  text: string;
  /** The body as HTML built from an allowlist of tags and attributes: safe by construction. */
  html: string;
  sections: Section[];
}

export interface NotArticle {
  isArticle: false;
  url: string;
  title: string | null;
  /** One plain sentence a reader can act on. */
  reason: string;
}

export type ExtractResult = Article | NotArticle;

/** What every core step receives besides the document: nothing is read from globals. */
export interface ExtractContext {
  /** The page's address as the browser reports it (or as given on the command line). */
  url: string;
  /** The capture time: relative dates ("4 days ago") resolve against it. */
  now: Date;
}
