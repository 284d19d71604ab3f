/** Adult silent reading speed for non-fiction, words per minute (Brysbaert 2019: 238). */
const WORDS_PER_MINUTE = 238;

/** Minutes to read `wordCount` words, rounded up, at least one. */
export const readingMinutes = (wordCount: number): number => Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
