import { siteOf } from '../url';
import { classWords, hasMoreWords, squash } from './dom-kinds';

/** Page furniture by its markup: captions, navigation, asides, forms and hidden parts. */
const FURNITURE_SELECTOR = [
  'figcaption',
  'nav',
  'aside',
  'footer',
  'form',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[hidden]',
].join(', ');

/**
 * Words in a class or id that name furniture, matched whole between `-`, `_` and camelCase
 * boundaries, so that "share-bar" and "relatedLinks" match but "shareholders" does not.
 */
const FURNITURE_WORDS = new Set(
  `share sharing social related recommended recommendations newsletter subscribe subscription promo
  advert advertisement ad ads sponsor sponsored breadcrumb breadcrumbs byline dateline timestamp
  caption credit credits tags tag comments comment disqus outbrain taboola popular trending signup
  paywall cookie modal author bio`.split(/\s+/),
);

/** Text blocks that are furniture whatever their markup: calls to action and labels. */
const FURNITURE_TEXT = new RegExp(
  [
    // Labels and calls to action.
    '^(advert(isement)?|caption|close|comments?|tags?:?|breaking news|latest news)$',
    '^skip to (main )?content$',
    '^(sign in|log in|subscribe|share|share this( article| story)?)$',
    '^(related|read more|see more|more on this|don.t miss|you may also like|recommended|continue reading)\\b',
    '^(sign up|subscribe)\\b|^get (the|our) [^.]{0,50}\\b(newsletters?|in your inbox)\\b',
    '^want more stories like this',
    '^(post|add|leave|write) (a |your )?(comment|review|reply)|^tell us what you think',
    '^have a tip\\?',
    '^contact( info(rmation)?| us| details)?:?$',
    '^(phone|tel|telephone|mobile|fax|e-?mail)( number| address)?: ',
    '^follow [^.]{1,40} on (twitter|facebook|instagram|youtube|linkedin)',
    '^(this|our) (web)?site uses cookies\\b',
    // Galleries, captions and credits.
    '^this slideshow requires javascript',
    '^image \\d+ of( /)? \\d+$',
    '^\\(?(image |photo |picture )?credits?: ',
    '(^|\\. )(photo|image|picture)s?: [^.]{1,80}$',
    '\\([^()]*\\b(photo|photograph|image|picture)s?\\b[^()]*\\)$',
    '\\| getty images$',
    // Notices.
    '\\bcontributed to this report\\.?$',
    '^(©|copyright\\b)|\\ball rights reserved\\b|\\bcontents of this site are ©',
    '^citation: |^this document is subject to copyright',
  ].join('|'),
  'i',
);

/** Words of a dateline in the languages of Europe's press: a block of nothing else is one. */
const DATE_WORDS = new Set(
  `jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
  august september october november december mon tue wed thu fri sat sun monday tuesday wednesday
  thursday friday saturday sunday am pm at on de del à às um uhr h gmt utc est edt pst pdt cet cest bst
  janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
  segunda terça quarta quinta sexta feira sábado domingo enero febrero marzo mayo junio julio
  septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes janvier février
  mars avril mai juin juillet août septembre octobre novembre décembre januar februar märz juni
  juli oktober dezember gen giu lug ago set ott dic gennaio febbraio aprile maggio giugno luglio
  settembre ottobre dicembre`.split(/\s+/),
);

/** "Updated Nov 19, 9:41 AM", "Published: 10:48, Tue, Nov 19, 2019": a label, then a date or a time. */
const LABELLED_DATE = /^(first |last )?(published|updated|posted)( on| at)?:?\s+(.{1,80})$/i;
/** "By Justine Coleman - 11/18/19 11:04 PM EST": a capitalised name, then a date (not "By 2030, …"). */
const BYLINE_WITH_DATE = /^[Bb][Yy] \p{Lu}[^\d.]{1,60}( - | \| |, )[^.]*\d/u;

/** A dateline, with or without a label, or a byline that carries one. */
function isDatedLine(text: string): boolean {
  if (isDateline(text) || BYLINE_WITH_DATE.test(text)) return true;
  const rest = LABELLED_DATE.exec(text)?.[4];
  return (
    rest !== undefined &&
    (isDateline(rest) || (/\d{1,2}:\d{2}|\b(19|20)\d{2}\b/.test(rest) && rest.split(' ').length <= 12))
  );
}

