import { splitAuthors } from '../metadata/authors';
import { squash } from './dom-kinds';

/** Small readers shared by the platform adapters (substack.ts, ghost.ts, …), so none copies them. */

/** The element's text with white space squashed, or null when it has none. */
export const textOf = (el: Element | null | undefined): string | null =>
  el ? squash(el.textContent ?? '') || null : null;

/** The element's trimmed attribute, or null when it is missing or blank. */
export const attrOf = (el: Element | null | undefined, name: string): string | null =>
  el?.getAttribute(name)?.trim() || null;

/**
 * Removes the platform's furniture (subscribe boxes, share bars, related posts) from `root`.
 * `selectors` is one selector list; a match nested in another match goes with its ancestor.
 */
export function removeFurniture(root: ParentNode, selectors: string): void {
  for (const el of Array.from(root.querySelectorAll(selectors))) el.remove();
}

/** The one element that matches `selector` in `root`, or null when there is none or several. */
export function onlyOne(root: ParentNode, selector: string): Element | null {
  const found = root.querySelectorAll(selector);
  return found.length === 1 ? found[0] : null;
}

/**
 * The classes of `<body>`, where platforms mark their page templates ("single-post", "item-view").
 * Every `<body>` counts, and `doc.body` is not used: when the page's `<body>` is not where linkedom
 * looks for it, its `doc.body` getter adds an empty one to the document and returns that.
 */
export const bodyClasses = (doc: Document): string[] =>
  Array.from(doc.querySelectorAll('body')).flatMap((body) => Array.from(body.classList));

/** Whether `<body>` carries the class `name`. */
export const bodyHas = (doc: Document, name: string): boolean => bodyClasses(doc).includes(name);

/**
 * The people named by `elements` (the platform's own author elements), in order and once each,
 * as `splitAuthors` reads a platform's author field: "Written By Jane Doe" and the screen-reader text "View all posts by Jane Doe" give
 * "Jane Doe"; "Jane Doe, Senior Editor" gives "Jane Doe"; "Linny and Peter" gives two.
 */
export function namesOf(elements: Iterable<Element>): string[] {
  return [...new Set(Array.from(elements).flatMap((el) => splitAuthors(textOf(el) ?? '', 'field')))];
}

/** "6 min read", "7 minutes read", "12 minute read": the minutes, or null. */
export function minutesRead(text: string | null | undefined): number | null {
  const found = text?.match(/(\d+)\s*min(?:ute)?s?\.?\s*read/i);
  return found ? Number(found[1]) : null;
}

/** A byline date text without the reading time themes print beside it ("July 13, 2025 — 7 minutes read"). */
export const withoutReadingTime = (text: string | null): string | null =>
  text?.replace(/\s*[—–·•|,-]?\s*\d+\s*min(?:ute)?s?\.?\s*read.*$/i, '').trim() || null;

/** A byline's date as platforms print it: "Dec 14, 2025", "Feb 24", "September 21, 2025", "3 hrs ago", "Yesterday". */
export const looksLikeDate = (text: string | null): boolean =>
  !!text &&
  (/^[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?$/.test(text) ||
    /^\d+\s*(?:[smhd]|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago$/i.test(text) ||
    /^(?:today|yesterday)$/i.test(text));
