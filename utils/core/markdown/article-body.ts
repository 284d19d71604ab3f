import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { escapeText } from './escape';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * The article's body as Markdown, from the allowlisted HTML the extractor wrote: Turndown, with
 * GitHub tables and strikethrough. Headings move one level down, so the article's own H2s sit
 * under the note's "## Article". Text is escaped like every other text in the note, so no
 * sentence of the page becomes HTML, a table or a heading.
 */
export function articleBody(html: string): string {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    hr: '---',
    // A backslash line break, not two trailing spaces, so trailing whitespace can be trimmed.
    br: '\\',
  });
  service.use(gfm);
  // A pipe is written as a character reference, not `\|`: the table plugin escapes pipes in
  // cells itself and would turn `\|` into `\\|`, a literal backslash and a cell border.
  service.escape = (text) => escapeText(text).replace(/\\\|/g, '&#124;');
  service.addRule('nested-heading', {
    filter: [...HEADINGS],
    replacement: (content, node) => {
      const level = Math.min(6, Number(node.nodeName.slice(1)) + 1);
      return `\n\n${'#'.repeat(level)} ${content.trim()}\n\n`;
    },
  });
  // Turndown leaves spaces on the blank lines between loose list items.
  return service
    .turndown(html)
    .replace(/[ \t]+$/gm, '')
    .trim();
}
