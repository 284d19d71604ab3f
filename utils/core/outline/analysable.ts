/** The commonest English words: in English prose about one word in four is one of them. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is that for it on was with as by at from be are this have has an not but or which said were'.split(
    ' ',
  ),
);

/**
 * Is the article in English? The actor finder reads capitalisation, titles and hedges the
 * English way; in German every noun is capitalised, so it would list nouns as actors. Pages often
 * declare a language their text is not in (a theme's `lang="en"` over German text), so the text
 * decides: among its first thousand words, at least one in ten must be a common English word
 * (English prose runs at about one in three; German, Portuguese or a recipe's lists at under one
 * in twenty). A text too short to tell is given the benefit of the doubt.
 */
export function isAnalysable(language: string | null, text: string): boolean {
  if (language && !/^en(?:[-_]|$)/i.test(language) && !/^(?:und|mul|zxx)$/i.test(language)) return false;
  const words = (text.match(/\p{L}+/gu) ?? []).slice(0, 1000);
  if (words.length < 40) return true;
  const common = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())).length;
  return common / words.length >= 1 / 10;
}