/** "Tuesday, November 19, 2019 08:38 AM", "segunda-feira, 22 de janeiro de 2018 às 0:13". */
function isDateline(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+|\d+/gu) ?? [];
  return (
    words.length >= 2 &&
    words.length <= 12 &&
    /\d/.test(text) &&
    words.every((w) => /^\d+$/.test(w) || DATE_WORDS.has(w))
  );
}

/** Names that fill share bars: a short block made mostly of them is one. */
const SHARE_WORDS = new Set(
  'facebook twitter whatsapp pinterest pint linkedin reddit email e-mail mail print share tweet telegram copy link baixar compartilhar teilen'.split(
    ' ',
  ),
);

/** What the furniture rules need to know of the page. */
export interface PageContext {
  /** The canonical URL: links to its site are "related" teasers; the URL itself is a share box. */
  url: string;
  /** The article's title: repeated inside the body, it is a gallery's or a share box's. */
  title: string | null;
}

/** Blocks longer than this are prose even if they start like a label. */
const MAX_LABEL_WORDS = 25;

/** Does a class or id name this element as furniture? */
const isNamedFurniture = (el: Element): boolean => classWords(el).some((word) => FURNITURE_WORDS.has(word));

/**
 * Share of an element's text inside links to the page's own site. Teasers for related stories
 * link home; a source, a shop or a document the article cites links elsewhere.
 */
function internalLinkDensity(el: Element, length: number, page: PageContext): number {
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (links.length === 0) return 0;
  const site = siteOf(page.url);
  let linked = 0;
  for (const a of links) {
    if (siteOf(a.getAttribute('href') ?? '', page.url) === site) linked += squash(a.textContent ?? '').length;
  }
  return length ? linked / length : 0;
}

/**
 * A short block that is furniture by its words: a call to action, label, caption credit,
 * dateline, share bar, or a run of links (related stories).
 */
function isFurnitureText(el: Element, page: PageContext): boolean {
  // A box of many elements is a container, not a label: its parts are checked on their own.
  if (el.childElementCount > 8) return false;
  // Counted before the text is read: an element nested hundreds deep would read it all each time.
  if (hasMoreWords(el, MAX_LABEL_WORDS)) return false;
  const text = squash(el.textContent ?? '');
  if (!text) return false;
  const words = text.split(' ');
  if (words.length > MAX_LABEL_WORDS) return false;
  // The headline and the page's own address, repeated inside the body by galleries and share boxes.
  if (text === page.title || text === page.url) return true;
  if (FURNITURE_TEXT.test(text) || isDatedLine(text)) return true;
  // A photo counter ("6") or a bullet: no letters, almost no characters.
  if (text.length <= 4 && !/\p{L}/u.test(text)) return true;
  if (words.length <= 8 && words.filter((w) => SHARE_WORDS.has(w.toLowerCase())).length * 2 >= words.length)
    return true;
  return internalLinkDensity(el, text.length, page) >= 0.8;
}

const TEXT_BLOCKS = 'p, div, li, dd, dt, h2, h3, h4, h5, h6, figure, section, header, blockquote';

/**
 * Removes from an article body (a clone: this mutates) what readers skip and what the article
 * does not say: captions and credits, share bars, "related" and newsletter boxes, bylines and
 * datelines, navigation, comments, teasers linking to the site's other pages. An element that
 * holds more than half of the body's text is never removed, whatever its name, so a mislabelled
 * wrapper cannot take the article with it.
 */
export function removeBoilerplate(content: Element, page: PageContext): void {
  const total = squash(content.textContent ?? '').length;
  const holdsTheArticle = (el: Element) => squash(el.textContent ?? '').length > total / 2;
  const remove = (el: Element) => {
    if (el !== content && content.contains(el) && !holdsTheArticle(el)) el.remove();
  };
  for (const el of Array.from(content.querySelectorAll(FURNITURE_SELECTOR))) remove(el);
  for (const el of Array.from(content.querySelectorAll('[class], [id]'))) {
    if (isNamedFurniture(el)) remove(el);
  }
  for (const el of Array.from(content.querySelectorAll(TEXT_BLOCKS))) {
    if (isFurnitureText(el, page)) remove(el);
  }
}
