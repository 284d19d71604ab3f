import { wordOverlap } from '../text/word-overlap';
import { climbsTo, ELEMENT_NODE, namesWords, shownText, squash, TEXT_NODE, tagOf, textIn } from './dom-kinds';
import { SKIP, STOP, walkTree } from './walk-tree';

/** Parts of a page whose dates belong to other pages or to readers, not to the article. */
const FOREIGN_WORDS = new Set([
  'comment',
  'comments',
  'related',
  'recommended',
  'popular',
  'trending',
  'sidebar',
  'footer',
  'widget',
  'recent',
  'archive',
  'archives',
  'calendar',
  'reply',
  'replies',
  'breadcrumb',
  'breadcrumbs',
  'menu',
  'nav',
  'navigation',
  'promo',
  'newsletter',
  // A photo's caption and credit: their dates and names are the photo's ("Sunday, Nov. 17, 2019").
  'caption',
  'captions',
]);
const CAPTION_WORDS = new Set(['caption', 'captions']);
const FOREIGN_TAGS = new Set([
  'aside',
  'footer',
  'nav',
  'script',
  'style',
  'noscript',
  'template',
  'select',
  'form',
  'figcaption',
]);

/**
 * The page's own `<article>`: the one holding more text than all the others beside it together.
 * Cards of related posts, reviews and comments are also written as `<article>`, in sets of
 * like size, and come first on some pages; a page of such sets alone has no article of its own.
 */
export function mainArticle(doc: Document): Element | null {
  const articles = Array.from(doc.querySelectorAll('article')).map((el) => ({
    el,
    length: el.textContent?.length ?? 0,
  }));
  const best = articles.reduce<(typeof articles)[number] | null>((a, b) => (!a || b.length > a.length ? b : a), null);
  if (!best) return null;
  const others = articles
    .filter(({ el }) => !best.el.contains(el) && !el.contains(best.el))
    .reduce((sum, { length }) => sum + length, 0);
  return best.length > others ? best.el : null;
}

/**
 * Is `el` (or a parent below `region`) a comment, a related story, a sidebar, a menu? A caller
 * that asks of many elements of a page it does not change passes `known`, the answers so far for
 * their shared parents.
 */
export const isForeign = (el: Element, region: Element | null, known?: Map<Element, boolean>): boolean =>
  climbsTo(el, region, isForeignElement, known);

/** Characters of text below which a link-free `<aside>` is a margin note of the article. */
const SHORT_ASIDE = 80;

/** Containers of the page's main content, never foreign whatever their classes say ("offset-nav"). */
const CONTENT_TAGS = new Set(['main', 'article', 'body']);

/**
 * Classes a page builder gives every block it lays out ("elementor-widget-heading",
 * "wp-block-group", "et_pb_sidebar_0", HubSpot's "widget-type-blog_content"): they name the
 * block's type in the builder, not what the block holds, so a headline in an Elementor "widget"
 * is no sidebar widget.
 */
const BUILDER_BLOCK =
  /^(?:elementor|e-con|wp-block|et_pb|fl-|vc_|sqs-block|brxe|uagb|kb-|ct-|oxy-|widget-span|widget-type-)/i;

/** A class that places an element beside a menu or a sidebar ("under-menu", "has-sidebar"), not in one. */
const BESIDE = /(?:^|[-_])(?:under|over|below|above|after|before|with|has|no|without|beside|next)[-_]/i;

/**
 * The length of each document's body text, read once: the measure of "most of the page". Script
 * and style text is no text a reader sees, and some pages carry more of it than of prose.
 */
const pageLengths = new WeakMap<Document, number>();
const pageLength = (doc: Document): number => {
  const known = pageLengths.get(doc);
  if (known !== undefined) return known;
  const length = doc.body ? (doc.body.textContent?.length ?? 0) - textIn(doc.body, 'script, style') : 0;
  pageLengths.set(doc, length);
  return length;
};

/**
 * Is this element itself a comment thread, a related-stories box, a sidebar, a menu? Utility
 * classes with a variant or a value (`md:[grid-area:sidebar]`, `lg:nav-open`) style a layout and
 * say nothing of what an element holds, so they are not read. Nor is a class on an element that
 * holds most of the page's text ("under-menu", "has-sidebar"): that element is the page.
 */
