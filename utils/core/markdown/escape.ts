/**
 * Characters that start Markdown syntax anywhere in a line: emphasis, code, links, HTML,
 * tables, strikethrough, and the Obsidian additions readers' notes also render: `$` math,
 * `^` block ids, `#` tags.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>#|~$^]/g;
/** A character reference ("&amp;", "&#169;") would be decoded; its `&` is escaped so it stays text. */
const CHARACTER_REFERENCE = /&(?=#?[0-9A-Za-z]+;)/g;
/**
 * The starts of GFM's bare-address links ("http://…", "www.…"). Such a link would take its
 * address from the raw text, backslashes included ("a\\_b" shown as typed), so an address in a
 * claim stays text, exactly as written.
 */
const BARE_LINK = /:(?=\/\/)|(?<=www)\./gi;
/** Pairs Obsidian reads as a highlight (`==`) or a comment (`%%`): the second one is escaped. */
const OBSIDIAN_PAIRS = /([=%])(?=\1)/g;
/** What starts a block at the beginning of a line: a list item, a quote, a heading, a setext underline. */
const LINE_START = /^([-+=])/;
const ORDERED_MARKER = /^(\d+)([.)])/;
/** Markdown's own whitespace (not the no-break space, which is text), and the line breaks it knows. */
const MARKDOWN_SPACE = /[\t\n\v\f\r ]+/g;
/** Control characters: NUL is replaced by Markdown parsers, the others render as nothing useful. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * A string as one line of plain text: runs of Markdown whitespace (newlines included) become
 * one space, control characters go, and the ends are trimmed. A claim or a title cannot start
 * a new block this way, whatever it holds.
 */
export const oneLine = (text: string): string => text.replace(CONTROL, '').replace(MARKDOWN_SPACE, ' ').trim();

/**
 * Text made inert as Markdown inline content: characters that start emphasis, links, code,
 * HTML, tables, math or references are backslash-escaped, and so is a leading "1." or "-" that
 * would start a list. Whitespace is left as it is (Turndown collapses it in an article body).
 */
export function escapeText(text: string): string {
  return text
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(CHARACTER_REFERENCE, '\\&')
    .replace(BARE_LINK, '\\$&')
    .replace(OBSIDIAN_PAIRS, '$1\\')
    .replace(ORDERED_MARKER, '$1\\$2')
    .replace(LINE_START, '\\$1');
}

/** Text as one line of inert Markdown: a Markdown reader shows exactly `oneLine(text)`. */
export const escapeMarkdown = (text: string): string => escapeText(oneLine(text));
