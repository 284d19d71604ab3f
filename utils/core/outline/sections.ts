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
 * The label of a "Label: explanation" bullet ("<li><strong>Conduit to Hamas:</strong> Qatar is…"),
 * or null: the bold run must open the item and a colon must close it, inside or after the bold.
 */
export function bulletLabel(item: Element): string | null {
  const bold = item.querySelector('strong, b');
  if (!bold) return null;
  const boldText = squash(bold.textContent ?? '');
  const label = boldText.replace(/\s*:$/, '');
  const text = squash(item.textContent ?? '');
  if (!label || label.length > 80 || !text.startsWith(label)) return null;
  const rest = text.slice(label.length).trimStart();
  return rest.startsWith(':') && rest.slice(1).trim() ? label : null;
}

/**
 * The outline of an article body: its headings in document order at the level the author chose,
 * each with the labels of its "Label: explanation" bullets as `points`, which flattening to text
 * would lose. The level comes from the mark left by `markHeadingLevels` when there is one
 * (Readability turns H1 into H2), else from the tag. Empty headings and the headline (a repeat of
 * the title, or an H1 that opens the body) are left out: they name the article, not a part of
 * it. Bullets before the first heading belong to no section and are not listed.
 */
export function readSections(content: Element, title: string | null): Section[] {
  const sections: Section[] = [];
  for (const el of Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6, li'))) {
    if (el.tagName.toLowerCase() === 'li') {
      const label = bulletLabel(el);
      if (label) sections.at(-1)?.points.push(label);
      continue;
    }
    const text = squash(el.textContent ?? '');
    const level = Number(el.getAttribute(LEVEL_ATTR) ?? el.tagName.slice(1));
    if (!text || text === title || isHeadline(el, level, content)) continue;
    sections.push({ level, title: text, points: [] });
  }
  return sections;
}
