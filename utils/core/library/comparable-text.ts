/**
 * Text reduced to what a revision changes: words. Punctuation, curly versus straight quotes,
 * dashes and white space are dropped, as diffengine does, so that a republish that only
 * retypesets the article is not an update.
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a sentence for matching: lower case, no punctuation. */
export const wordsOf = (text: string): string[] => comparableText(text).toLowerCase().split(' ').filter(Boolean);
