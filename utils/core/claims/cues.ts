/** A direct quotation of three characters or more: “positively”, "we will not". */
export const hasQuote = (sentence: string): boolean => /[“"][^“”"]{3,}[”"]/.test(sentence);

/** A figure: "60-day", "48 hours", "3.5%", "$2bn", or a number written as a word with a unit. */
export const hasNumber = (sentence: string): boolean =>
  /\d/.test(sentence) || /\b(?:dozens|hundreds|thousands|millions|billions|half|twice)\b/i.test(sentence);
