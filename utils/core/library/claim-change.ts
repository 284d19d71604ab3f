import { hedgeCues } from '../claims/hedges';
import { fold } from '../text/fold';
import type { Claim } from '../types';
import {
  figuresOf,
  figureValue,
  isFigure,
  isFunctionWord,
  isModal,
  isMonthOrDay,
  isNameLike,
  isNegation,
  isRelativeDay,
  isVariant,
  modalStrength,
  stemOf,
} from './change-words';
import { type Hunk, hunksOf, type WordPart, wordDiff } from './word-diff';

/** What a change to a claim touches: the first eight change what it says, the rest only its wording. */
export type ChangeKind =
  | 'figure'
  | 'date'
  | 'negation'
  | 'modality'
  | 'source'
  | 'quote'
  | 'name'
  | 'content'
  | 'punctuation'
  | 'spelling'
  | 'grammar'
  | 'order'
  | 'paraphrase';

/** Why a change is or is not substantive, with the words that show it ("12" → "15"). */
export interface ChangeReason {
  kind: ChangeKind;
  /** The old words that changed; empty when something was only added. */
  before: string;
  /** The new words; empty when something was only removed. */
  after: string;
}

export interface ClaimChange {
  substantive: boolean;
  reason: ChangeReason;
  /** The sentence word by word, the old words struck and the new inserted. */
  parts: WordPart[];
}

const SUBSTANTIVE: ReadonlySet<ChangeKind> = new Set([
  'figure',
  'date',
  'negation',
  'modality',
  'source',
  'quote',
  'name',
  'content',
]);
export const isSubstantiveKind = (kind: ChangeKind) => SUBSTANTIVE.has(kind);

/**
 * New content words a rewording may bring before it says something new: "show" → "demonstrate"
 * or "the principle" → "it" bring one or none; ", called FLUE (French Language Understanding
 * Evaluation)" brings six. Checked on IteraTeR's training revisions (`npm run bench:changes`): from
 * 3 to 5 words, and from 4 to 6 lost, precision and recall move by under 0.02.
 */
export const NEW_CONTENT_WORDS = 3;
/**
 * Content words a rewording may drop before it takes something away: more than it may bring,
 * since tightening a sentence drops words that said little ("can be described as" → "are").
 */
export const LOST_CONTENT_WORDS = 6;
/** Words a cut must take to be a clause, not a trim ("that were made", "in order"). */
const CUT_CLAUSE = 5;

interface Word {
  text: string;
  lower: string;
  at: number;
}

