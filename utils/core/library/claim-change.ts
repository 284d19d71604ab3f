import { hedgeCues } from '../claims/hedges';
import { fold } from '../text/fold';
import type { Claim } from '../types';
import { dateKey, figureChange, sameDayRenamed } from './change-figures';
import { nameChange, sourceChange } from './change-names';
import { type ChangeKind, type ChangeReason, isSubstantiveKind } from './change-reason';
import {
  figureValue,
  isFigure,
  isFunctionWord,
  isModal,
  isNegation,
  isVariant,
  modalStrength,
  stemOf,
} from './change-words';
import { articleWords, classChange, missingFrom, type Word, wordsIn } from './sentence-words';
import { type Hunk, hunksOf, type WordPart, wordDiff } from './word-diff';

export interface ClaimChange {
  substantive: boolean;
  reason: ChangeReason;
  /** The sentence word by word, the old words struck and the new inserted. */
  parts: WordPart[];
}

/** What a claim is judged against: the language of its article, and the article's two texts. */
export interface JudgeContext {
  language?: string;
  /** The whole text of each version, so that a name the article already uses is not news. */
  articles?: { before: string; after: string };
}

/**
 * New content words a rewording may bring before it says something new: "show" → "demonstrate"
 * or "the principle" → "it" bring one or none; ", called FLUE (French Language Understanding
 * Evaluation)" brings six. Checked on IteraTeR's training revisions (`npm run bench:changes`): from
 * 3 to 5 words, and from 4 to 6 lost, precision and recall move by under 0.02.
 */
const NEW_CONTENT_WORDS = 3;
/**
 * Content words a rewording may drop before it takes something away: more than it may bring,
 * since tightening a sentence drops words that said little ("can be described as" → "are").
 */
const LOST_CONTENT_WORDS = 6;
/** Words a cut must take to be a clause, not a trim ("that were made", "in order"). */
const CUT_CLAUSE = 5;
/** Content words a cut clause takes with it to be a fact ("and that further arrests were possible"). */
const CUT_FACT_WORDS = 3;

/** Quoted passages of a sentence, as offset ranges: “…”, "…", «…», „…“. */
function quotedRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(/[“"«„‘][^“”"«»„‘’]{2,}[”"»“’]/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
const inside = (ranges: Array<[number, number]>, from: number, to: number) =>
  ranges.some(([start, end]) => from < end && to > start);

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

/** Does one sentence of `text` hold two thirds of these words (by stem), together? */
function movedTo(words: Word[], text: string): boolean {
  if (words.length === 0) return false;
  const stems = new Set(words.map((w) => stemOf(w.lower)));
  return text.split(/(?<=[.!?]["”’)]?)\s+|\n+/).some((sentence) => {
    const here = new Set(wordsIn(sentence).map((w) => stemOf(w.lower)));
    return [...stems].filter((s) => here.has(s)).length * 3 >= stems.size * 2;
  });
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

  const figures = figureChange(
    old,
    now,
    articles && { before: articleWords(articles.before), after: articleWords(articles.after) },
  );
  if (figures) return verdict(figures);
  const dates = classChange(old, now, dateKey);
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
  const source = sourceChange(before, after, parts, articles && articleWords(articles.before));
  if (source) return verdict(source);

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
      !h.added.trim() && wordsIn(h.removed).length >= CUT_CLAUSE && gone(wordsIn(h.removed)).length >= CUT_FACT_WORDS,
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
