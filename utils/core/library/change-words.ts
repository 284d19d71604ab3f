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
      .replace(/^[a-z]{1,3}(?=\d)/, '') // a currency's letters: "R120", "US5"
      .replace(/^(\d+(?:\.\d+)?)(k|m|mn|bn)$/, (_, n: string, scale: string) =>
        String(Math.round(Number(n) * { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 }[scale as 'k'])),
      )
      .replace(/(?<=\d),(?=\d{3}\b)/g, '')
      .replace(/%$/, '')
      .replace(/^0+(?=\d)/, '');
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

/** Scales in words, and as the press abbreviates them ("¥148bn"); "m" and "k" only after money or a decimal ("$312m", "6.1m", not "4m" of snow). */
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
const MONEY_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6 };

/** "am", "a.m." (read as "a", "m"), "pm": a clock's half of the day, and how many words it took. */
function halfOfDay(words: Array<{ lower: string }>, at: number): { pm: boolean; length: number } | null {
  const [first, second] = [words[at]?.lower, words[at + 1]?.lower];
  if (first === 'am' || first === 'pm') return { pm: first === 'pm', length: 1 };
  if ((first === 'a' || first === 'p') && second === 'm') return { pm: first === 'p', length: 2 };
  return null;
}

/**
 * The figures of a run of words, each with the word it stands for, read as a reader compares
 * them: a number and its scale as one ("340 thousand" = "340,000", "$1.2m" = "$1,200,000"), and a
 * time on the 24-hour clock ("7:00am" = "7 a.m." = "07:00", "2:30 p.m." = "14:30").
 */
export function figuresOf<W extends { lower: string; money?: boolean }>(words: W[]): Array<{ word: W; value: string }> {
  const found: Array<{ word: W; value: string }> = [];
  let skip = 0;
  words.forEach((word, i) => {
    if (skip > 0) {
      skip -= 1;
      return;
    }
    const previous = found.at(-1);
    const key = word.lower.replace(/s$/, '');
    // "$312m" and "6.1m households" are millions; "4m of snow" may be metres.
    const abbreviated = previous && (previous.word.money || previous.value.includes('.'));
    const scale = SCALES[key] ?? (abbreviated ? MONEY_SCALES[key] : undefined);
    if (scale && previous && previous.word === words[i - 1] && /^\d+(?:\.\d+)?$/.test(previous.value)) {
      previous.value = String(Math.round(Number(previous.value) * scale));
      return;
    }
    let value = figureValue(word.lower);
    if (value === null) return;
    const clock = /^(\d{1,2})(?::(\d\d))?$/.exec(value);
    const half = clock ? halfOfDay(words, i + 1) : null;
    if (clock && (half || clock[2] !== undefined)) {
      const hour = (Number(clock[1]) % (half ? 12 : 24)) + (half?.pm ? 12 : 0);
      value = `${hour}:${clock[2] ?? '00'}`;
      skip = half?.length ?? 0;
    }
    found.push({ word, value });
  });
  return found;
}

const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');
const DAY_NAMES = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
/** "Sept" and "Tues." as the day or month they stand for. */
const SHORT_DATE_WORDS: Record<string, string> = {
  sept: 'september',
  tues: 'tuesday',
  thur: 'thursday',
  thurs: 'thursday',
  ...Object.fromEntries([...MONTH_NAMES, ...DAY_NAMES].map((name) => [name.slice(0, 3), name])),
};
const MONTHS = new Set(MONTH_NAMES);
const WEEKDAYS = new Set(DAY_NAMES);

/**
 * A month's or a day's name in full ("tues" → "tuesday"), or null. A short form counts only
 * capitalised ("Wed.", not "wed"; "Sat.", not "sat"), and "May" only capitalised, as "may" is a modal.
 */
export function dateName(word: string): string | null {
  const lower = word.toLowerCase();
  const capitalised = /^\p{Lu}/u.test(word);
  if (lower === 'may') return capitalised ? 'may' : null;
  if (MONTHS.has(lower) || WEEKDAYS.has(lower)) return lower;
  return capitalised ? (SHORT_DATE_WORDS[lower] ?? null) : null;
}
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
export const isRelativeDay = (word: string) => RELATIVE_DAYS.has(word);
/** A figure: anything with a digit ("12", "3.5%", "2019"), or an amount in letters. */
export const isFigure = (word: string) => figureValue(word) !== null;

/**
 * A name: capitalised inside the sentence ("Hamas", "the UN"), not a function word. The first
 * word of a sentence is capitalised anyway, so it counts only when it is not a common word.
 */
export const isNameLike = (word: string, first: boolean) => {
  // "Mr", "Dr", "President": a title dropped or added names no one new.
  if (HONORIFICS.has(word.toLowerCase()) || isTitleWord(word) || /\p{N}/u.test(word)) return false; // "R120" is a sum
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
