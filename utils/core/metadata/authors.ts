import { type HeaderItem, isForeign } from '../extract/article-header';
import { ELEMENT_NODE, isSkipped, squash, TEXT_NODE } from '../extract/dom-kinds';

/** What opens a byline before the name: "By", "Written by", "Author:", "Posted by", and kin. */
const BYLINE_OPENER =
  /^(?:(?:written|posted|published|words|story|text|article|reported|compiled|edited|view (?:all )?posts)\s+)?(?:by|von|par|por|di|door|av|af|przez|tarafından|oleh)\b\s*:?\s*|^(?:author|authors|autor|auteur|autore|auteurs|written by|by)\s*:\s*/i;
/**
 * How far a text is trusted to be a name: `structured` (JSON-LD, meta tags: a name field, but
 * sites put handles there that the byline spells out), `field` (a platform's own author element:
 * the name the page shows, a username too), `byline` (visible text found by its class or a "By"
 * line, where roles, dates and labels are glued on).
 */
export type NameSource = 'structured' | 'field' | 'byline';

/** "ByMaria Stoyanova": a byline whose "By" and name were written without a space. */
const GLUED_BY = /^By(?=\p{Lu})/u;
/** Where a byline's name ends: a date, a reading time, a label, a separator. */
const NAME_END =
  /\s*(?:[|•·–—]|\s-\s|\bon\s+(?=\w+\s+\d)|\b(?:published|posted|updated|last updated|reviewed|fact[- ]checked|\d+\s*min)\b|\d{1,4}[./-]\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i;
/** Words that name a role or a credential, not a person: what follows the name in many bylines. */
const ROLE_WORD =
  /^(?:writer|editor|author|contributor|staff|reporter|correspondent|columnist|journalist|ceo|cto|cfo|founder|co-founder|director|manager|head|senior|lead|chief|former|engineer|developer|designer|consultant|analyst|specialist|expert|strategist|marketer|coach|trainer|nutritionist|dietitian|attorney|lawyer|professor|researcher|scientist|student|intern|associate|partner|president|vp|team|guest|freelance|contributing|managing|executive|md|phd|rd|rn|mba|cpa|ms|ma|bsc|msc|dds)$/i;
/** A name's words: capitalised, or the particles of names (van, de, bin, O'). */
const NAME_WORD =
  /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Lo}\p{M}]+|van|von|der|den|de|da|del|della|di|du|la|le|bin|al|ibn|ben|y|e|dos|das)$/u;

/**
 * A person's name as a byline gives it, cleaned: "By", "Written by" and "Author:" cut from the
 * front; a date, reading time, label ("Published on …") or separator cut from the end; a job
 * title glued after the name ("Liz Kenny Former McKinsey Consultant") cut off. Null when what
 * is left is not a name: a handle, an address, a number, a sentence. `source` says how far the
 * text is trusted to be a name (see `NameSource`).
 */
