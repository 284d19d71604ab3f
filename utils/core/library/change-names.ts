import { fold } from '../text/fold';
import type { Claim } from '../types';
import { isDateWord } from './change-figures';
import type { ChangeReason } from './change-reason';
import { isFunctionWord, isNameLike, isVariant } from './change-words';
import { type Word, wordsIn } from './sentence-words';
import { hunksOf, type WordPart } from './word-diff';

/**
 * Names in one version that the other neither has nor writes a little differently: spelt with a
 * letter more or less, spaced differently ("QApairs" → "QA pairs"), or as part of a compound
 * ("ViCoQA" → "UIT-ViCoQA"). A capitalised word the text also writes in lower case ("Zenith"
 * beside "zenith") is a common word, not a name.
 */
export function nameChange(
  before: Word[],
  after: Word[],
  articles?: { before: Set<string>; after: Set<string> },
): ChangeReason | null {
  const lowerCase = new Set([...before, ...after].filter((w) => !/\p{Lu}/u.test(w.text)).map((w) => w.lower));
  const names = (words: Word[]) =>
    words.filter((w, i) => isNameLike(w.text, i === 0) && !isDateWord(w) && !lowerCase.has(w.lower)).map((w) => w.text);
  const unspaced = (words: Word[]) => fold(words.map((w) => w.text).join(''));
  const fresh = (name: string, others: string[], otherWords: Word[]) => {
    const parts = fold(name).split('-');
    const otherLetters = unspaced(otherWords);
    const otherFolded = new Set(otherWords.flatMap((w) => [fold(w.text), ...fold(w.text).split('-')]));
    return (
      !parts.some((part) => otherFolded.has(part)) &&
      // Letters run together ("QApairs") are matched only when long enough not to be found by chance.
      !(name.length >= 5 && otherLetters.includes(fold(name).replace(/-/g, ''))) &&
      !others.some((o) => isVariant(o, name)) &&
      ![...otherFolded].some((word) => sameFamily(fold(name), word))
    );
  };
  const [oldNames, newNames] = [names(before), names(after)];
  let come = newNames.filter((n) => fresh(n, oldNames, before));
  let gone = oldNames.filter((n) => fresh(n, newNames, after));
  [come, gone] = withoutAcronyms(come, gone);
  [gone, come] = withoutAcronyms(gone, come);
  // One name put for another ("Egypt" → "Qatar") changes who did it. A name that only comes
  // (a pronoun made a name: "he" → "Singh") or only goes says something new only if the article
  // did not name it elsewhere.
  if (articles && (come.length === 0 || gone.length === 0)) {
    come = come.filter((n) => !articles.before.has(fold(n)));
    gone = gone.filter((n) => !articles.after.has(fold(n)));
  }
  if (come.length === 0 && gone.length === 0) return null;
  return { kind: 'name', before: gone.join(' '), after: come.join(' ') };
}

/** What turns a name into its people, language or region: "Korea" → "Korean", "West" → "western". */
const NAME_ENDINGS = /^(?:s|es|n|an|ian|ean|i|ese|ish|ern|ic|ans|ians|ers?)$/;
/** Abbreviations are this short at most: "Rev", "Gen", "Univ". */
const ABBREVIATION = 4;

/**
 * One name in two forms: the longer is the shorter with an ending a name takes ("Korean",
 * "Westerners"), or the shorter abbreviates it ("Rev" → "Reverend", "Univ" → "University").
 * "Niger" and "Nigeria" stay two names.
 */
function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || short === long || !long.startsWith(short)) return false;
  return short.length <= ABBREVIATION || NAME_ENDINGS.test(long.slice(short.length));
}

/**
 * Names written out on one side and as their acronym on the other ("the United States" and "the
 * US", "European Union" and "EU") are one name: both are dropped.
 */
function withoutAcronyms(full: string[], short: string[]): [string[], string[]] {
  const initials = full.map((n) => n[0]).join('');
  const acronyms = short.filter(
    (n) => /^\p{Lu}{2,5}$/u.test(n.replace(/\./g, '')) && initials.includes(n.replace(/\./g, '')),
  );
  if (acronyms.length === 0) return [full, short];
  const spelled = new Set<number>();
  for (const acronym of acronyms.map((n) => n.replace(/\./g, ''))) {
    const at = initials.indexOf(acronym);
    for (let i = at; i < at + acronym.length; i += 1) spelled.add(i);
  }
  return [full.filter((_, i) => !spelled.has(i)), short.filter((n) => !acronyms.includes(n))];
}

/**
 * Did the source the sentence is attributed to change? Loosely, as a reader tells sources apart:
 * - one source spelt or described two ways is one: "the UN" and "UN"; "a statement released by
 *   the company" and "the company"; "the government and a majority of parliament" and "… most
 *   members of parliament";
 * - a pronoun or a description given a name the article already used is the same source ("He
 *   said" → "Mwelwa-Banda said", "The agency" → "The UNHCR"), and a pronoun given a description
 *   ("It said" → "The company said");
 * - two names that differ, two descriptions with little in common ("police" → "witnesses"), or a
 *   source that comes or goes otherwise, are a change.
 */
export function sourceChange(
  before: Claim,
  after: Claim,
  parts: WordPart[],
  article?: Set<string>,
): ChangeReason | null {
  const words = (source: string | null) => wordsIn(source ?? '').filter((w) => !isFunctionWord(w.lower));
  const [old, now] = [words(before.source), words(after.source)];
  const same = old.length === now.length && old.every((w, i) => isVariant(w.text, now[i].text));
  if (same) return null;
  const change: ChangeReason = { kind: 'source', before: before.source ?? '', after: after.source ?? '' };
  const namesOf = (list: Word[]) => list.filter((w) => isNameLike(w.text, false));
  const [oldNames, newNames] = [namesOf(old), namesOf(now)];
  const known = (names: Word[]) => article !== undefined && names.every((w) => article.has(fold(w.text)));
  const alike = (a: Word, b: Word) => isVariant(a.text, b.text) || sameFamily(fold(a.text), fold(b.text));
  if (old.length > 0 && now.length > 0) {
    if (oldNames.length > 0 && newNames.length > 0) {
      return oldNames.some((o) => newNames.some((n) => alike(o, n))) ? null : change;
    }
    if (oldNames.length === 0 && newNames.length === 0) {
      const shared = old.filter((w) => now.some((n) => alike(w, n))).length;
      return shared * 2 >= Math.min(old.length, now.length) ? null : change;
    }
    return known([...oldNames, ...newNames]) ? null : change;
  }
  // A source that came where a pronoun stood, or went leaving one, and that the article named.
  const pronounSwap = hunksOf(parts).some((h) => {
    const side = wordsIn(old.length > 0 ? h.added : h.removed).map((w) => w.lower);
    return side.length > 0 && side.every((w) => PRONOUNS.has(w));
  });
  if (pronounSwap && known([...oldNames, ...newNames])) return null;
  // The source read differently from a reworded sentence that still names the same one: each
  // side's source is in the other side's words ("Any scion of an eligible heir", both times).
  const has = (text: string, source: Word[]) => {
    const all = new Set(wordsIn(text).map((w) => w.lower));
    return source.every((w) => all.has(w.lower));
  };
  return has(after.text, old) && has(before.text, now) ? null : change;
}

const PRONOUNS = new Set('he she they it him her them his its their'.split(' '));
