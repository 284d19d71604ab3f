import type { Claim } from '../types';
import type { ChangeReason } from './change-reason';
import { dateName, figuresOf, isFigure, isOrdinalWord, isRelativeDay } from './change-words';
import { articleWords, classChange, type Word, wordsIn } from './sentence-words';

/** A month's or a day's name, full or short ("Tues."), or "today": as the day or month it names. */
export const dateKey = (w: Word): string | null => dateName(w.text) ?? (isRelativeDay(w.lower) ? w.lower : null);
export const isDateWord = (w: Word) => dateKey(w) !== null;

/** Figures that are part of a date: a year, or a number beside a month ("12 July", "July 12"). */
function datedFigures(words: Word[]): string[] {
  return words
    .filter(
      (w, i) =>
        /^(?:1[5-9]|20)\d\d$/.test(w.lower) ||
        (isFigure(w.lower) && [words[i - 1], words[i + 1]].some((n) => n && isDateWord(n))),
    )
    .map((w) => w.lower);
}

/**
 * A figure that changed, came or went, as a date when it is one ("March 2019" → "March 2018").
 * Not a change: a small amount in letters dropped or added with no other figure in its place
 * ("These two examples" → "Both examples"), an ordinal excepted ("for the second time" is news);
 * and figures that only came, or only went, and that the other version of the article gives
 * elsewhere: moved between sentences ("…, creating a group with assets of 9.8 trillion yen").
 */
export function figureChange(
  old: Word[],
  now: Word[],
  articles?: { before: Set<string>; after: Set<string> },
): ChangeReason | null {
  // A year added to a date the article already dates ("March 5" → "March 5, 2024") says nothing new.
  const known = (w: Word) => articles?.before.has(w.lower) && /^(?:1[5-9]|20)\d\d$/.test(w.lower);
  const values = (words: Word[]) => new Map(figuresOf(words).map(({ word, value }) => [word, value]));
  const [oldValues, newValues] = [values(old), values(now)];
  const figures = classChange(old, now, (w) => (known(w) ? null : (oldValues.get(w) ?? newValues.get(w) ?? null)));
  if (!figures) return null;
  const words = (text: string) => text.split(' ').filter(Boolean);
  const [gone, come] = [words(figures.before), words(figures.after)];
  const oneSided = gone.length === 0 || come.length === 0;
  if (oneSided && [...gone, ...come].every((w) => !/\p{N}/u.test(w) && !isOrdinalWord(w))) return null;
  const elsewhere = (list: string[], article?: Set<string>) =>
    list.length > 0 && article !== undefined && list.every((w) => article.has(w.toLowerCase()));
  if (oneSided && (elsewhere(come, articles?.before) || elsewhere(gone, articles?.after))) return null;
  const dated = [...datedFigures(old), ...datedFigures(now)];
  return { ...figures, kind: [...gone, ...come].some((w) => dated.includes(w.toLowerCase())) ? 'date' : 'figure' };
}

/**
 * A figure changed in what the article says outside its claims: a list item, a caption, a
 * sentence too long or too short to be a claim ("Released 23 February 2019" → "3 July 2021").
 */
export function figureChangeOutside(before: string, beforeClaims: Claim[], after: string, afterClaims: Claim[]) {
  const outside = (text: string, claims: Claim[]) => claims.reduce((rest, c) => rest.replace(c.text, ' '), text);
  // A figure that only moved between the claims and the rest ("finished second." joined to a claim) stays.
  const articles = { before: articleWords(before), after: articleWords(after) };
  return figureChange(wordsIn(outside(before, beforeClaims)), wordsIn(outside(after, afterClaims)), articles);
}

/** Does a date change only name the same day differently ("today" → "on Saturday")? */
export function sameDayRenamed(change: ChangeReason): boolean {
  const gone = change.before.split(' ').filter(Boolean);
  const come = change.after.split(' ').filter(Boolean);
  const relative = (words: string[]) => words.length > 0 && words.every((w) => isRelativeDay(w.toLowerCase()));
  const named = (words: string[]) => words.length > 0 && words.every((w) => dateName(w) !== null);
  return (relative(gone) && named(come)) || (named(gone) && relative(come));
}
