import { SKIP, STOP, walkTree } from './walk-tree';

/** A set of tag names written as one white-space-separated list. */
export const tagSet = (names: string): Set<string> => new Set(names.trim().split(/\s+/));

/** Elements whose content is never article text: code, forms, embeds and controls. */
const SKIPPED_TAGS = tagSet(`
  script style noscript template svg iframe object embed canvas
  button form input select textarea video audio
`);

/** Elements that start a new block of text. */
export const BLOCK_TAGS = tagSet(`
  address article aside blockquote dd div dl dt figcaption figure footer header hr li main nav
  ol p pre section table tr td th ul br h1 h2 h3 h4 h5 h6
`);

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Lower-case tag name; DOM implementations disagree on case for non-HTML documents. */
export const tagOf = (el: Element): string => el.tagName.toLowerCase();

/** Content a reader never sees as text: skipped tags and what the page hides from assistive tech. */
export const isSkipped = (el: Element): boolean =>
  SKIPPED_TAGS.has(tagOf(el)) || el.getAttribute('aria-hidden') === 'true';

/** Collapse runs of white space (including non-breaking spaces) to one space and trim. */
export const squash = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Does `el`, or an ancestor below `stop`, pass `test`? Pass `known` when asking of many elements
 * of a page that does not change: the answer is kept for every element climbed, so that lines
 * nested hundreds of levels deep do not each climb to the root again.
 */
export function climbsTo(
  el: Element,
  stop: Element | null,
  test: (node: Element) => boolean,
  known?: Map<Element, boolean>,
): boolean {
  const climbed: Element[] = [];
  let found = false;
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    const answer = known?.get(node);
    if (answer !== undefined) {
      found = answer;
      break;
    }
    climbed.push(node);
    if (test(node)) {
      found = true;
      break;
    }
  }
  // Each climbed element passes exactly when the climb ended on a pass at or above it.
  for (const node of climbed) known?.set(node, found);
  return found;
}

/** Does `el`'s text (its `textContent`) hold more than `limit` words? Reads no further than the word past the limit. */
export function hasMoreWords(el: Element, limit: number): boolean {
  let words = 0;
  let inWord = false;
  walkTree(el, (node) => {
    if (node.nodeType === ELEMENT_NODE) return undefined;
    if (node.nodeType !== TEXT_NODE && node.nodeType !== CDATA_NODE) return SKIP;
    const value = node.nodeValue ?? '';
    const run = /[^\s\u00a0]+/g;
    for (let match = run.exec(value); match; match = run.exec(value)) {
      // A word that goes on from the last text node is the same word.
      if (!(match.index === 0 && inWord)) words += 1;
      if (words > limit) return STOP;
    }
    if (value) inWord = /[^\s\u00a0]$/.test(value);
    return SKIP;
  });
  return words > limit;
}

/**
 * The words of an element's class and id, split at `-`, `_` and camelCase humps and lower-cased:
 * "share-bar relatedLinks" gives share, bar, related, links.
 */
export const classWords = (el: Element): string[] =>
  namesWords(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);

/** The words of class or id names, split at `-`, `_` and camelCase humps and lower-cased. */
export const namesWords = (names: string): string[] =>
  names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);

/** Elements whose text is code the page runs or styles with, never words it shows. */
export const CODE_TAGS = 'script, style, noscript, template';

/**
 * An element's text as the page shows it: without the text of scripts and styles inside it (a
 * CSS-in-JS page sets a `<style>` inside its headline). Otherwise as `textContent`, unspaced.
 */
export function shownText(el: Element): string {
  if (!el.querySelector(CODE_TAGS)) return el.textContent ?? '';
  const parts: string[] = [];
  walkTree(el, (node) => {
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    return node.nodeType === ELEMENT_NODE && !(node as Element).matches(CODE_TAGS) ? undefined : SKIP;
  });
  return parts.join('');
}

/** An element's text with a space at every element boundary: bylines glue spans together ("Jane DoeApril 8, 2024"). */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  walkTree(el, (node) => {
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    return node.nodeType === ELEMENT_NODE && !isSkipped(node as Element) ? undefined : SKIP;
  });
  return squash(parts.join(' '));
}

/** Text length of `el` inside elements matching `selector`. */
export const textIn = (el: Element, selector: string): number =>
  Array.from(el.querySelectorAll(selector)).reduce((sum, child) => sum + (child.textContent?.length ?? 0), 0);
