import { classWords, ELEMENT_NODE, squash, TEXT_NODE } from '../extract/dom-kinds';

/** Labels that introduce a publication or an update date, in the press's main languages. */
const PUBLISHED_LABEL =
  /^(first published|published( on)?|posted( on)?|veröffentlicht( am)?|publié( le)?|publicado( em| el)?|pubblicato( il)?|gepubliceerd( op)?)\s*:?\s*/i;
const UPDATED_LABEL =
  /^(last updated|updated( on)?|last modified|modified|zuletzt aktualisiert|aktualisiert( am)?|mis à jour( le)?|actualizado( el)?|atualizado( em)?|aggiornato( il)?|bijgewerkt( op)?)\s*:?\s*/i;

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
]);

/** Is `el` inside comments, related stories or a sidebar (below `region`)? */
function isForeign(el: Element, region: Element): boolean {
  for (let node: Element | null = el; node && node !== region; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'aside' || tag === 'footer' || classWords(node).some((w) => FOREIGN_WORDS.has(w))) return true;
  }
  return false;
}

/** What a page shows of its dates in words, the label cut off ("Updated: Jan 31" → "Jan 31"). */
export interface LabelledDates {
  published: string | null;
  updated: string | null;
}

/**
 * The article's own labelled dates ("Published 3 March 2025", "Updated: 5 hours ago",
 * "Aktualisiert am 2. Okt. 2022"), found from the text nodes that start with a label, outside
 * comments and related stories. "Updated … ; Posted …" in one line gives both.
 */
export function findLabelledDates(region: Element): LabelledDates {
  const found: LabelledDates = { published: null, updated: null };
  const visit = (node: Node) => {
    if (found.published && found.updated) return;
    if (node.nodeType === TEXT_NODE) {
      const start = squash(node.nodeValue ?? '');
      const label = PUBLISHED_LABEL.exec(start) ?? UPDATED_LABEL.exec(start);
      if (!label) return;
      // Climb while the element holds the label and little else: "<b>Updated:</b> Jan 31".
      let line = node.parentElement;
      const holdsOnlyLabel = (el: Element) => squash(el.textContent ?? '').length < label[0].length + 4;
      while (line?.parentElement && line !== region && holdsOnlyLabel(line)) line = line.parentElement;
      const text = squash(line?.textContent ?? '');
      if (!line || text.length > 120 || isForeign(line, region)) return;
      for (const part of text.split(/\s*[;|•·]\s*/)) {
        if (UPDATED_LABEL.test(part)) found.updated ??= part.replace(UPDATED_LABEL, '');
        else if (PUBLISHED_LABEL.test(part)) found.published ??= part.replace(PUBLISHED_LABEL, '');
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'noscript') return;
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(region);
  return found;
}

/** The first `<time datetime>` of the article that is not a comment's or a related story's. */
export function firstOwnTime(region: Element): string | null {
  const time = Array.from(region.querySelectorAll('time[datetime]')).find((el) => !isForeign(el, region));
  return time?.getAttribute('datetime') ?? null;
}

/** A schema.org microdata date (`<time itemprop="datePublished" datetime>`, `<span itemprop=… content>`). */
export function microdataDate(doc: Document, property: 'datePublished' | 'dateModified'): string | null {
  // Meta tags were read already; filtering here is cheaper than `:not(meta)` in a selector.
  const el = Array.from(doc.querySelectorAll(`[itemprop="${property}"]`)).find(
    (e) => e.tagName.toLowerCase() !== 'meta',
  );
  return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null;
}
