import { squash } from '../extract/dom-kinds';
import type { Section } from '../types';

/** Marks the original level on every heading of a page clone before Readability renames them. */
const LEVEL_ATTR = 'data-dossier-level';

/**
 * Records on each H1 that it was one, so the level survives Readability turning H1 into H2.
 * H2–H6 keep their tags through Readability, which renames no other heading.
 */
export function markHeadingLevels(doc: Document): void {
  for (const heading of Array.from(doc.getElementsByTagName('h1'))) heading.setAttribute(LEVEL_ATTR, '1');
}

/** Is `heading` the article's headline: an H1 with no body text before it? */
function isHeadline(heading: Element, level: number, content: Element): boolean {
  if (level !== 1) return false;
  const before = squash(content.textContent ?? '').indexOf(squash(heading.textContent ?? ''));
  return before === 0;
}

/**
 * The outline of an article body: its headings in document order at the level the author chose.
 * The level comes from the mark left by `markHeadingLevels` when there is one (Readability turns
 * H1 into H2), else from the tag. Empty headings and the headline (a repeat of the title, or an
 * H1 that opens the body) are left out: they name the article, not a part of it.
 */
export function readSections(content: Element, title: string | null): Section[] {
  const sections: Section[] = [];
  for (const heading of Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const text = squash(heading.textContent ?? '');
    const level = Number(heading.getAttribute(LEVEL_ATTR) ?? heading.tagName.slice(1));
    if (!text || text === title || isHeadline(heading, level, content)) continue;
    sections.push({ level, title: text });
  }
  return sections;
}
