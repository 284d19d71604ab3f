/**
 * Is the article in English (or unmarked)? The actor finder reads capitalisation, titles and
 * hedges the English way; in German every noun is capitalised, so it would list nouns as actors.
 */
export const isAnalysable = (language: string | null): boolean => !language || /^en(?:[-_]|$)/i.test(language);
