import { isForeign } from '../extract/article-header';
import { ELEMENT_NODE, spacedText, squash, TEXT_NODE } from '../extract/dom-kinds';

/** Labels that introduce a publication or an update date, in the press's main languages (Korean, Japanese and Chinese too). */
const PUBLISHED_LABEL = new RegExp(
  `^(${[
    'first published( on)?',
    'originally published( on)?',
    'published( on| at)?',
    'posted( on| at)?',
    'written( on)?',
    'date',
    'veröffentlicht( am)?',
    'erschienen( am)?',
    'publié( le)?',
    'publicado( em| el| a)?',
    'publicada( em| el)?',
    'pubblicato( il)?',
    'gepubliceerd( op)?',
    'geplaatst( op)?',
    'opublikowano',
    'publicerad',
    'publiceret',
    'publisert',
    'julkaistu',
    'publikováno',
    'yayınlanma( tarihi)?',
    'опубликовано',
    'diterbitkan',
    '기사입력',
    '입력',
    '등록',
    '公開日',
    '投稿日',
    '掲載日',
    '发布时间',
    '发布日期',
    '發佈時間',
  ].join('|')})(?!\\p{L})\\s*[:：]?\\s*`,
  'iu',
);
const UPDATED_LABEL = new RegExp(
  `^(${[
    'last updated( on| at)?',
    'updated( on| at)?',
    'last modified( on)?',
    'modified( on)?',
    'last reviewed( on)?',
    'zuletzt aktualisiert( am)?',
    'aktualisiert( am)?',
    'mis à jour( le)?',
    'modifié( le)?',
    'actualizado( el| a)?',
    'atualizado( em)?',
    'aggiornato( il)?',
    'bijgewerkt( op)?',
    'zaktualizowano',
    'uppdaterad',
    'opdateret',
    'oppdatert',
    'päivitetty',
    'aktualizováno',
    'güncelleme( tarihi)?',
    'обновлено',
    'diperbarui',
    '최종수정',
    '수정',
    '最終更新日',
    '更新日',
    '更新时间',
    '更新時間',
  ].join('|')})(?!\\p{L})\\s*[:：]?\\s*`,
  'iu',
);

/**
 * A line's date label, if it opens with one ("Updated: 3 hours ago" → updated, "3 hours ago"),
 * and the rest of the line.
 */
export function splitLabel(line: string): { label: 'published' | 'updated' | null; rest: string } {
  const updated = UPDATED_LABEL.exec(line);
  if (updated) return { label: 'updated', rest: line.slice(updated[0].length) };
  const published = PUBLISHED_LABEL.exec(line);
  if (published) return { label: 'published', rest: line.slice(published[0].length) };
  return { label: null, rest: line };
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
      // Spaced at element boundaries: "<p>Published</p><p>Feb 2, 2023</p>" is no "PublishedFeb".
      const text = line ? spacedText(line) : '';
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

/** How much text around a byline's name is still its line ("Amanda · Dec 20, 2025 at 3:00 am"). */
const BYLINE_LINE_CHARS = 160;
/** How many elements up from the name the byline's date may sit (name and date in sibling spans). */
const BYLINE_LEVELS = 3;

/**
 * The text of the byline that names `author`, with the dates it shows: the smallest element
 * around the first place the name is written (outside comments and related stories) that also
 * holds a digit, within a line's length. Author cards put the day beside the name, above or
 * below the article, with no label ("Luke Kim / December 17, 2025").
 */
export function bylineText(region: Element, author: string): string | null {
  const walker = region.ownerDocument.createTreeWalker(region, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.includes(author)) continue;
    let el = node.parentElement;
    for (let level = 0; el && el !== region && level < BYLINE_LEVELS; level++, el = el.parentElement) {
      const text = spacedText(el);
      if (text.length > BYLINE_LINE_CHARS) break;
      if (/\d/.test(text.replace(author, ''))) return isForeign(el, region) ? null : text;
    }
  }
  return null;
}

/** A schema.org microdata date (`<time itemprop="datePublished" datetime>`, `<span itemprop=… content>`). */
export function microdataDate(doc: Document, property: 'datePublished' | 'dateModified'): string | null {
  // Meta tags were read already; filtering here is cheaper than `:not(meta)` in a selector.
  const el = Array.from(doc.querySelectorAll(`[itemprop="${property}"]`)).find(
    (e) => e.tagName.toLowerCase() !== 'meta',
  );
  return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null;
}
