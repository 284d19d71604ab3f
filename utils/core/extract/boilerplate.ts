import { squash } from './dom-kinds';

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
    '^advert(isement)?$',
    '^skip to (main )?content$',
    '^(sign in|log in|subscribe|share|share this( article| story)?)$',
    '^(related|read more|see more|more on this|don.t miss|you may also like|recommended|continue reading)\\b',
    '^this slideshow requires javascript',
    '^image \\d+ of \\d+$',
    '^(published|updated|posted|last updated)\\b[^.]{0,60}\\d',
    '^by [^.]{1,60}( - | \\| |, )[^.]*\\d',
    '(credit|photo|image|picture)s?: [^.]{1,80}$',
    '\\((image|photo|picture)s?: [^)]{1,60}\\)$',
    '\\| getty images$',
  ].join('|'),
  'i',
);

/** Blocks longer than this are prose even if they start like a label. */
const MAX_LABEL_WORDS = 25;

const wordsOfName = (name: string): string[] =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/);

/** Does a class or id name this element as furniture? */
function isNamedFurniture(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && wordsOfName(names).some((word) => FURNITURE_WORDS.has(word));
}

/** A short block whose words are a known call to action, label, caption credit or dateline. */
function isFurnitureText(el: Element): boolean {
  const text = squash(el.textContent ?? '');
  return text !== '' && text.split(' ').length <= MAX_LABEL_WORDS && FURNITURE_TEXT.test(text);
}

const TEXT_BLOCKS = 'p, div, li, span, h2, h3, h4, h5, h6, figure, section, small, time, a, strong, em, b';

/**
 * Removes from an article body (a clone: this mutates) what readers skip and what the article
 * does not say: captions and credits, share bars, "related" and newsletter boxes, bylines and
 * datelines, navigation, comments. An element that holds more than half of the body's text is
 * never removed, whatever its name, so a mislabelled wrapper cannot take the article with it.
 */
export function removeBoilerplate(content: Element): void {
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
    if (isFurnitureText(el)) remove(el);
  }
}