function isForeignElement(el: Element): boolean {
  const tag = tagOf(el);
  if (CONTENT_TAGS.has(tag)) return false;
  // An aside of a few words, no heading and no links is the article's margin ("<aside><time>June
  // 6, 2021</time></aside>"), not a sidebar ("<aside><h3>Related</h3>…").
  if (tag === 'aside' && (el.textContent?.length ?? 0) < SHORT_ASIDE && !el.querySelector('a, h1, h2, h3, h4, h5, h6'))
    return false;
  // An article's own <footer> holds its byline and date ("By Tariqul Ayan · March 30, 2023"); the page's does not.
  const articleFooter = tag === 'footer' && el.parentElement?.closest('article') != null;
  if (FOREIGN_TAGS.has(tag) && !articleFooter) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .split(/\s+/)
    .filter((token) => !/[:[(/]/.test(token) && !BUILDER_BLOCK.test(token) && !BESIDE.test(token))
    // A BEM modifier says how a block is laid out, not what it is: "m-article--sidebar-right" is an article.
    .map((token) => token.replace(/--.*$/, ''));
  const foreign = namesWords(names.join(' ')).filter((w) => FOREIGN_WORDS.has(w));
  if (!foreign.length) return false;
  // A caption holds no headline: "content-header__caption-style--default" styles the captions
  // inside an article's header.
  if (foreign.every((w) => CAPTION_WORDS.has(w)) && el.querySelector('h1, h2')) return false;
  return (el.textContent?.length ?? 0) * 2 < pageLength(el.ownerDocument);
}

/**
 * What the article's header shows, in reading order: its short lines of text and the `datetime`
 * of its `<time>` elements, so that a label ("Updated") is read with the date that follows it.
 */
export type HeaderItem = { line: string } | { datetime: string };

/** How much text after the headline is the article's header: byline, dateline, reading time. */
const AFTER_CHARS = 700;
/** Lines just above the headline (a kicker with a date) that still belong to it. */
const BEFORE_LINES = 4;
/** A line longer than this is body prose, where the header has ended. */
const PROSE_CHARS = 240;

/** A headline longer than this is body text in a heading, not a headline. */
const MAX_HEADLINE = 300;
/** How well a heading must agree with the metadata titles to be taken for the headline. */
const AGREEMENT = 0.5;
/** How much the page's one H1 must share with the titles to win over an H2 below it that repeats one. */
const SOLE_H1_AGREEMENT = 0.25;
/** How closely a heading below H2 must repeat a title to be the headline: all but a site's name. */
const MINOR_AGREEMENT = 0.85;

/**
 * The article's headline element: the H1 (or, on pages whose H1 is the site's logo, the H2)
 * outside menus, sidebars and comments that best agrees with the page's titles (the adapter's
 * headline, or JSON-LD `headline`, `og:title`, `<title>`); an H1 that reads as the site's name is
 * passed over, and an H2 gives way to the page's one H1 above it on the same subject. Without
 * agreement, the H1 the page's microdata marks as its headline, a lesser heading that all
 * but repeats a title, then the only H1 of the page when it reads as a headline (three words or
 * more). Null when there is none.
 */
export function findHeadline(body: Element, titles: string[], siteName: string | null): Element | null {
  const site = siteName?.toLowerCase() ?? '';
  // Answers kept for shared ancestors: a page may hold thousands of headings.
  const foreign = new Map<Element, boolean>();
  const headings = Array.from(body.querySelectorAll('h1, h2'))
    .filter((h) => !isForeign(h, body, foreign))
    .map((el) => ({ el, level: tagOf(el), text: squash(shownText(el)) }))
    .filter((h) => h.text && h.text.length <= MAX_HEADLINE && h.text.toLowerCase() !== site);
  const agreement = (text: string) => Math.max(0, ...titles.map((t) => wordOverlap(text, t)));
  let best: (typeof headings)[number] | null = null;
  let bestScore = AGREEMENT;
  for (const heading of headings) {
    // An H2 must agree better than any H1 to be the headline: H1 is the headline's tag.
    const score = agreement(heading.text) - (heading.level === 'h2' ? 0.1 : 0);
    if (score > bestScore || (score === bestScore && !best)) {
      best = heading;
      bestScore = score;
    }
  }
  const h1s = headings.filter((h) => h.level === 'h1');
  // The page's one H1, when it reads as a headline (three words or more).
  const only = new Set(h1s.map((h) => h.text)).size === 1 && h1s[0].text.split(/\s+/).length >= 3 ? h1s[0] : null;
  // An H2 that repeats the metadata's title below the page's one H1 is a section of the article
  // ("The 8 Best Online Learning Platforms" under "Everything You Need to Know About Online
  // Classes"): the H1 above it, on the same subject and no logo, is the headline the reader sees.
  const above = best?.level === 'h2' && only && precedes(only.el, best.el) && !linksHome(only.el);
  if (above && agreement(only.text) >= SOLE_H1_AGREEMENT) return only.el;
  if (best) return best.el;
  // A headline the page's microdata marks as such ("<h1 itemprop="headline">"), however its
  // titles were rewritten for search and sharing.
  const marked = h1s.find((h) => h.el.matches('[itemprop~="headline"]'));
  if (marked) return marked.el;
  // Some templates set the headline in a lesser heading ("<h4>Homestead gardening makes …</h4>"):
  // one that all but repeats a title is the headline, whatever its level.
  const minor = Array.from(body.querySelectorAll('h3, h4, h5, h6')).find((el) => {
    const text = squash(shownText(el));
    return text.split(' ').length >= 4 && agreement(text) >= MINOR_AGREEMENT && !isForeign(el, body, foreign);
  });
  if (minor) return minor;
  return only?.el ?? null;
}

/** Does `el` hold, or sit in, a link to the site's front page, as a logo does? */
function linksHome(el: Element): boolean {
  const link = el.closest('a[href]') ?? el.querySelector('a[href]');
  const href = link?.getAttribute('href') ?? '';
  return /^(?:\/|(?:https?:)?\/\/[^/]+\/?)$/.test(href);
}

/** Does `a` come before `b` in the document? */
const precedes = (a: Element, b: Element): boolean =>
  (a.compareDocumentPosition(b) & 4) /* Node.DOCUMENT_POSITION_FOLLOWING */ !== 0;

/**
 * The article's header, for its dates and byline: the `<time datetime>` values and short text lines found
 * in document order from a few lines above the headline to about 700 characters after it,
 * stopping at the first paragraph of prose; comments, related stories, sidebars and menus
 * are passed over. This is where readers look for when a piece was published: never the
 * related posts, comments or footers further down.
 */
export function readHeader(region: Element, headline: Element): HeaderItem[] {
  // The last few items before the headline, then everything up to the header's end.
  let before: HeaderItem[] = [];
  const after: HeaderItem[] = [];
  let inHeader = false;
  let afterChars = 0;
  let done = false;
  let standfirstSeen = false;
  walkTree(region, (node) => {
    if (done) return STOP;
    if (node === headline) {
      // A headline may hold its own date ("<h1><time>Dec 18 2025</time> Preparing a transition</h1>").
      for (const time of Array.from(headline.querySelectorAll('time[datetime]')))
        after.push({ datetime: time.getAttribute('datetime') ?? '' });
      inHeader = true;
      return SKIP;
    }
    if (node.nodeType === TEXT_NODE) {
      const line = squash(node.nodeValue ?? '');
      if (!line) return SKIP;
      if (!inHeader) {
        before = [...before.slice(1 - BEFORE_LINES), { line }];
      } else if (line.length > PROSE_CHARS) {
        // The first text under the headline may be its standfirst, with the byline below it;
        // prose anywhere else is the body, where the header has ended.
        done = afterChars > 0 || standfirstSeen;
        standfirstSeen = true;
      } else {
        after.push({ line });
        afterChars += line.length;
        done = afterChars > AFTER_CHARS;
      }
      return SKIP;
    }
    if (node.nodeType !== ELEMENT_NODE) return SKIP;
    const el = node as Element;
    if (isForeignElement(el)) return SKIP;
    const datetime = tagOf(el) === 'time' ? el.getAttribute('datetime') : null;
    if (datetime) (inHeader ? after : before).push({ datetime });
    return undefined;
  });
  return [...after, ...before];
}

/** The page's headline (`findHeadline`) and its header (`readHeader`), or nothing without a headline. */
export function readArticleHeader(
  doc: Document,
  titles: string[],
  siteName: string | null,
): { headline: Element | null; header: HeaderItem[] } {
  const headline = doc.body ? findHeadline(doc.body, titles, siteName) : null;
  return { headline, header: headline && doc.body ? readHeader(doc.body, headline) : [] };
}
