import type { ArticleDates } from '../dates/article-dates';
import { articleAddress } from '../library/article-address';
import type { JsonLdArticle } from '../metadata/json-ld';
import type { MetaTags } from '../metadata/meta-tags';
import { textIn } from './dom-kinds';

/**
 * What a page says of its own kind, as numbers the article test weighs (`page-kind.ts`). Every
 * feature is something a reader would also go by: the page calls itself an article or a product,
 * it shows a byline and a date beside a headline, its text is prose or a list of links, its
 * address is a post's or a shop's.
 */
export interface PageEvidence {
  /** JSON-LD says Article, NewsArticle, BlogPosting, … */
  jsonLdArticle: number;
  /** `og:type` is `article`. */
  ogArticle: number;
  /** A date a reader sees: beside the headline, in a `<time>`, or labelled "Published". */
  visibleDate: number;
  /** A byline names someone. */
  author: number;
  /** The page has a headline that agrees with its titles. */
  headline: number;
  /** A platform adapter recognised a post. */
  platformPost: number;
  /** Product markup: Product or Offer (JSON-LD or microdata), `og:type` product, "Add to cart". */
  product: number;
  /**
   * Markup calls the page a WebPage and nothing on it an article: SEO plugins mark a site's
   * pages so (services, pricing, about), and its posts as Article or BlogPosting.
   */
  webPageOnly: number;
  /** Forum markup: DiscussionForumPosting or QAPage (JSON-LD or microdata). */
  forum: number;
  /** Listing markup: CollectionPage, ItemList or SearchResultsPage (JSON-LD or microdata), several `<article>` cards. */
  listing: number;
  /** A documentation generator or documentation markup (TechArticle, "Edit this page"). */
  docs: number;
  /** The address's path names a post (`/blog/`, `/news/`, `/2024/05/`). */
  urlPost: number;
  /** The address's path names a shop, a listing, a forum, docs or a service (`/products/`, `/category/`, `/docs/`, a forum's `viewtopic.php`). */
  urlOther: number;
  /**
   * The site's front page: its address says so, or its canonical link does and its address is no
   * post's (a front page served as `/home.html`; but a post whose template gives every page the
   * front page's canonical keeps its own `/blog/post/…`).
   */
  siteRoot: number;
  /** log2 of the body's word count. */
  logWords: number;
  /** Share of the body's text inside links. */
  linkDensity: number;
  /** Share of the body's text in paragraphs (`<p>`), rather than lists, tables and cells. */
  paragraphShare: number;
  /** log2 of the number of `<time>` elements and distinct written dates on the whole page: a thread or a listing shows many. */
  logDates: number;
  /**
   * Share of the body's text in headings: a landing page's and a documentation index's blocks are
   * a heading and a line or two each.
   */
  headingShare: number;
  /** Words in the address's last segment: a post's slug says what it is about ("how-to-rent-a-car"). */
  slugWords: number;
  /** Share of the page's text in code (`<pre>`, `<code>`): documentation. */
  codeShare: number;
  /** log2 of the number of buttons: shops, services and landing pages ask the reader to act. */
  buttons: number;
  /** Pagination (`rel="next"`, a pager): listings and threads run over pages. */
  pagination: number;
  /** A link to an author's page (`/author/…`, `rel="author"`). */
  authorLink: number;
  /** A telephone link. */
  phoneLink: number;
  /** log2 of the number of links in menus and sidebars. */
  menuLinks: number;
  /** log2 of the number of text fields: forms of services, searches and replies. */
  inputs: number;
  /** Share of the body's text in paragraphs of 200 characters or more: running prose, not a page of blurbs. */
  longParagraphShare: number;
  /** log2 of the mean length, in characters, of the body's paragraphs. */
  meanParagraph: number;
  /** Share of the body's headings that are links: the cards of a listing. */
  linkedHeadings: number;
  /**
   * log2 of the title's width, in Latin characters (a Han, kana or Hangul character counts two):
   * a headline says what happened or what the piece is about; a site's page has a label ("Pricing").
   */
  titleWidth: number;
  /** A link that shares the page (Facebook, X, LinkedIn, WhatsApp, Telegram, e-mail): posts are shared, services are not. */
  shareLinks: number;
}

/** Dates as pages write them in their text: "Sep 15, 2025", "15 September 2025", "2025-09-15", "15.09.2025". */
const WRITTEN_DATE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b/gi;

