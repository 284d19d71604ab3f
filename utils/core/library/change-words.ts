import { HONORIFICS } from '../actors/lexicon';
import { isTitleWord } from '../actors/word-classes';
import { fold } from '../text/fold';

/**
 * What kind of word an edit touches, for telling a revision that changes what a sentence says
 * from one that only fixes how it says it. English word lists; digits, names in capitals and
 * spelling distance work in any alphabet.
 */

/** Words that turn a statement into its opposite. */
const NEGATIONS = new Set(
  (
    'not no never none nobody nothing neither nor without cannot nowhere hardly barely unable ' +
    "don't doesn't didn't isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't"
  ).split(' '),
);

/** Modal verbs: "will" → "may" changes how firmly a thing is said. */
const MODALS = new Set('will would may might can could should must shall'.split(' '));

/** Amounts written in letters, with their values: "twelve" and "12" are one figure. */
const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const ORDINALS = [
  ...'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' '),
  ...UNITS.slice(13).map((unit) => `${unit}th`), // thirteenth … nineteenth
  'twentieth',
];
/** "First", "second" … "twentieth": an order, which a sentence gains as news ("for the second time"). */
export const isOrdinalWord = (word: string) => ORDINALS.includes(word.toLowerCase());

/** Words that are amounts though they have no value of their own here. */
const AMOUNT_WORDS = new Set(
  'hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half quarter twice double triple'.split(
    ' ',
  ),
);

/**
 * A figure as a value to compare: "12", "twelve" and "1,2" → "12"; "thirty-one" → "31"; other
 * amounts as written. "One" is a pronoun as often as a number ("one of them"), but an amount in
 * letters that only comes or goes is read as wording anyway (`figureChange`).
 */
export function figureValue(word: string): string | null {
  const w = word.toLowerCase();
  // An ordinal is its number: "5th", "fifth" and "5" ("September 18th", "September 18") are one figure.
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (ordinal) return ordinal[1];
  // "1,200" = "1200", "03:42" = "3:42", "12%" = "12 percent" (the sign is the word's, not the figure's).
  if (/\p{N}/u.test(w)) {
    return w
      .replace(/(?<=\d),(?=\d{3}\b)/g, '')
      .replace(/%$/, '')
      .replace(/(^|\D)0+(?=\d)/g, '$1');
  }
  const nth = ORDINALS.indexOf(w);
  if (nth >= 0) return String(nth + 1);
  const unit = UNITS.indexOf(w);
  if (unit >= 0) return String(unit);
  const [tens, ones] = w.split('-');
  const ten = TENS.indexOf(tens);
  if (ten >= 0) {
    const one = ones === undefined ? 0 : UNITS.indexOf(ones);
    return one >= 0 && one < 10 ? String((ten + 2) * 10 + one) : null;
  }
  if (AMOUNT_WORDS.has(w)) return w;
  // "nineteenth-century", "two-thirds", "5-year": the figure in a compound.
  const parts = w.split('-');
  if (parts.length > 1) return parts.map(figureValue).find((v) => v !== null) ?? null;
  return null;
}

/** Scales, also as the press abbreviates them: "$312m", "¥148bn", "5k". */
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/**
 * The figures of a run of words, with a number and its scale read as one ("340 thousand" =
 * "340,000", "1.2 million" = "1,200,000"); each with the word it stands for.
 */
export function figuresOf<W extends { lower: string }>(words: W[]): Array<{ word: W; value: string }> {
  const found: Array<{ word: W; value: string }> = [];
  words.forEach((word, i) => {
    const scale = SCALES[word.lower.replace(/s$/, '')];
    const previous = found.at(-1);
    if (scale && previous && previous.word === words[i - 1] && /^\d+(?:\.\d+)?$/.test(previous.value)) {
      previous.value = String(Math.round(Number(previous.value) * scale));
      return;
    }
    const value = figureValue(word.lower);
    if (value !== null) found.push({ word, value });
  });
  return found;
}

const MONTHS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** Days named relative to the writing: "today" and "on Saturday" can be one day. */
const RELATIVE_DAYS = new Set('today yesterday tomorrow tonight'.split(' '));

