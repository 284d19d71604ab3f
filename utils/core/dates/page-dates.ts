import { isForeign } from '../extract/article-header';
import { ELEMENT_NODE, spacedText, squash, TEXT_NODE } from '../extract/dom-kinds';
import { SKIP, STOP, walkTree } from '../extract/walk-tree';

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
const UPDATED_WORDS = [
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
];
const UPDATED_LABEL = new RegExp(`^(${UPDATED_WORDS.join('|')})(?!\\p{L})\\s*[:：]?\\s*`, 'iu');
/** An update label inside a line, after a name or a first date: "Jonathan Jones Last Updated Nov 6, 2025". */
const UPDATED_WITHIN = new RegExp(`(?<!\\p{L})(?:${UPDATED_WORDS.join('|')})(?!\\p{L})\\s*[:：]?\\s*`, 'iu');

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

/**
 * Words a template set without a space between its elements, parted where a lower-case letter
 * meets a capital: "UpdatedJanuary 25, 2026", "Jonathan JonesLast Updated Nov 6".
 */
export const spacedWords = (line: string): string => line.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');

/** The words after an update label inside the line ("Jonathan Jones Last Updated Nov 6, 2025" → "Nov 6, 2025"). */
export function afterUpdateLabel(line: string): string | null {
  const match = UPDATED_WITHIN.exec(line);
  return match ? line.slice(match.index + match[0].length) : null;
}

/** What a page shows of its dates in words, the label cut off ("Updated: Jan 31" → "Jan 31"). */
export interface LabelledDates {
  published: string | null;
  updated: string | null;
}

/**
 * Elements that name a field of a details box: "<h4>Published</h4><div>July 8, 2025</div>". A
 * table's header cell is not one: "Date" over a column dates its rows (events, prices).
 */
const FIELD_NAME_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'dt']);

/**
 * The article's own labelled dates ("Published 3 March 2025", "Updated: 5 hours ago",
 * "Aktualisiert am 2. Okt. 2022"), found from the text nodes that start with a label, outside
 * comments and related stories. "Updated … ; Posted …" in one line gives both.
 *
 * A post's details box ("<aside><h3>Published</h3><time>August 30, 2024</time><h3>Author</h3>…")
 * is laid out as a sidebar, and is passed over as one; but a label that is a field's own heading
 * names this page's field: lists of other posts never title each card's date. Such a date is
 * taken when nothing outside sidebars gave one, and when the page has one such field only.
 */
export function findLabelledDates(region: Element): LabelledDates {
  const found: LabelledDates = { published: null, updated: null };
  const fields: Record<keyof LabelledDates, string[]> = { published: [], updated: [] };
  const read = (text: string, into: Record<keyof LabelledDates, string[]> | null) => {
    for (const part of text.split(/\s*[;|•·]\s*/)) {
      const kind = UPDATED_LABEL.test(part) ? 'updated' : PUBLISHED_LABEL.test(part) ? 'published' : null;
      if (!kind) continue;
      const value = part.replace(kind === 'updated' ? UPDATED_LABEL : PUBLISHED_LABEL, '');
      if (into) into[kind].push(value);
      else found[kind] ??= value;
    }
  };
  walkTree(region, (node) => {
    if (found.published && found.updated) return STOP;
    if (node.nodeType === TEXT_NODE) {
      const start = squash(node.nodeValue ?? '');
      const label = PUBLISHED_LABEL.exec(start) ?? UPDATED_LABEL.exec(start);
      if (!label) return SKIP;
      // Climb while the element holds the label and little else: "<b>Updated:</b> Jan 31".
      let line = node.parentElement;
      const holdsOnlyLabel = (el: Element) => squash(el.textContent ?? '').length < label[0].length + 4;
      // "Date" alone names an event's day as often as a post's: a field must say "Published" or "Updated".
      const named =
        line && FIELD_NAME_TAGS.has(line.tagName.toLowerCase()) && holdsOnlyLabel(line) && !/^date/i.test(label[0]);
      while (line?.parentElement && line !== region && holdsOnlyLabel(line)) line = line.parentElement;
      // Spaced at element boundaries: "<p>Published</p><p>Feb 2, 2023</p>" is no "PublishedFeb".
      const text = line ? spacedText(line) : '';
      if (!line || text.length > 120) return SKIP;
      if (!isForeign(line, region)) read(text, null);
      else if (named) read(text, fields);
      return SKIP;
    }
    if (node.nodeType !== ELEMENT_NODE) return SKIP;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'noscript') return SKIP;
    return undefined;
  });
  for (const kind of ['published', 'updated'] as const) if (fields[kind].length === 1) found[kind] ??= fields[kind][0];
  return found;
}

/**
 * A note that the piece appeared earlier, elsewhere or on this site. "First published" is not
 * one: it dates studies and books in the text as often as the article.
 */
const ORIGINALLY = new RegExp(
  `(?<!\\p{L})(?:${[
    'originally published',
    'originally posted',
    'ursprünglich veröffentlicht',
    'initialement publié',
    'publié initialement',
    'publicado originalmente',
    'publicada originalmente',
    'pubblicato originariamente',
    'oorspronkelijk gepubliceerd',
  ].join('|')})(?!\\p{L})`,
  'iu',
);
/** How much of the note after its words may hold the date: "… published on The Conversation on 26 Sep 2019". */
const NOTE_CHARS = 60;

/**
 * What follows a note in the article's text that it was first published earlier ("This
 * article was originally published on 26 Sep 2019 at 4:12pm"): republished pieces carry the day
 * of their republication in their header and metadata, and say their first day in such a note.
 */
export function originalNote(region: Element): string | null {
  const walker = region.ownerDocument.createTreeWalker(region, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const match = ORIGINALLY.exec(text);
    if (!match || !node.parentElement || isForeign(node.parentElement, region)) continue;
    const after = squash(text.slice(match.index + match[0].length)).slice(0, NOTE_CHARS);
    // A day of a year: "in 2019" is no day, and a report's year is not the piece's.
    if (/\d{4}/.test(after) && /\d/.test(after.replace(/\d{4}/, ''))) return after;
  }
  return null;
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