const PRODUCT_TYPES = /^(Product|ProductGroup|Offer|AggregateOffer|IndividualProduct|Car|SoftwareApplication)$/;
const FORUM_TYPES = /^(DiscussionForumPosting|QAPage)$/;
/** Article, NewsArticle, BlogPosting, SocialMediaPosting, Report, …: schema.org's article types. */
const ARTICLE_TYPES = /Article$|Posting$|^Report$/;
const LISTING_TYPES = /^(CollectionPage|ItemList|SearchResultsPage)$/;
const DOCS_GENERATOR =
  /docusaurus|sphinx|mkdocs|gitbook|vitepress|docsy|jekyll-theme-just-the-docs|readthedocs|antora|mintlify|nextra|starlight/i;
const URL_POST =
  /\/(blog|blogs|news|article|articles|post|posts|story|stories|insights?|magazine|opinion|features?|column|columns|editorial|analysis|press-releases?|notes|essays?|newsletter|p)\/|\/(19|20)\d{2}\/\d{1,2}\//i;
const URL_OTHER =
  /\/(products?|shop|store|collections?|category|categories|tags?|forums?|threads?|questions?|topics?|community|docs?|documentation|manual|reference|api|kb|help|support|faq|pricing|plans|services?|solutions|features\/pricing|catalog|catalogue|search|c|t|dp|item|items|discussions?)(\/|$)|\/(viewtopic|showthread|viewthread)\.php/i;

/** A front page's path: `/`, `/index.html`. */
const isRoot = (path: string): boolean => /^\/?(index\.\w+)?$/.test(path);

/**
 * The reader is on a site's front page: a web address whose path is the root, with no query or
 * fragment that picks a post (WordPress's `/?p=123`, a script's `/#/post/…`); campaign tags and
 * click ids pick nothing. A file or a page with no address is not one.
 */
export function isFrontPageAddress(url: string): boolean {
  try {
    const { hash } = new URL(url);
    const { protocol, pathname, search } = new URL(articleAddress(url));
    return /^https?:$/.test(protocol) && isRoot(pathname) && !search && hash.length <= 1;
  } catch {
    return false;
  }
}

/** The path of an address, or `/` when it is not one (a page with no address gives no path evidence). */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
}

/** Every schema.org type the page names: each `@type` in its JSON-LD, each microdata `itemtype`. */
function schemaTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    for (const match of (script.textContent ?? '').matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const type of match[1].replace(/[[\]"\s]/g, '').split(',')) if (type) types.add(type);
    }
  }
  // Microdata: `itemtype="https://schema.org/QAPage"` (several types may share one attribute).
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    for (const type of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = type.split('/').at(-1);
      if (name) types.add(name);
    }
  }
  return types;
}

const some = (types: Set<string>, pattern: RegExp): number => ([...types].some((t) => pattern.test(t)) ? 1 : 0);

/** The words of a slug: "how-to-rent-a-car.html" has five; numbers and ids do not count. */
const slugWords = (path: string): number =>
  (path.split('/').filter(Boolean).at(-1) ?? '')
    .replace(/\.\w+$/, '')
    .split(/[-_+]|%20/)
    .filter((word) => word && !/^\d+$/.test(word)).length;

const BUTTONS = 'button, a[class*="btn" i], a[class*="button" i], input[type="submit"]';
const PAGINATION = 'link[rel="next"], link[rel="prev"], [class*="pagination"]';
const AUTHOR_LINK = 'a[href*="/author/"], a[href*="/authors/"], a[rel="author"]';
const MENU_LINKS = 'nav a, aside a, [role="navigation"] a';
const TEXT_FIELDS = 'input[type="text"], input[type="email"], input[type="tel"], input:not([type]), textarea, select';

/** The share endpoints of the networks and messengers that share bars link to. */
const SHARE_LINKS = [
  'facebook.com/sharer',
  'twitter.com/intent',
  'x.com/intent',
  'linkedin.com/share',
  'pinterest.com/pin/create',
  'reddit.com/submit',
  'wa.me/?',
  'api.whatsapp.com/send',
  't.me/share',
]
  .map((endpoint) => `a[href*="${endpoint}"]`)
  .concat('a[href^="whatsapp:"]', 'a[href^="mailto:?"]')
  .join(', ');

/** A paragraph this long (some 35 English words) is running prose. */
const LONG_PARAGRAPH = 200;

/** How the body's text falls into paragraphs: long ones are prose, short ones blurbs and captions. */
function paragraphShape(content: Element, textLength: number) {
  const lengths = Array.from(content.querySelectorAll('p'))
    .map((p) => (p.textContent ?? '').trim().length)
    .filter((n) => n > 0);
  const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
  return {
    longParagraphShare: Math.min(1, sum(lengths.filter((n) => n >= LONG_PARAGRAPH)) / textLength),
    meanParagraph: Math.log2(1 + (lengths.length ? sum(lengths) / lengths.length : 0)),
  };
}

