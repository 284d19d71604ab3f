/**
 * Text made inert as Markdown inline content: characters that start emphasis, links, code, HTML
 * or tables are backslash-escaped, and so is a leading "1." or "-" that would start a list.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}
