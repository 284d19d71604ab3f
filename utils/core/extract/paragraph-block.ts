import { isForeign } from './article-header';
import { countWords } from './block-text';

/** A paragraph shorter than this is a caption, a button or a teaser, not running text. */
const MIN_PARAGRAPH_WORDS = 12;
/** Below this much running text on the whole page there is no article to find. */
const MIN_PAGE_WORDS = 120;
/** The block must hold this share of the page's running text to be the article's. */
const SHARE = 0.6;

/**
 * The body where Readability finds none or next to none (script-built pages whose every element
 * carries utility classes, where it picks the footer): the deepest element of `doc` holding most
 * of the page's running text, that is of its paragraphs of a dozen words or more outside menus,
 * sidebars and comments. Null when the page has too little running text or no one block holds it.
 */
export function paragraphBlock(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const held = new Map<Element, number>();
  let total = 0;
  const foreign = new Map<Element, boolean>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const words = countWords(p.textContent ?? '');
    if (words < MIN_PARAGRAPH_WORDS || isForeign(p, body, foreign)) continue;
    total += words;
    for (let el = p.parentElement; el && el !== body; el = el.parentElement) held.set(el, (held.get(el) ?? 0) + words);
  }
  if (total < MIN_PAGE_WORDS) return null;
  // Down from the body, along the child that still holds most of the text.
  let block: Element = body;
  for (;;) {
    const next = Array.from(block.children).find((child) => (held.get(child) ?? 0) >= SHARE * total);
    if (!next) break;
    block = next;
  }
  return block === body ? null : block;
}