export function cleanPersonName(raw: string, source: NameSource = 'byline'): string | null {
  let text = squash(raw)
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .replace(BYLINE_OPENER, '')
    .replace(BYLINE_OPENER, '')
    .replace(GLUED_BY, '');
  if (source === 'structured') return text && !/^[\p{Ll}\d._-]+$|@|https?:|www\./u.test(text) ? text : null;
  if (source === 'field') {
    text = text.replace(NAME_END, '').replace(/[\s,;:–—-]+$/, '');
    return /\p{L}/u.test(text) && text.split(' ').length <= 6 && !/@|https?:|www\./.test(text) ? text : null;
  }
  text = text.replace(NAME_END, '').replace(/[\s,;:–—-]+$/, '');
  if (!text || /[@#/\\\d:]|https?:|www\./i.test(text)) return null;
  text = withoutInitials(text);
  const words = text.split(' ');
  const roleAt = words.findIndex((word, i) => i >= 1 && ROLE_WORD.test(word.replace(/[.,]/g, '')));
  // "AI Writer", "SEO Specialist": a short acronym before the role word belongs to the role.
  let end = roleAt > 0 ? roleAt : words.length;
  while (roleAt > 0 && end > 1 && /^\p{Lu}{2,3}$/u.test(words[end - 1])) end--;
  const name = words
    .slice(0, end)
    .join(' ')
    .replace(/[\s,;:]+$/, '');
  const nameWords = name.split(' ');
  if (nameWords.length > 5 || !nameWords.every((w) => NAME_WORD.test(w))) return null;
  return nameWords.length === 1 && NOT_A_NAME.test(name) ? null : name;
}

/** One word that names no one: what is left of "The Author", "Our Team", "Admin". */
const NOT_A_NAME = /^(the|a|an|our|my|team|staff|admin|administrator|editor|editors|guest|anonymous|unknown)$/i;

/** "CM Craig McCarthy": an avatar's initials before the name they abbreviate are not part of it. */
function withoutInitials(text: string): string {
  const [first, ...rest] = text.split(' ');
  const initials = rest.map((word) => word[0]).join('');
  return rest.length >= 2 && /^\p{Lu}{2,3}$/u.test(first) && first === initials ? rest.join(' ') : text;
}

/** A credential after a comma: "MS", "RD", "FAND", "M.D.". */
const CREDENTIAL = /^[\p{Lu}.-]{2,6}$/u;

/**
 * The people of one byline text, in order: "Jane Doe and John Roe", "Jane Doe, John Roe & Ann
 * Poe". After a comma, a role or a credential belongs to the name before it and is no person:
 * "Holly Wilgus, E-RYT 200", "Dylan Bailey, MS, RD", "Brett Cruz, Privacy Expert & Gene Petrino".
 * `source` says where the text comes from (see `NameSource`).
 */
export function splitAuthors(byline: string, source: NameSource = 'byline'): string[] {
  const names: string[] = [];
  for (const group of squash(byline)
    .replace(BYLINE_OPENER, '')
    .split(/\s*(?:&|;|\s\+\s)\s*/)) {
    // Once a part names a role ("Writer, Hardware"), the rest of its group describes the role.
    let inRole = false;
    group.split(/\s*,\s*/).forEach((raw, i) => {
      const part = raw.replace(/^(?:and|und|et|y|e|og|och|en)\s+/i, '');
      const hasRole = part.split(' ').some((word) => ROLE_WORD.test(word.replace(/[.,]/g, '')));
      if (inRole || (i > 0 && (hasRole || CREDENTIAL.test(part)))) return;
      inRole = hasRole;
      for (const piece of part.split(/\s+(?:and|und|et|y|e|og|och|en)\s+/i)) {
        const name = cleanPersonName(piece, source);
        if (name) names.push(name);
      }
    });
  }
  return [...new Set(names)];
}

/** An element's text with a space at every element boundary: bylines glue spans together. */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === ELEMENT_NODE && !isSkipped(node as Element)) node.childNodes.forEach(visit);
  };
  visit(el);
  return squash(parts.join(' '));
}

/** Elements that hold a byline's name, most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[rel="author"]',
  '[class*="author-name"], [class*="authorName"], [class*="author__name"], [class*="byline__name"], [class*="byline-name"]',
  'a[href*="/author/"], a[href*="/authors/"]',
  '[itemprop="author"]',
  '[class*="byline"], [class~="author"], [class*="post-author"], [class*="entry-author"], [class*="article-author"]',
];

/**
 * The names the page's visible byline gives, in order, read in the article's part of the page
 * (never comments or related stories): the first selector that yields a name wins. Each element's
 * text is read with spaces between its blocks, so "Written by<span>Jane</span>" is not glued.
 */
export function readBylineAuthors(region: Element): string[] {
  for (const selector of BYLINE_SELECTORS) {
    const names = Array.from(region.querySelectorAll(selector))
      .filter((el) => !isForeign(el, region))
      .slice(0, 6)
      .flatMap((el) => splitAuthors(spacedText(el)));
    if (names.length) return [...new Set(names)].slice(0, 6);
  }
  return [];
}

/**
 * The byline among the header's lines: a line that opens with "By" (or "Written by", "Von",
 * "Par", …), or the line after a "By" that stands alone. Empty when no line is a byline.
 */
export function headerByline(items: HeaderItem[]): string[] {
  const lines = items.flatMap((item) => ('line' in item ? [item.line] : []));
  for (const [i, line] of lines.entries()) {
    if (!BYLINE_OPENER.test(line) && !GLUED_BY.test(line)) continue;
    const rest = line.replace(BYLINE_OPENER, '').replace(GLUED_BY, '').trim();
    const byline = rest || lines[i + 1];
    if (byline) return [byline];
  }
  return [];
}