function linkedHeadings(content: Element): number {
  const headings = Array.from(content.querySelectorAll('h2, h3, h4'));
  const linked = headings.filter((h) => h.querySelector('a') || h.closest('a')).length;
  return headings.length ? linked / headings.length : 0;
}

/** A text's width in Latin characters: a Han, kana or Hangul character says about as much as two. */
const width = (text: string): number =>
  text.length + (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0);

/** What the article test reads, from the page, its body and what the other steps found. */
export interface EvidenceSources {
  doc: Document;
  meta: MetaTags;
  jsonLd: JsonLdArticle | null;
  /** The address the reader is on. */
  url: string;
  /** The page's canonical address, which may differ. */
  canonicalUrl: string;
  content: Element;
  wordCount: number;
  dates: ArticleDates;
  authors: string[];
  headline: boolean;
  platformPost: boolean;
  title: string | null;
}

/** The page's evidence of its kind (see `PageEvidence`). */
export function readPageEvidence(s: EvidenceSources): PageEvidence {
  const types = schemaTypes(s.doc);
  const ogType = (s.meta.get('og:type') ?? '').toLowerCase();
  const path = pathOf(s.url);
  const urlPost = URL_POST.test(`${path}/`) ? 1 : 0;
  const text = s.content.textContent ?? '';
  const textLength = Math.max(1, text.length);
  const body = s.doc.body;
  const bodyText = body?.textContent ?? '';
  const pageText = Math.max(1, bodyText.length - (body ? textIn(body, 'script, style, noscript, template') : 0));
  const count = (selector: string) => s.doc.querySelectorAll(selector).length;
  const source = s.dates.published?.source;
  const dates = new Set(bodyText.match(WRITTEN_DATE) ?? []).size + s.doc.querySelectorAll('time').length;
  return {
    jsonLdArticle: s.jsonLd?.kind === 'article' ? 1 : 0,
    ogArticle: ogType === 'article' ? 1 : 0,
    visibleDate: source === 'time' || source === 'visible-text' ? 1 : 0,
    author: s.authors.length ? 1 : 0,
    headline: s.headline ? 1 : 0,
    platformPost: s.platformPost ? 1 : 0,
    product:
      some(types, PRODUCT_TYPES) ||
      ogType.startsWith('product') ||
      /add to (cart|bag|basket)|in den warenkorb|ajouter au panier|añadir al carrito/i.test(bodyText)
        ? 1
        : 0,
    forum: some(types, FORUM_TYPES),
    webPageOnly: types.has('WebPage') && !some(types, ARTICLE_TYPES) ? 1 : 0,
    listing: some(types, LISTING_TYPES) || s.doc.querySelectorAll('article').length >= 3 ? 1 : 0,
    docs:
      DOCS_GENERATOR.test(s.meta.get('generator') ?? '') ||
      types.has('TechArticle') ||
      /\bedit this page\b/i.test(bodyText)
        ? 1
        : 0,
    urlPost,
    urlOther: URL_OTHER.test(path) ? 1 : 0,
    siteRoot: isFrontPageAddress(s.url) || (isFrontPageAddress(s.canonicalUrl) && !urlPost) ? 1 : 0,
    logWords: Math.log2(1 + s.wordCount),
    linkDensity: textIn(s.content, 'a') / textLength,
    paragraphShare: Math.min(1, textIn(s.content, 'p') / textLength),
    logDates: Math.log2(1 + dates),
    headingShare: Math.min(1, textIn(s.content, 'h1, h2, h3, h4, h5, h6') / textLength),
    slugWords: Math.min(12, slugWords(path)),
    codeShare: body ? Math.min(1, textIn(body, 'pre, code') / pageText) : 0,
    buttons: Math.log2(1 + count(BUTTONS)),
    pagination: count(PAGINATION) ? 1 : 0,
    authorLink: count(AUTHOR_LINK) ? 1 : 0,
    phoneLink: count('a[href^="tel:"]') ? 1 : 0,
    menuLinks: Math.log2(1 + count(MENU_LINKS)),
    inputs: Math.log2(1 + count(TEXT_FIELDS)),
    ...paragraphShape(s.content, textLength),
    linkedHeadings: linkedHeadings(s.content),
    titleWidth: Math.log2(1 + width(s.title ?? '')),
    shareLinks: count(SHARE_LINKS) ? 1 : 0,
  };
}
