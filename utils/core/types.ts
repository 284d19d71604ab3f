/** Where a date was read from, most trustworthy first. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'visible-text' | 'url';

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

export type ActorKind = 'person' | 'country' | 'organisation' | 'group' | 'place';

/** A person, country, organisation, group or place the article is about. */
export interface Actor {
  /** The fullest name the article uses ("Donald Trump"), or the country's English name. */
  name: string;
  kind: ActorKind;
  /** Other ways the article names it: "Doha", "Qatari"; "President Trump", "Trump". */
  aliases: string[];
  /** How many times the body names it. */
  mentions: number;
  /** Mentions weighted by where they are: the title, the lead and headings count extra. */
  salience: number;
  /** "US envoy", "Israeli Prime Minister", when the article gives one by title or apposition. */
  role: string | null;
}

/** A sentence of the body that asserts something. */
export interface Claim {
  text: string;
  /** The section it is in; null before the first heading. */
  section: string | null;
  /** The actors it names (canonical names), in reading order. */
  actors: string[];
  /** Who the article says asserts it, when it says ("according to X", "X said"). */
  source: string | null;
  hedged: boolean;
  /** The words that soften it ("could", "reportedly", "under serious consideration"). */
  hedgeCues: string[];
  /** It quotes someone directly. */
  quote: boolean;
  /** It holds a figure: a count, a date, a duration, a sum. */
  number: boolean;
  /** One of the top claims, chosen to cover different sections and actors. */
  key: boolean;
}

/** An article as read from its page, before its actors and claims are found. */
export interface PageArticle {
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

export interface Article extends PageArticle {
  /** Who the article is about, most salient first. */
  actors: Actor[];
  /** What it asserts: the key claims first (`key: true`), then the rest by rank. */
  claims: Claim[];
}

/** What a page is, as the article test reads it. */
export type PageKind = 'article' | 'product' | 'listing' | 'forum' | 'documentation' | 'service';

/** Why a page is not outlined: the key of the sentence that says so, in `_locales`. */
export type NotArticleReason =
  | 'tooLarge'
  | 'noMainText'
  | 'tooShort'
  | 'frontPage'
  | `kind_${Exclude<PageKind, 'article'>}`;

export interface NotArticle {
  isArticle: false;
  url: string;
  title: string | null;
  /** One plain sentence a reader can act on, in English (the command line's). */
  reason: string;
  /** The same sentence for the interface, in the reader's language: its message and the numbers in it. */
  reasonKey: NotArticleReason;
  reasonArgs?: number[];
  /** What the page looks like instead, when it has a body but is not an article. */
  pageKind?: Exclude<PageKind, 'article'>;
  /** The page has a body the reader may outline all the same ("Outline anyway"). */
  outlineAnyway?: boolean;
}

export type ExtractResult = Article | NotArticle;
export type PageResult = PageArticle | NotArticle;

/** What every core step receives besides the document: nothing is read from globals. */
export interface ExtractContext {
  /** The page's address as the browser reports it (or as given on the command line). */
  url: string;
  /** The capture time: relative dates ("4 days ago") resolve against it. */
  now: Date;
  /** The reader asked to outline the page although it does not look like an article. */
  outlineAnyway?: boolean;
}
