import type { StoredCapture, Version } from '../library/saved-article';
import type { Actor, Claim, NotArticle, Section } from '../types';
import { resolveUrl } from '../url';
import { day, joinLines } from './blocks';
import { changesSection } from './changes-section';
import { escapeMarkdown, oneLine } from './escape';
import { frontMatter } from './front-matter';
import type { NoteOptions } from './note-options';
import { textFragmentLinker } from './text-fragment';

/** What a note is written from: an article as read from its page or as the library keeps it. */
export interface NoteSource {
  article: StoredCapture;
  /** When this capture was made (ISO instant). */
  captured: string;
  /** A saved article's versions, oldest first: what "## Changes" lists. */
  versions?: Version[];
  /** The article's text already as Markdown (`articleBody`, `textBody`), for "## Article". */
  body?: string | null;
}

/** How many actors the note lists: the popup's first row of chips, give or take. */
const NOTE_ACTORS = 12;

/** Addresses a note links to: web pages, and saved files (the command line's `file://`). */
const LINKABLE = /^(https?|file):/i;
/** A link target as the URL parser writes it (so `<`, `>` and spaces are encoded), or null. */
const linkTarget = (url: string): string | null => resolveUrl(url, url, LINKABLE);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The sections as a nested bullet list, each followed by its points in italics one step in.
 * Italics are `*`, never `_`: `_` may start an email address in GFM ("_@1.org"), which would
 * take the delimiter with it. A
 * heading may skip levels (H2 then H4), but a list may not: a bullet indented more than one step
 * past its parent would turn into a code block.
 */
function sectionList(sections: Section[]): string {
  const top = Math.min(...sections.map((section) => section.level));
  let depth = -1;
  return sections
    .filter((section) => oneLine(section.title))
    .flatMap((section) => {
      depth = Math.min(depth + 1, section.level - top);
      const points = section.points
        .filter((point) => oneLine(point))
        .map((point) => `${'  '.repeat(depth + 1)}- *${escapeMarkdown(point)}*`);
      return [`${'  '.repeat(depth)}- ${escapeMarkdown(section.title)}`, ...points];
    })
    .join('\n');
}

/** "- **Steve Witkoff** — person, US envoy, 1 mention" */
function actorList(actors: Actor[]): string {
  return actors
    .map((actor) => {
      const facts = [actor.kind, actor.role, plural(actor.mentions, 'mention')]
        .filter((f): f is string => Boolean(f && oneLine(f)))
        .map(escapeMarkdown);
      return `- **${escapeMarkdown(actor.name)}** — ${facts.join(', ')}`;
    })
    .join('\n');
}

/** One claim: its sentence, who says so and how firmly, and a link to the sentence on the page. */
function claimLine(claim: Claim, link: ((sentence: string) => string) | null): string {
  const source = oneLine(claim.source ?? '');
  const cues = claim.hedgeCues.map(oneLine).filter(Boolean);
  const notes = [
    source && `according to ${source}`,
    claim.hedged && cues.length > 0 && `hedged: ${cues.join(', ')}`,
  ].filter((n): n is string => Boolean(n));
  const tail = notes.length ? ` *(${escapeMarkdown(notes.join('; '))})*` : '';
  const anchor = link ? ` [↗](<${link(oneLine(claim.text))}>)` : '';
  return `- ${escapeMarkdown(claim.text)}${tail}${anchor}`;
}

/** The note's properties, usable as Obsidian properties; absent values are left out. */
function properties(source: NoteSource, actors: Actor[], options: NoteOptions) {
  const { article } = source;
  return frontMatter({
    title: article.title,
    source: article.canonicalUrl,
    author: article.author,
    site: article.site,
    published: article.published?.iso ?? null,
    updated: article.updated?.iso ?? null,
    captured: source.captured,
    reading_time: article.readingTimeMinutes,
    actors: actors.map((actor) => actor.name),
    tags: options.tags,
  });
}

/**
 * An article as a Markdown note: front matter, `# Title`, a byline with ISO dates (unambiguous
 * in any locale) and the source link, then the outline, key actors, key claims each linked to
 * its sentence on the page, the changes of a saved article, and the article's text, as the
 * options choose. Every text from the page is escaped: whatever it holds, it stays text.
 */
export function articleNote(source: NoteSource, options: NoteOptions): string {
  const { article } = source;
  const link = linkTarget(article.canonicalUrl) ?? linkTarget(article.url);
  const actors = article.actors.filter((actor) => oneLine(actor.name)).slice(0, NOTE_ACTORS);
  const claims = article.claims.filter((claim) => oneLine(claim.text) && (options.claims === 'all' || claim.key));
  const claimLink = link && options.claimLinks ? textFragmentLinker(link, `${article.title}\n${article.text}`) : null;
  const byline = [
    article.author,
    article.site,
    article.published && `Published ${day(article.published)}`,
    article.updated && `Updated ${day(article.updated)}`,
    `${article.readingTimeMinutes} min read`,
  ]
    .filter((part): part is string => Boolean(part && oneLine(part)))
    .map(escapeMarkdown)
    .join(' · ');
  const body = joinLines([
    `# ${escapeMarkdown(article.title) || 'Untitled'}`,
    byline,
    link && `<${link}>`,
    options.outline && joinLines(['## Outline', sectionList(article.sections) || '*No section headings.*']),
    options.actors && joinLines(['## Key actors', actorList(actors) || '*No actors found.*']),
    options.claims !== 'none' &&
      joinLines([
        options.claims === 'all' ? '## Claims' : '## Key claims',
        claims.map((claim) => claimLine(claim, claimLink)).join('\n') || '*No claims found.*',
      ]),
    options.changes && source.versions && changesSection(source.versions),
    options.article && source.body && joinLines(['## Article', source.body]),
  ]);
  return `${options.frontMatter ? `${properties(source, actors, options)}\n` : ''}${body}\n`;
}

/** A note for a page that is not an article: what it is, and why there is no outline. */
export function notArticleNote(page: NotArticle, captured: string, options: NoteOptions): string {
  const head = options.frontMatter
    ? `${frontMatter({ title: page.title, source: page.url, captured, tags: options.tags })}\n`
    : '';
  const link = linkTarget(page.url);
  return `${head}${joinLines([
    `# ${escapeMarkdown(page.title ?? '') || 'Untitled'}`,
    `> Not an article: ${escapeMarkdown(page.reason)}`,
    link && `<${link}>`,
  ])}\n`;
}
