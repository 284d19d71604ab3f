/**
 * Whether two phrases name the same speaker, as PolNeAR's scoring reads them: two names that
 * share a name word ("Ms. Dong", "Dong Xiaolin"); otherwise two phrases whose head words agree
 * ("the Clinton campaign", "Clinton's campaign"). "Trump's spokesman" is not "Trump".
 */
const PRONOUNS = new Set(
  'i me my we us our you your he him his she her it its they them their this that these those who which one someone everyone anyone'.split(
    ' ',
  ),
);
const DETERMINERS = /^(?:the|a|an|this|that|these|those|some|several|many|two|three|one)\s+/i;
const TITLES =
  /^(?:mr|mrs|ms|miss|dr|prof|sen|rep|gov|gen|lt|col|capt|sgt|rev|hon|president|senator|governor|secretary|speaker)\.?\s+/i;

/** A pronoun ("he", "They", "his"), which no scorer can check against a name. */
export const isPronoun = (phrase: string): boolean =>
  PRONOUNS.has(
    phrase
      .trim()
      .toLowerCase()
      .replace(/[^a-z]/g, ''),
  );

const clean = (phrase: string): string =>
  phrase
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s.-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(DETERMINERS, '')
    .replace(TITLES, '');

/** The phrase before a preposition, a comma or a relative clause: "a spokesman for Disney" → "a spokesman". */
const core = (phrase: string): string =>
  phrase.split(/,|\(|\s(?:of|for|at|in|from|with|on|to|by|who|which|that)\s/i)[0];

/** Name words: capitalised, longer than an initial. */
const nameWords = (phrase: string): string[] | null => {
  const words = clean(core(phrase)).split(' ').filter(Boolean);
  return words.length && words.every((w) => /^\p{Lu}/u.test(w))
    ? words.filter((w) => w.replace('.', '').length > 1)
    : null;
};

const head = (phrase: string): string => (clean(core(phrase)).split(' ').at(-1) ?? '').toLowerCase();

/**
 * Does `given` name the same speaker as the gold `phrase`, or as a name in apposition in it ("the
 * White House press secretary, Josh Earnest,")?
 */
export function sameSpeaker(given: string, phrase: string): boolean {
  return phrase.split(/\s*,\s*/).some((part, i) => (i === 0 || /^\p{Lu}/u.test(part)) && sameHead(given, part));
}

function sameHead(a: string, b: string): boolean {
  const namesA = nameWords(a);
  const namesB = nameWords(b);
  if (namesA && namesB) return namesA.some((w) => namesB.some((v) => v.toLowerCase() === w.toLowerCase()));
  return head(a) !== '' && head(a) === head(b);
}
