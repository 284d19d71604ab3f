import type { ExtractResult, Section } from '../types';
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

/**
 * The outline as a Markdown note: title, a byline with ISO dates (unambiguous in any locale),
 * the source link and the sections as a nested list. A page that is not an article gives its
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
  ].join('\n\n')}\n`;
}
