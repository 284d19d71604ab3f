import type { Actor, Claim, ExtractResult, Section } from '../types';
import { escapeMarkdown } from './escape';

/**
 * The sections as a nested bullet list, each followed by its points in italics one step in. A
 * heading may skip levels (H2 then H4), but a list may not: a bullet indented more than one step
 * past its parent would turn into a code block.
 */
function sectionList(sections: Section[]): string {
  const top = Math.min(...sections.map((section) => section.level));
  let depth = -1;
  return sections
    .flatMap((section) => {
      depth = Math.min(depth + 1, section.level - top);
      const points = section.points.map((point) => `${'  '.repeat(depth + 1)}- _${escapeMarkdown(point)}_`);
      return [`${'  '.repeat(depth)}- ${escapeMarkdown(section.title)}`, ...points];
    })
    .join('\n');
}

/** How many actors the note lists: the popup's first row of chips, give or take. */
const NOTE_ACTORS = 12;

/** "- **Steve Witkoff** — person, US envoy, 1 mention" */
function actorList(actors: Actor[]): string {
  return actors
    .slice(0, NOTE_ACTORS)
    .map((actor) => {
      const mentions = `${actor.mentions} mention${actor.mentions === 1 ? '' : 's'}`;
      const facts = [actor.kind, actor.role, mentions].filter((f): f is string => Boolean(f)).map(escapeMarkdown);
      return `- **${escapeMarkdown(actor.name)}** — ${facts.join(', ')}`;
    })
    .join('\n');
}

/** The key claims, one bullet each, with who says so and how firmly. */
function claimList(claims: Claim[]): string {
  return claims
    .filter((claim) => claim.key)
    .map((claim) => {
      const notes = [
        claim.source && `according to ${claim.source}`,
        claim.hedged && `hedged: ${claim.hedgeCues.join(', ')}`,
      ].filter((n): n is string => Boolean(n));
      const tail = notes.length ? ` _(${escapeMarkdown(notes.join('; '))})_` : '';
      return `- ${escapeMarkdown(claim.text)}${tail}`;
    })
    .join('\n');
}

/**
 * The outline as a Markdown note: title, a byline with ISO dates (unambiguous in any locale),
 * the source link, the sections as a nested list, the key actors and the key claims. A page that is not an article gives its
 * reason as a quote, so a batch of notes still says what happened to each page.
 */
export function outlineToMarkdown(result: ExtractResult): string {
  if (!result.isArticle) {
    const title = result.title ? `# ${escapeMarkdown(result.title)}\n\n` : '';
    return `${title}> Not an article: ${escapeMarkdown(result.reason)}\n\n<${result.url}>\n`;
  }
  const byline = [
    result.author,
    result.site,
    result.published && `Published ${result.published.iso.slice(0, 10)}`,
    result.updated && `Updated ${result.updated.iso.slice(0, 10)}`,
    `${result.readingTimeMinutes} min read`,
  ]
    .filter((part): part is string => Boolean(part))
    .map(escapeMarkdown)
    .join(' · ');
  const outline = sectionList(result.sections);
  return `${[
    `# ${escapeMarkdown(result.title)}`,
    byline,
    `<${result.canonicalUrl}>`,
    '## Outline',
    outline || '_This article has no section headings._',
    '## Key actors',
    actorList(result.actors) || '_No actors found._',
    '## Key claims',
    claimList(result.claims) || '_No claims found._',
  ].join('\n\n')}\n`;
}
