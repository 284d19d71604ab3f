import { MONTH_NAME } from '../dates/parse-date';
import { CODE_TAGS, ELEMENT_NODE, shownText, squash, TEXT_NODE, tagOf } from '../extract/dom-kinds';
import { SKIP, walkTree } from '../extract/walk-tree';
import { wordOverlap } from '../text/word-overlap';

/**
 * Separators between a headline and the site's name or a tagline in `<title>` and `og:title`. A
 * guillemet separates only with a space on each side: unspaced, it quotes ("модель: «Посмотри…»").
 */
const SEPARATOR = /\s+[|\-–—·•»«]\s+|\s*\|\s*/;

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A metadata title without the site's name or tagline: "Title | Site", "Site | Title",
 * "Title – Site", "Title » Take The Magic Step®". Leading and trailing parts are cut when they
 * name the site (its name, or its host's name); a short part after a bar is the site's section or
 * tagline; and a short last part after a long headline is taken for the site's name when the
 * site is unknown; the site's address before the headline with no separator ("davidbau.com Vibe
 * Coding") goes too. The headline's own text is kept as written; a title that would be left with
 * one word is kept whole.
 */
export function withoutSiteName(title: string, site: string | null, host: string | null): string {
  const text = withoutLeadingAddress(squash(title), host);
  // Each part with the separator before it: a bar or a guillemet is never part of a headline.
  const parts: Array<{ start: number; end: number; text: string; bar: boolean }> = [];
  const separator = new RegExp(SEPARATOR.source, 'g');
  let start = 0;
  let bar = false;
  for (const match of text.matchAll(separator)) {
    parts.push({ start, end: match.index, text: text.slice(start, match.index), bar });
    start = match.index + match[0].length;
    bar = /[|»«]/.test(match[0]);
  }
  parts.push({ start, end: text.length, text: text.slice(start), bar });
  if (parts.length < 2) return text;
  const hostName = words((host ?? '').replace(/^www\./, '').replace(/\.[a-z]{2,}(\.[a-z]{2})?$/, '')).join('');
  const isSite = (part: string) => {
    const partWords = words(part);
    if (!partWords.length) return true;
    if (site && (partWords.join(' ') === words(site).join(' ') || wordOverlap(part, site) >= 0.8)) return true;
    return hostName !== '' && partWords.length <= 4 && hostName.includes(partWords.join(''));
  };
  let first = 0;
  let last = parts.length - 1;
  while (first < last && isSite(parts[first].text)) first++;
  // A short part after a bar ("… | Opinion", "… | Top 19 Companies") is the site's section or tagline.
  const isTrailer = (i: number) =>
    parts[i].bar && words(parts[i].text).length <= 5 && words(parts[first].text).length >= 3;
  while (last > first && (isSite(parts[last].text) || isTrailer(last))) last--;
  if (first === 0 && last === parts.length - 1 && !site && parts.length === 2) {
    if (words(parts[1].text).length <= 3 && words(parts[0].text).length >= 4) last = 0;
  }
  const kept = text.slice(parts[first].start, parts[last].end);
  // One word left ("Coffee") is a headline only when what was cut is the site's very name.
  const siteWords = site ? words(site).join(' ') : null;
  const cutSite = parts.some((part, i) => (i < first || i > last) && words(part.text).join(' ') === siteWords);
  return words(kept).length >= 2 || (words(kept).length === 1 && cutSite) ? kept : text;
}

/** "davidbau.com Vibe Coding": the page's own host, then at least two words of headline. */
function withoutLeadingAddress(text: string, host: string | null): string {
  const bare = (name: string) => name.toLowerCase().replace(/^www\./, '');
  const space = text.indexOf(' ');
  if (!host || space < 0 || bare(text.slice(0, space)) !== bare(host)) return text;
  const rest = text.slice(space + 1);
  return words(rest).length >= 2 ? rest : text;
}

/**
 * A dateline after the headline in the same element: "… Posted on July 1, 2024 by infuy",
 * "… (By an Outdoor Guide!) January 1, 2025", "… / Dec 2025": after a separator, a "Posted on",
 * or the headline's closing bracket or mark. A date the headline's words run into ("Election
 * results November 5, 2024", "The Best Laptops of January 2025") is its own and stays.
 */
const TRAILING_DATELINE = new RegExp(
  `(?:\\s*[/|·•]\\s*|\\s+(?:posted|published|updated)(?:\\s+on)?\\s+|(?<=[)!?.])\\s+)` +
    `(?:${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+${MONTH_NAME}\\s+\\d{4})(?:\\s+by\\s+.+)?$` +
    `|\\s*[/|·•]\\s*${MONTH_NAME}\\s+\\d{4}$`,
  'i',
);

/** A headline without the dateline a theme wrote into its element. */
export const withoutDateline = (headline: string): string => headline.replace(TRAILING_DATELINE, '').trim() || headline;

/**
 * The words a headline element shows as its headline: a line break is a space ("Top MBA Programs
 * (US)<br>Your Guide"), and a `<time>` a theme set before the words ("Dec 18 2025 Preparing a
 * transition") is the dateline, not the headline, unless it is all there is.
 */
export function headlineText(el: Element): string {
  const parts: string[] = [];
  walkTree(el, (node) => {
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    else if (node.nodeType !== ELEMENT_NODE) return SKIP;
    else if (tagOf(node as Element) === 'br') parts.push(' ');
    else if ((node as Element).matches(CODE_TAGS)) return SKIP;
    else if (tagOf(node as Element) === 'time' && !squash(parts.join(''))) parts.push(' ');
    else return undefined;
    return SKIP;
  });
  return squash(parts.join('')) || squash(shownText(el));
}

/**
 * The headline as the page's titles agree on it. A headline element that holds a title of the
 * metadata (`og:title`, `<title>` or JSON-LD `headline`, each without the site's name) and more is
 * cut to that title when the more is a label before it ("Blog: …", "Title: …") or an aside after
 * it ("… (latimes.com) 87") that none of the metadata titles shows: the publisher named the piece
 * without it, and the page shows it as furniture around the headline. (What follows a bar that
 * the metadata titles show too, "Milan Design Week 2018 | Anastassiades' light installation",
 * is the headline's own, whatever the site-name cleaning made of it.)
 */
export function agreedHeadline(headline: string, titles: string[], clean: (title: string) => string): string {
  // Typographic and straight quotes are one ("Let’s" in the headline, "Let's" in `<title>`); each
  // is one character for the other, so places in the folded text are places in the headline.
  const fold = (text: string) =>
    squash(text)
      .toLowerCase()
      .replace(/[‘’‛′]/g, "'")
      .replace(/[“”„‟″]/g, '"');
  if (titles.some((title) => fold(title).includes(fold(headline)))) return headline;
  for (const title of titles.map(clean)) {
    const t = squash(title);
    if (t.split(' ').length < 2 || t.length >= headline.length) continue;
    const at = fold(headline).indexOf(fold(t));
    if (at < 0) continue;
    const before = headline.slice(0, at).trim();
    const after = headline.slice(at + t.length).trim();
    if (before && !after && /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)?:$/u.test(before))
      return headline.slice(at, at + t.length);
    if (!before && /^(?:[-–—|·•]\s|\()/.test(after) && !titles.some((raw) => mostWordsIn(after, raw)))
      return headline.slice(0, t.length);
  }
  return headline;
}

/** Does `text` hold most of the words of `part`? */
function mostWordsIn(part: string, text: string): boolean {
  const partWords = words(part);
  const textWords = new Set(words(text));
  return partWords.filter((word) => textWords.has(word)).length * 2 > partWords.length;
}
