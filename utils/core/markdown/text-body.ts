import { escapeMarkdown } from './escape';

/**
 * The body from the plain text a saved article keeps (the library stores no HTML): one
 * paragraph per block. Headings and lists read as paragraphs, every word is there.
 */
export const textBody = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map(escapeMarkdown)
    .filter(Boolean)
    .join('\n\n');
