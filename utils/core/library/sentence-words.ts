import { fold } from '../text/fold';
import type { ChangeReason } from './change-reason';

/** A word of a sentence: as written, in lower case, and where it starts. */
export interface Word {
  text: string;
  lower: string;
  at: number;
  /** A sum of money: a figure after a currency sign ("$312", "£1.3") or with a currency's letters ("R120"). */
  money: boolean;
}

/** The words of a sentence with their offsets: figures keep their points and commas ("3.5", "1,200"). */
export function wordsIn(text: string): Word[] {
  return [...text.matchAll(/\p{N}+(?:[.,:]\p{N}+)*(?:%|st\b|nd\b|rd\b|th\b)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu)].map(
    (m) => ({
      text: m[0].replace(/['’-]+$/, ''),
      lower: m[0].toLowerCase().replace(/['’-]+$/, ''),
      at: m.index ?? 0,
      money: /\p{Sc}$/u.test(text.slice(0, m.index)) || /^\p{Lu}{1,3}\d/u.test(m[0]),
    }),
  );
}

/** The words of `a` not matched by one of `b`, counting repeats. */
export function missingFrom(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  return a.filter((w) => {
    const n = left.get(w) ?? 0;
    if (n === 0) return true;
    left.set(w, n - 1);
    return false;
  });
}

/**
 * The change in one class of words, when the two versions do not hold the same ones: `key` gives
 * a member's value ("twelve" → "12"), or null for a word outside the class.
 */
export function classChange(before: Word[], after: Word[], key: (w: Word) => string | null): ChangeReason | null {
  const members = (words: Word[]) => words.flatMap((w) => (key(w) === null ? [] : [w]));
  const [old, now] = [members(before), members(after)];
  const oldKeys = old.map((w) => key(w) as string);
  const newKeys = now.map((w) => key(w) as string);
  const goneKeys = missingFrom(oldKeys, newKeys);
  const comeKeys = missingFrom(newKeys, oldKeys);
  if (goneKeys.length === 0 && comeKeys.length === 0) return null;
  const texts = (words: Word[], keys: string[]) => keys.map((k) => words.find((w) => key(w) === k)?.text ?? k);
  return { kind: 'content', before: texts(old, goneKeys).join(' '), after: texts(now, comeKeys).join(' ') };
}

const wordSets = new Map<string, Set<string>>();
/** The words of an article, folded: kept for the texts of the comparison at hand, which are judged claim after claim. */
export function articleWords(text: string): Set<string> {
  let words = wordSets.get(text);
  if (!words) {
    if (wordSets.size > 4) wordSets.clear();
    words = new Set(wordsIn(text).map((w) => fold(w.text)));
    wordSets.set(text, words);
  }
  return words;
}