/** The words of a sentence with their offsets: figures keep their points and commas ("3.5", "1,200"). */
function wordsIn(text: string): Word[] {
  return [...text.matchAll(/\p{N}+(?:[.,:]\p{N}+)*(?:%|st\b|nd\b|rd\b|th\b)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu)].map(
    (m) => ({
      text: m[0].replace(/['’-]+$/, ''),
      lower: m[0].toLowerCase().replace(/['’-]+$/, ''),
      at: m.index ?? 0,
    }),
  );
}

/** The words of `a` not matched by one of `b`, counting repeats. */
function missingFrom(a: string[], b: string[]): string[] {
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
function classChange(before: Word[], after: Word[], key: (w: Word) => string | null): ChangeReason | null {
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

/**
 * A figure that changed, came or went, as a date when it is one ("March 2019" → "March 2018").
 * "These two examples" → "Both examples": a small amount in letters dropped or added with no
 * other figure in its place is wording; a figure in digits, or one amount put for another, is not.
 */
function figureChange(old: Word[], now: Word[], article?: Set<string>): ChangeReason | null {
  // A year added to a date the article already dates ("March 5" → "March 5, 2024") says nothing new.
  const known = (w: Word) => article?.has(w.lower) && /^(?:1[5-9]|20)\d\d$/.test(w.lower);
  const values = (words: Word[]) => new Map(figuresOf(words).map(({ word, value }) => [word, value]));
  const [oldValues, newValues] = [values(old), values(now)];
  const figures = classChange(old, now, (w) => (known(w) ? null : (oldValues.get(w) ?? newValues.get(w) ?? null)));
  if (!figures) return null;
  const inLetters = (words: string) => words.split(' ').every((w) => !/\p{N}/u.test(w));
  if ((!figures.before || !figures.after) && inLetters(`${figures.before} ${figures.after}`)) return null;
  const dated = [...datedFigures(old), ...datedFigures(now)];
  const changedWords = [figures.before, figures.after].join(' ').split(' ').filter(Boolean);
  return { ...figures, kind: changedWords.some((w) => dated.includes(w)) ? 'date' : 'figure' };
}

/**
 * A figure changed in what the article says outside its claims: a list item, a caption, a
 * sentence too long or too short to be a claim ("Released 23 February 2019" → "3 July 2021").
 */
export function figureChangeOutside(before: string, beforeClaims: Claim[], after: string, afterClaims: Claim[]) {
  const outside = (text: string, claims: Claim[]) => claims.reduce((rest, c) => rest.replace(c.text, ' '), text);
  return figureChange(wordsIn(outside(before, beforeClaims)), wordsIn(outside(after, afterClaims)));
}

/** What a claim is judged against: the language of its article, and the article's two texts. */
export interface JudgeContext {
  language?: string;
  /** The whole text of each version, so that a name the article already uses is not news. */
  articles?: { before: string; after: string };
}

const wordSets = new Map<string, Set<string>>();
/** The words of an article, folded: kept for the texts of the comparison at hand, which are judged claim after claim. */
function articleWords(text: string): Set<string> {
  let words = wordSets.get(text);
  if (!words) {
    if (wordSets.size > 4) wordSets.clear();
    words = new Set(wordsIn(text).map((w) => fold(w.text)));
    wordSets.set(text, words);
  }
  return words;
}

/** Quoted passages of a sentence, as offset ranges: “…”, "…", «…», „…“. */
function quotedRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(/[“"«„‘][^“”"«»„‘’]{2,}[”"»“’]/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
const inside = (ranges: Array<[number, number]>, from: number, to: number) =>
  ranges.some(([start, end]) => from < end && to > start);

/**
 * Names in one version that the other neither has nor writes a little differently: spelt with a
 * letter more or less, spaced differently ("QApairs" → "QA pairs"), or as part of a compound
 * ("ViCoQA" → "UIT-ViCoQA"). A capitalised word the text also writes in lower case ("Zenith"
 * beside "zenith") is a common word, not a name.
 */
function nameChange(
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
const NAME_ENDINGS = /^(?:s|es|n|an|ian|ean|i|ese|ish|ern|ic|ans|ians|ers?|everend)$/;

/**
 * One name in two forms: the longer is the shorter with an ending a name takes ("Korean",
 * "Westerners", "Rev" → "Reverend"). "Niger" and "Nigeria" stay two names.
 */
function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && short !== long && long.startsWith(short) && NAME_ENDINGS.test(long.slice(short.length));
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

/** The source the article gives, compared loosely: "the UN" and "UN" are one source. */
function sourceChange(before: Claim, after: Claim): ChangeReason | null {
  const words = (source: string | null) => wordsIn(source ?? '').filter((w) => !isFunctionWord(w.lower));
  const [old, now] = [words(before.source), words(after.source)];
  const same = old.length === now.length && old.every((w, i) => isVariant(w.text, now[i].text));
  if (same) return null;
  // One source described two ways ("the government and a majority of parliament" → "… most
  // members of parliament") keeps most of its words.
  const shared = old.filter((w) => now.some((n) => isVariant(w.text, n.text))).length;
  if (old.length > 0 && now.length > 0 && shared * 2 >= Math.max(old.length, now.length)) return null;
  // The source read differently from a reworded sentence that still names the same one: each
  // side's source is in the other side's words ("Any scion of an eligible heir", both times).
  const has = (text: string, source: Word[]) => {
    const words = new Set(wordsIn(text).map((w) => w.lower));
    return source.every((w) => words.has(w.lower));
  };
  if (has(after.text, old) && has(before.text, now)) return null;
  return { kind: 'source', before: before.source ?? '', after: after.source ?? '' };
}

/** Content words: not function words, figures, negations or modals, and of three letters or more. */
const isContent = (w: Word) =>
  w.lower.length >= 3 && !isFunctionWord(w.lower) && !isFigure(w.lower) && !isNegation(w.lower) && !isModal(w.lower);

/**
 * Content words of `a` whose stem `b` does not have and that are not a spelling of one it has:
 * what a version says that the other does not.
 */
function newContent(a: Word[], b: Word[]): Word[] {
  const stems = new Set(b.map((w) => stemOf(w.lower)));
  const others = b.filter(isContent).map((w) => w.lower);
  // Words run together or split apart ("validateour" → "validate our") are the same words.
  const letters = fold(b.map((w) => w.text).join(''));
  return a
    .filter(isContent)
    .filter(
      (w) =>
        !stems.has(stemOf(w.lower)) &&
        !others.some((o) => isVariant(o, w.lower)) &&
        !letters.includes(fold(w.text).replace(/-/g, '')),
    );
}

/** A month or a day's name: "May" only with its capital, since "may" is a modal. */
const isDateWord = (w: Word) =>
  (isMonthOrDay(w.lower) && (w.lower !== 'may' || w.text === 'May')) || isRelativeDay(w.lower);

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

const PRONOUNS = new Set('he she they it him her them his its their'.split(' '));

/**
 * Is a new source only a pronoun given its name ("He said" → "Mwelwa-Banda said"), a name the
 * article already used? Then who says it has not changed.
 */
function namesPronoun(parts: WordPart[], source: ChangeReason, article: string): boolean {
  if (!source.after || source.before) return false;
  const named = wordsIn(source.after).filter((w) => isNameLike(w.text, false));
  const known = articleWords(article);
  return (
    named.length > 0 &&
    named.every((w) => known.has(fold(w.text))) &&
    hunksOf(parts).some((h) => {
      const gone = wordsIn(h.removed).map((w) => w.lower);
      return gone.length > 0 && gone.every((w) => PRONOUNS.has(w));
    })
  );
}

/** Does one sentence of `text` hold two thirds of these words (by stem), together? */
function movedTo(words: Word[], text: string): boolean {
  if (words.length === 0) return false;
  const stems = new Set(words.map((w) => stemOf(w.lower)));
  return text.split(/(?<=[.!?]["”’)]?)\s+|\n+/).some((sentence) => {
    const here = new Set(wordsIn(sentence).map((w) => stemOf(w.lower)));
    return [...stems].filter((s) => here.has(s)).length * 3 >= stems.size * 2;
  });
}

/** Does a date change only name the same day differently ("today" → "on Saturday")? */
function sameDayRenamed(change: ChangeReason): boolean {
  const gone = change.before.toLowerCase().split(' ').filter(Boolean);
  const come = change.after.toLowerCase().split(' ').filter(Boolean);
  const relative = (words: string[]) => words.length > 0 && words.every(isRelativeDay);
  const named = (words: string[]) => words.length > 0 && words.every((w) => isMonthOrDay(w) && !isRelativeDay(w));
  return (relative(gone) && named(come)) || (named(gone) && relative(come));
}

/** Does a hunk only respell its words, one for one ("dialog" → "dialogue"), or only change their punctuation? */
function allVariants(hunk: Hunk): boolean {
  const gone = wordsIn(hunk.removed).map((w) => w.lower);
  const come = wordsIn(hunk.added).map((w) => w.lower);
  return gone.length === come.length && gone.every((w, i) => isVariant(w, come[i]));
}

/** The kind of a change that leaves what a sentence says alone. */
function cosmeticKind(before: Word[], after: Word[], parts: WordPart[]): ChangeReason {
  const hunks = hunksOf(parts);
  const words = (text: string) => wordsIn(text).map((w) => w.lower);
  const reason = (kind: ChangeKind) => ({
    kind,
    before: hunks.map((h) => h.removed.trim()).find(Boolean) ?? '',
    after: hunks.map((h) => h.added.trim()).find(Boolean) ?? '',
  });
  const oldWords = before.map((w) => w.lower);
  const newWords = after.map((w) => w.lower);
  if (oldWords.join(' ') === newWords.join(' ')) return reason('punctuation');
  if (hunks.every(allVariants)) return reason('spelling');
  if (missingFrom(oldWords, newWords).length === 0 && missingFrom(newWords, oldWords).length === 0) {
    return reason('order');
  }
  const grammar = hunks.every((h) => [...words(h.removed), ...words(h.added)].every(isFunctionWord));
  return reason(grammar ? 'grammar' : 'paraphrase');
}

/**
 * Does a claim's new wording change what it says? Read in order of how surely a reader would say
 * yes: a figure, a date, a negation, a modal or hedge, the source, the quoted words, a name, or
 * new or lost content beyond a rewording. Otherwise the change is spelling, punctuation, grammar,
 * order or a close paraphrase: a copy-edit. The reason names the first thing that decided it.
 */
export function judgeClaimChange(
  before: Claim,
  after: Claim,
  { language = 'en', articles }: JudgeContext = {},
): ClaimChange {
  const parts = wordDiff(before.text, after.text, language);
  const old = wordsIn(before.text);
  const now = wordsIn(after.text);
  const verdict = (reason: ChangeReason): ClaimChange => ({
    substantive: isSubstantiveKind(reason.kind),
    reason,
    parts,
  });

  const figures = figureChange(old, now, articles && articleWords(articles.before));
  if (figures) return verdict(figures);
  const dates = classChange(old, now, (w) => (isDateWord(w) ? w.lower : null));
  if (dates && !sameDayRenamed(dates)) return verdict({ ...dates, kind: 'date' });
  // How many negations, not which: "did not exist" → "non-existent" still denies.
  const negation = classChange(old, now, (w) => (isNegation(w.lower) ? 'not' : null));
  if (negation) return verdict({ ...negation, kind: 'negation' });
  // How firmly: a hedge that came or went ("reportedly", "could"), or one modal put for another
  // ("will" → "may"). A modal that only comes with a reworded verb ("captures" → "can capture")
  // is not read as a change of firmness unless it is a hedge.
  const modals = classChange(old, now, (w) => modalStrength(w.lower));
  if (modals?.before && modals.after) return verdict({ ...modals, kind: 'modality' });
  // A hedge that came or went; one hedge put for another ("expected" → "predicted") is wording.
  // With the same modals on both sides, a modal read as a hedge on one side only is the hedge
  // reader seeing a reworded clause differently ("would be identified" → "would identify").
  const sameModals = modals === null;
  const cuesOf = (text: string) => hedgeCues(text).filter((cue) => !(sameModals && isModal(cue.toLowerCase())));
  const [oldCues, newCues] = [cuesOf(before.text), cuesOf(after.text)];
  if ((oldCues.length === 0) !== (newCues.length === 0)) {
    return verdict({ kind: 'modality', before: oldCues.join(' '), after: newCues.join(' ') });
  }
  const source = sourceChange(before, after);
  if (source && !(articles && namesPronoun(parts, source, articles.before))) return verdict(source);

  const oldQuotes = quotedRanges(before.text);
  const newQuotes = quotedRanges(after.text);
  const quoted = hunksOf(parts).find(
    (h) =>
      !allVariants(h) &&
      (inside(oldQuotes, h.at.before, h.at.before + h.removed.length) ||
        inside(newQuotes, h.at.after, h.at.after + h.added.length)),
  );
  if (quoted) return verdict({ kind: 'quote', before: quoted.removed.trim(), after: quoted.added.trim() });

  const names = nameChange(
    old,
    now,
    articles && { before: articleWords(articles.before), after: articleWords(articles.after) },
  );
  if (names) return verdict(names);
  // Words another sentence of the old article said together were moved in, not new ("Growing
  // tropical crops is rarer." joined to the next sentence).
  const brought = newContent(now, old);
  const added = articles && movedTo(brought, articles.before) ? [] : brought;
  // What the sentence lost and another sentence of the new article now says was moved, not
  // lost ("…, where workers carried banners" → a sentence of its own).
  const gone = (words: Word[]) => {
    const lostWords = newContent(words, now);
    return articles && movedTo(lostWords, articles.after) ? [] : lostWords;
  };
  const lost = gone(old);
  // A clause cut with nothing in its place (", and two children were among the injured") takes
  // its facts with it, though a whole sentence's rewording may lose as many words.
  const cut = hunksOf(parts).some(
    (h) =>
      !h.added.trim() &&
      wordsIn(h.removed).length >= CUT_CLAUSE &&
      gone(wordsIn(h.removed)).length >= NEW_CONTENT_WORDS,
  );
  if (added.length >= NEW_CONTENT_WORDS || lost.length >= LOST_CONTENT_WORDS || cut) {
    return verdict({
      kind: 'content',
      before: lost.map((w) => w.text).join(' '),
      after: added.map((w) => w.text).join(' '),
    });
  }
  return verdict(cosmeticKind(old, now, parts));
}

/**
 * Does a claim added (or removed) say only what the other version says elsewhere: a sentence
 * that a rewording made into a claim, or moved and rephrased? No figure or name the other version
 * lacks, and fewer new content words than a rewording may bring.
 */
export function restates(claim: Claim, otherText: string): boolean {
  const words = wordsIn(claim.text);
  const other = wordsIn(otherText);
  const values = new Set(other.map((w) => figureValue(w.lower)));
  if (words.some((w) => figureValue(w.lower) !== null && !values.has(figureValue(w.lower)))) return false;
  if (nameChange(other, words)?.after) return false;
  if (words.some((w) => isNegation(w.lower)) && !other.some((w) => isNegation(w.lower))) return false;
  // Most of its content words must be there already: a short new sentence of two content words
  // ("It has never been visited by a spacecraft.") is news though it brings fewer than three.
  const fresh = newContent(words, other).length;
  return fresh < NEW_CONTENT_WORDS && fresh <= words.filter(isContent).length / 4;
}
