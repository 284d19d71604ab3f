import { type HeaderItem, isForeign } from '../extract/article-header';
import { climbsTo, spacedText, squash } from '../extract/dom-kinds';

/** What opens a byline before the name: "By", "Written by", "Author:", "Posted by", and kin. */
const BYLINE_OPENER =
  /^(?:(?:written|posted|published|words|story|text|article|analysis|opinion|commentary|review|reported|reporting|compiled|edited|view (?:all )?posts|publicado|publicada|postado|escrito|escrita|publié|publiée|écrit|geschrieben|veröffentlicht|verfasst)\s+)?(?:by|von|par|por|di|door|av|af|przez|tarafından|oleh)\b\s*:?\s*|^(?:pubblicato|scritto|postato|a cura)\s+(?:da|di)\b\s*:?\s*|^(?:author|authors|autor|auteur|autore|auteurs|автор|авторы|text|texte|testo|texto|tekst|текст|written by|by)\s*:\s*/i;
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
  /\s*(?:[|•·–—]|\s-\s|\b(?:on|at)\s+(?=\w+\s+\d)|\bon behalf of\b|\b(?:published|posted|updated|last updated|reviewed|fact[- ]checked|\d+\s*min|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\d{1,4}[./-]\d{1,2}|(?:\d{1,2}\.?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i;
/** A dateline or reading time before the name and a separator ("Dec. 19, 2025 · Niko Matsakis"). */
const LEADING_DATE = /^[^|•·]*\d[^|•·]*[|•·]\s*/;
/** A written date that opens a byline with no separator after it ("Dec 17, 2025 Julian K. Arni"). */
const OPENING_DATE =
  /^(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s+(?=\p{Lu})/u;
/** Words that name a role or a credential, not a person: what follows the name in many bylines. */
const ROLE_WORD =
  /^(?:writer|editor|author|contributor|staff|reporter|correspondent|columnist|journalist|ceo|cto|cfo|founder|co-founder|director|manager|head|senior|lead|chief|former|engineer|developer|designer|consultant|analyst|specialist|expert|strategist|marketer|coach|trainer|nutritionist|dietitian|attorney|lawyer|professor|researcher|scientist|student|intern|associate|partner|president|vp|team|guest|freelance|contributing|managing|executive|coordinator|officer|advisor|adviser|assistant|producer|host|content|marketing|communications|digital|seo|md|phd|rd|rn|mba|cpa|ms|ma|bsc|msc|dds)$/i;
/** The beat a role names ("Tech Reporter", "Health Editor"), read only just before a role word after a full name. */
const BEAT =
  /^(?:tech|technology|science|health|sports?|politics|political|business|economics|finance|food|travel|news|features|culture|arts?|style|fashion|music|film|legal|climate|education|opinion|investigations?|data|video|audio|photo|social|media|commerce|deals|shopping|lifestyle|entertainment|gaming|crypto|markets)$/i;
/** "Editor-at-large", "Co-Editor": a hyphenated role is a role by any of its parts. */
const isRole = (word: string): boolean =>
  word
    .replace(/[.,]/g, '')
    .split('-')
    .some((part) => ROLE_WORD.test(part));

/** A name's words: capitalised (or so in brackets, "Paramita (Guha) Ghosh"), or the particles of names (van, de, bin, O'). */
const NAME_WORD =
  /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|\([\p{Lu}][\p{L}\p{M}'’.-]*\)|[\p{Lo}\p{M}]+|van|von|der|den|de|da|del|della|di|du|la|le|bin|al|ibn|ben|y|e|dos|das)$/u;

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
  // "NOC Admin", "Site Administrator": an account, whatever the source.
  if (text.split(' ').some((word) => /^admin(?:istrator)?$/i.test(word))) return null;
  if (source === 'structured') {
    // "David Jackson - FullStack Editorial Team": what follows a spaced dash or bar is the role.
    text = text.split(/\s+[|–—-]\s+/)[0];
    // "CNN Editor-at-large": a publication's initials and a role name a post, not a person.
    const [first, ...rest] = text.split(' ');
    if (rest.length && /^\p{Lu}{2,5}$/u.test(first) && rest.every(isRole)) return null;
    return text && !/^[\p{Ll}\d._-]+$|@|https?:|www\./u.test(text) && !ID_LIKE.test(text) ? text : null;
  }
  if (source === 'field') {
    text = text.replace(NAME_END, '').replace(/[\s,;:–—-]+$/, '');
    return /\p{L}/u.test(text) && text.split(' ').length <= 6 && !/@|https?:|www\./.test(text) && !ID_LIKE.test(text)
      ? text
      : null;
  }
  text = text
    .replace(LEADING_DATE, '')
    .replace(NAME_END, '')
    // A sentence's full stop ("… by Erik Demaine."), not an initial's ("Jr.", "J.").
    .replace(/(?<=\p{Ll}{2})\s*\.$/u, '')
    .replace(/[\s,;:–—-]+$/, '');
  if (!text || /[@#/\\\d:]|https?:|www\./i.test(text)) return null;
  // "Mycle (Editor-in-Chief)": a role in brackets is no part of the name; "Paramita (Guha) Ghosh" keeps hers.
  text = squash(
    text.replace(/\s*\(([^)]*)\)/g, (part, inner: string) =>
      inner.split(/[\s-]+/).some((w) => ROLE_WORD.test(w)) ? '' : part,
    ),
  );
  text = withoutInitials(text);
  const words = text.split(' ');
  // "The Upwork Team", "Podium Staff": a team's byline is the team, as the page names it.
  const team = words.length >= 2 && words.length <= 4 && TEAM_WORD.test(words[words.length - 1]);
  if (team && words.slice(0, -1).every((w) => NAME_WORD.test(w))) return text;
  const roleAt = words.findIndex((word, i) => i >= 1 && isRole(word));
  // "AI Writer", "SEO Specialist", "Tech Reporter": an acronym or a beat before the role word belongs to the role.
  let end = roleAt > 0 ? roleAt : words.length;
  while (roleAt > 0 && end > 1 && (/^\p{Lu}{2,3}$/u.test(words[end - 1]) || (end > 2 && BEAT.test(words[end - 1]))))
    end--;
  const name = words
    .slice(0, end)
    .join(' ')
    .replace(/[\s,;:]+$/, '');
  const nameWords = name.split(' ');
  if (nameWords.length > 5 || !nameWords.every((w) => NAME_WORD.test(w))) return null;
  if (nameWords.some((w) => /\.\p{L}{2,}$/u.test(w))) return null;
  if (NOT_A_PERSON.test(name)) return null;
  return nameWords.length === 1 && (NOT_A_NAME.test(name) || /^\p{Lu}{1,3}$/u.test(name)) ? null : name;
}

/** The last word of a team's byline. */
const TEAM_WORD = /^(?:team|staff|editors|newsroom|desk)$/i;
/** Words of an interface or a calendar that author elements hold instead of a name ("Learn More", "Sat"). */
const NOT_A_PERSON =
  /^(?:(?:learn|read|see|view|show) (?:more|all|profile|bio)|follow(?: \p{L}+)?|share|subscribe|contact|more|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;

/** One word that names no one: what is left of "The Author", "Our Team", "Admin" (or an avatar's initials, "NB"). */
const NOT_A_NAME = /^(the|a|an|our|my|team|staff|admin|administrator|editor|editors|guest|anonymous|unknown)$/i;

/** Accounts, not people: "admin", "adminn", "q_admin", "webmaster", "user123", a template's "undefined". */
const ACCOUNT = /admin|webmaster|^(?:user|author|editor|guest|root|test|wordpress|wp|undefined|null|none)[\d_-]*$/i;
/** Three digits make an id ("3d23d65-ddc", "mdelatorreq6vkpg2ma0ci"), not a name. */
const ID_LIKE = /\d.*\d.*\d/;
/** A login name: one run of letters, digits, dots, dashes and underscores ("jsteinhardt", "sara.r.peter"). */
const HANDLE = /^[\p{L}\d][\p{L}\d._-]{1,30}$/u;

/**
 * The login name a page credits when it gives no display name ("Posted by infuy", a JSON-LD
 * author "stephenlega"): what the page itself shows or says as the author, read only when no
 * name is found. Never an account ("admin"), an address or a number.
 */
export function handleName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = squash(raw).replace(BYLINE_OPENER, '').replace(NAME_END, '').trim();
  if (!HANDLE.test(text) || !/\p{L}/u.test(text)) return null;
  return ACCOUNT.test(text) || ID_LIKE.test(text) || NOT_A_NAME.test(text) || NOT_A_PERSON.test(text) ? null : text;
}

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
    .replace(OPENING_DATE, '')
    .replace(BYLINE_OPENER, '')
    .split(/\s*(?:&|;|\s\+\s)\s*/)) {
    // Once a part names a role ("Writer, Hardware"), the rest of its group describes the role.
    let inRole = false;
    group.split(/\s*,\s*/).forEach((raw, i) => {
      const part = raw.replace(/^(?:and|und|et|y|e|og|och|en|with)\s+/i, '');
      const hasRole = part.split(' ').some((word) => ROLE_WORD.test(word.replace(/[.,]/g, '')));
      if (inRole || (i > 0 && (hasRole || CREDENTIAL.test(part)))) return;
      inRole = hasRole;
      // "Dieter Hogen with Uta Pippig": a byline's "with" credits both.
      for (const piece of part.split(/\s+(?:and|und|et|y|e|og|och|en|with)\s+/i)) {
        const name = cleanPersonName(piece, source);
        if (name) names.push(name);
      }
    });
  }
  return [...new Set(names)];
}

/**
 * Asks of elements of `region` whether each is part of it as its byline could be: not in a
 * comment, sidebar or menu; and, when the region is the whole page, not in an `<article>` without
 * the page's headline (`<h1>`): cards, reviews and comments written as `<article>` have their own
 * authors. The answers for shared ancestors are kept, since it is asked of every short line of a
 * page: asked afresh, a page of 10,000 paragraphs or 10,000 nested sections costs minutes.
 */
function inRegion(region: Element): (el: Element) => boolean {
  const foreign = new Map<Element, boolean>();
  const headed = new Map<Element, boolean>();
  return (el) => {
    if (isForeign(el, region, foreign)) return false;
    const article = region.localName === 'article' ? null : el.closest('article');
    if (!article) return true;
    let hasHeadline = headed.get(article);
    if (hasHeadline === undefined) {
      hasHeadline = article.querySelector('h1') !== null;
      headed.set(article, hasHeadline);
    }
    return hasHeadline;
  };
}

/** Elements that hold a byline's name, most specific first. */
const BYLINE_SELECTORS = [
  // `~=`: the attribute may hold several properties ("author creator").
  '[itemprop~="author"] [itemprop~="name"]',
  '[rel="author"]',
  '[class*="author-name"], [class*="authorName"], [class*="author__name"], [class*="byline__name"], [class*="byline-name"]',
  'a[href*="/author/"], a[href*="/authors/"]',
  '[itemprop~="author"]',
  '[class*="byline"], [class~="author"], [class*="post-author"], [class*="entry-author"], [class*="article-author"]',
];
/**
 * Any other class that says "author" ("blog-meta-author", "styles__AuthorName-sc", "the-author"),
 * read after the header's "By" line: only the innermost such element, holding a name alone, since
 * author boxes wrap an avatar's initials, a caption and a biography around the name.
 */
const LOOSE_AUTHOR = '[class*="author" i]';
const LOOSE_NAME_CHARS = 60;

/** The names of the first innermost element whose class says "author" and whose short text names someone. */
export function looseBylineAuthors(region: Element): string[] {
  const within = inRegion(region);
  const texts = Array.from(region.querySelectorAll(LOOSE_AUTHOR))
    .filter((el) => !el.querySelector(LOOSE_AUTHOR) && within(el))
    .map(spacedText)
    .filter((text) => text.length <= LOOSE_NAME_CHARS);
  // The first that names someone is the byline; later ones are other posts' cards.
  for (const text of texts) {
    const found = splitAuthors(text);
    if (found.length) return found;
  }
  return [];
}

/**
 * The name an author card opens with, where no byline names anyone: a card (an element whose
 * class says "author") shows the name on a line of its own, then a role and a biography
 * ("Lauren Vetter" / "Lauren Vetter is a growth-focused marketer …"). The first line of two to
 * four words that passes as a name, in the first card that has one.
 */
export function authorCardName(region: Element, within = inRegion(region)): string[] {
  for (const card of Array.from(region.querySelectorAll(LOOSE_AUTHOR))) {
    if (!within(card)) continue;
    const name = cardName(card);
    if (name) return [name];
  }
  return [];
}

/** The first line of an author card that passes as a full name. */
function cardName(card: Element): string | null {
  for (const line of Array.from(card.querySelectorAll('*'))) {
    if (line.firstElementChild) continue;
    const text = spacedText(line);
    const words = text.split(' ').length;
    if (words < 2 || words > 4) continue;
    const [found] = splitAuthors(text);
    // "Corresponding author" leaves one word once the role is cut: a caption, not a name.
    if (found?.includes(' ')) return found;
  }
  return null;
}

/**
 * A card that presents a person: it shows a portrait, or a role beside the name ("| Author",
 * "Senior Writer"). A list's "author" line that links a category ("Mobile App Reviews") does neither.
 */
function isPersonCard(card: Element): boolean {
  if (card.querySelector('img') || card.localName === 'img') return true;
  return Array.from(card.querySelectorAll('*')).some((line) => {
    const words = spacedText(line).replace(/[|:]/g, ' ').trim().split(/\s+/).filter(Boolean);
    return !line.firstElementChild && words.length > 0 && words.every(isRole);
  });
}

/** Lists of other posts and replies, whose cards and captions name other writers. */
const OTHER_WRITERS =
  'nav, footer, [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="recent" i], [class*="popular" i], [class*="recommend" i]';

/**
 * The author a sidebar names, where nothing in the article's part of the page does: many
 * templates put the byline's card or an "Author" caption in a column beside the text ("<aside>
 * <h3>Author</h3><p>Lisa D. Ellis</p>"). Taken only when every such card and caption on the page,
 * outside replies and lists of other posts, names the same one person.
 */
export function sidebarAuthor(body: Element): string[] {
  const otherWriters = new Map<Element, boolean>();
  const within = (el: Element) => !climbsTo(el, null, (node) => node.matches(OTHER_WRITERS), otherWriters);
  const names = new Set<string>();
  for (const card of Array.from(body.querySelectorAll(LOOSE_AUTHOR))) {
    const name = within(card) && isPersonCard(card) ? cardName(card) : null;
    if (name) names.add(name);
  }
  for (const name of captionedNames(body, within)) names.add(name);
  return names.size === 1 ? [...names] : [];
}

/**
 * The names the page's visible byline gives, in order, read in the article's part of the page
 * (never comments or related stories): the first selector that yields a name wins. Each element's
 * text is read with spaces between its blocks, so "Written by<span>Jane</span>" is not glued.
 */
export function readBylineAuthors(region: Element): string[] {
  const within = inRegion(region);
  for (const selector of BYLINE_SELECTORS) {
    const names = Array.from(region.querySelectorAll(selector))
      .filter(within)
      .slice(0, 6)
      .flatMap((el) => splitAuthors(spacedText(el)));
    if (names.length) return [...new Set(names)].slice(0, 6);
  }
  return [];
}

/** A caption that stands alone before the name it introduces ("<h3>Author</h3><p>Lisa D. Ellis</p>"). */
const AUTHOR_CAPTION = /^(?:authors?|autor(?:in)?|auteur|autore|written by|article by)$/i;

/** A date line that names its writer after the date: "Last updated March 3, 2025 by Erik Demaine". */
const DATED_BY = /^(?:last\s+)?(?:updated|modified|published|posted|written)\b[^|•·]{0,40}?\sby\s+/i;

/** Elements short enough to be one line of a byline ("Written by Cassidy Horton"). */
const LINE_TAGS = 'p, span, div, li, h2, h3, h4, h5, h6, strong, em, small';
const LINE_CHARS = 80;

/**
 * A byline written as a line of its own anywhere in the article's part of the page, with no
 * class to say so: "Written by Cassidy Horton", or "Article by" standing alone before the name.
 * Only lines that open with a byline word are read, and their names must pass as names.
 */
export function lineBylines(region: Element): string[] {
  return bylineOfLines(shortLines(region, inRegion(region)));
}

/** The elements of `region` short enough to be one line of a byline, where `within` allows. */
function shortLines(region: Element, within: (el: Element) => boolean): Element[] {
  return Array.from(region.querySelectorAll(LINE_TAGS)).filter((el) => {
    const length = el.textContent?.trim().length ?? 0;
    return length > 1 && length <= LINE_CHARS && within(el);
  });
}

/** The names that stand after an "Author" caption anywhere `within` allows. */
function captionedNames(region: Element, within: (el: Element) => boolean): string[] {
  const lines = shortLines(region, within);
  return lines.flatMap((el, i) => {
    if (!AUTHOR_CAPTION.test(spacedText(el))) return [];
    const next = lines.slice(i + 1).find((other) => !el.contains(other));
    return next ? splitAuthors(spacedText(next)).slice(0, 1) : [];
  });
}

/** The first byline among `lines`: a line that opens with a byline word, or the line after a caption. */
function bylineOfLines(lines: Element[]): string[] {
  for (const [i, el] of lines.entries()) {
    const line = spacedText(el);
    if (!BYLINE_OPENER.test(line) && !AUTHOR_CAPTION.test(line) && !DATED_BY.test(line)) continue;
    const rest = line.replace(DATED_BY, '').replace(BYLINE_OPENER, '').replace(AUTHOR_CAPTION, '').trim();
    const next = lines.slice(i + 1).find((other) => !el.contains(other));
    const names = splitAuthors(rest || (next ? spacedText(next) : ''));
    if (names.length) return names;
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

/** How many of the header's first lines make its dateline ("2025-12-17", "·", "Trond Teigen"), and how long each may run. */
const DATELINE_LINES = 4;
const DATELINE_CHARS = 90;

/**
 * The name on the header's dateline, which has no "By": "Aaron Ricadela | Senior Writer | July 2,
 * 2025", "2025-12-17 · Trond Teigen". The line must hold a date beside the name, and something
 * must say the name is a person's: a role beside it, or the page showing it as a person elsewhere
 * (`isShownAsPerson`: an avatar's or a link's caption, an author card). "New York | July 2" has
 * neither.
 */
export function datelineName(items: HeaderItem[], isShownAsPerson: (name: string) => boolean): string[] {
  const lines: string[] = [];
  for (const item of items) {
    if (!('line' in item) || lines.length >= DATELINE_LINES || item.line.length > DATELINE_CHARS) break;
    // A label ("Filed Under:", "Tags:") ends the dateline: what follows is the page's topics.
    if (/:$/.test(item.line)) break;
    lines.push(item.line);
  }
  const segments = lines.flatMap((line) => line.split(/\s*[|•·]\s*/)).filter(Boolean);
  if (segments.length < 2 || !segments.some((segment) => /\d/.test(segment))) return [];
  const hasRole = segments.some((segment) => segment.split(' ').every(isRole));
  for (const segment of segments) {
    // "Mahua Das in Project Management": the name ends where the category's preposition starts.
    const text = segment.split(/\s+(?=\p{Ll})/u)[0];
    const words = text.split(' ').length;
    if (/\d/.test(text) || words < 2 || words > 4 || cleanPersonName(text) !== text) continue;
    if (hasRole || isShownAsPerson(text)) return [text];
  }
  return [];
}

/** How long a caption or card text may run and still be read for a name. */
const CAPTION_CHARS = 80;

/**
 * A test of whether the page shows a name as a person's: an image's caption (an avatar's `alt`),
 * a link's `title`, the short text of an author card or of the element an avatar sits in.
 * Read from the page once, on the first question.
 */
export function shownAsPerson(doc: Document): (name: string) => boolean {
  let captions: string[] | null = null;
  const read = (): string[] => {
    const short = (text: string | null | undefined) => {
      const squashed = squash(text ?? '');
      return squashed.length > 1 && squashed.length <= CAPTION_CHARS ? [squashed] : [];
    };
    return [
      ...Array.from(doc.querySelectorAll('img[alt], [title]')).flatMap((el) =>
        short(el.getAttribute('alt') ?? el.getAttribute('title')),
      ),
      ...Array.from(doc.querySelectorAll('[class*="author" i], [class*="avatar" i]')).flatMap((el) =>
        short(el.localName === 'img' ? el.parentElement?.textContent : el.textContent),
      ),
    ];
  };
  return (name) => {
    captions ??= read();
    return captions.some((caption) => caption.includes(name));
  };
}

/** Titles a Korean paper signs a piece with, beside the writer's name: reporter, correspondent, columnist, critic. */
const KOREAN_SIGN_TITLE = '(?:선임기자|객원기자|기자|특파원|칼럼니스트|논설위원|평론가)';
/**
 * A Korean sign-off: the name (two to four syllables) beside the writer's title, then the
 * writer's e-mail ("정덕현 칼럼니스트 thekian1@entermedia.co.kr", "칼럼니스트 박생강
 * pillgoo9@gmail.com"). The e-mail is what makes it a signature and not a mention of a reporter.
 */
const KOREAN_SIGN_OFF = new RegExp(
  `(?:^|[^가-힣])([가-힣]{2,4})\\s?${KOREAN_SIGN_TITLE}\\s*\\(?[\\w.+-]+@[\\w-]+\\.[\\w.-]+|${KOREAN_SIGN_TITLE}\\s+([가-힣]{2,4})\\s*\\(?[\\w.+-]+@[\\w-]+\\.[\\w.-]+`,
  'u',
);

/** The writer a Korean article signs with, in its text (see `KOREAN_SIGN_OFF`). */
export function signOffName(region: Element): string[] {
  const match = KOREAN_SIGN_OFF.exec(squash(region.textContent ?? ''));
  const name = match?.[1] ?? match?.[2];
  return name ? [name] : [];
}