/**
 * English function words: articles, pronouns, prepositions, conjunctions, auxiliaries and the
 * commonest adverbs. Adding, dropping or swapping them is grammar, not content. Negations and
 * modals are not here: they are read first.
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those it its it’s it's they them their theirs he him his she her hers we us our you your " +
    'i me my who whom whose which what where when while whereas as of in on at to from by for with within into onto ' +
    'upon about above below over under between among across through during before after since until till than then ' +
    'and or but so yet also too both either each every any some such other another same own is are was were be been ' +
    'being am do does did done doing have has had having there here thus hence therefore however moreover furthermore ' +
    'further instead rather still even just only very quite more most much many less least well now already again ' +
    'together respectively namely i.e e.g etc via per like unlike whether if because though although indeed thereby ' +
    'whereby wherein herein therein toward towards onto around along upon out up down off away back'
  ).split(' '),
);

/** A negation, also as a prefix: "that did not exist" and "non-existent" say the same. */
export const isNegation = (word: string) => NEGATIONS.has(word) || /^non-?\p{L}{4,}/u.test(word);

export const isModal = (word: string) => MODALS.has(word);

/**
 * How firmly a modal says a thing: "will", "would", "must" and "shall" assert; "may", "might",
 * "could" and "can" allow; "should" advises. A modal put for one of the same
 * strength ("may" → "might") is wording; "will" → "may" is not.
 */
export function modalStrength(word: string): string | null {
  if (!MODALS.has(word)) return null;
  // "said it will" → "said it would" is the tense of reported speech, not a doubt.
  if (['will', 'would', 'must', 'shall'].includes(word)) return 'asserts';
  if (['may', 'might', 'could', 'can'].includes(word)) return 'allows';
  return word;
}
export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word);
export const isMonthOrDay = (word: string) => MONTHS.has(word) || WEEKDAYS.has(word);
export const isRelativeDay = (word: string) => RELATIVE_DAYS.has(word);
/** A figure: anything with a digit ("12", "3.5%", "2019"), or an amount in letters. */
export const isFigure = (word: string) => figureValue(word) !== null;

/**
 * A name: capitalised inside the sentence ("Hamas", "the UN"), not a function word. The first
 * word of a sentence is capitalised anyway, so it counts only when it is not a common word.
 */
export const isNameLike = (word: string, first: boolean) => {
  // "Mr", "Dr", "President": a title dropped or added names no one new.
  if (HONORIFICS.has(word.toLowerCase()) || isTitleWord(word)) return false;
  const acronym = /^\p{Lu}{2,}$/u.test(word); // "US" is a country, "us" a pronoun
  return (
    /^\p{Lu}/u.test(word) &&
    (acronym || !FUNCTION_WORDS.has(word.toLowerCase())) &&
    (!first || acronym || /\p{Lu}.*\p{Lu}/u.test(word))
  );
};

/** Word forms reduced to a shared stem: "reports", "reported", "reporting" → "report". */
export function stemOf(word: string): string {
  const w = fold(word);
  if (w.length <= 4) return w;
  return w.replace(/(?:ies|ied|ying|ing|edly|ed|es|s|ly|er|est|ment|ments|ness|ion|ions|ation|ations)$/u, '');
}

/** Levenshtein distance, stopped early once it exceeds `limit` (only small distances matter). */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length];
}

/**
 * One word written two ways: a spelling fix ("officialy" → "officially"), an inflection
 * ("report" → "reported"), a case or accent change, or a hyphen ("state-of-the-art"). Figures are
 * never variants of each other: 12 → 13 is one edit, but a different amount.
 */
export function isVariant(a: string, b: string): boolean {
  const x = fold(a).replace(/[-‐–'’]/g, '');
  const y = fold(b).replace(/[-‐–'’]/g, '');
  if (x === y) return true;
  if (isFigure(x) || isFigure(y)) return figureValue(x) === figureValue(y);
  if (stemOf(x) === stemOf(y) && stemOf(x).length >= 3) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 4) return false;
  return editDistance(x, y, 2) <= (shorter >= 8 ? 2 : 1);
}
