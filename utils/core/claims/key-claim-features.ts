import type { ActorReading, ActorSpan } from '../actors/find-actors';
import type { BodyText } from '../outline/body-sentences';
import { hasNumber, hasQuote } from './cues';
import weights from './key-claim-weights.json';
import { contentWords, stem, TopicWords } from './topic-words';

/**
 * What a reader's choice of an article's key sentences was found to follow, each as a number
 * from 0 to 1. `npm run fit:key-claims` weighs them against sentences readers picked blind
 * (logistic regression) and writes the weights to `key-claim-weights.json`.
 */
export const KEY_CLAIM_FEATURES = [
  // Where it stands: news and reports put what matters first, and each section opens with its point.
  'placeInArticle',
  'placeInSection',
  'opensParagraph',
  'summarySection',
  // What it carries: a full statement with figures, on the article's topic and title.
  'length',
  'number',
  'percentage',
  'topicWords',
  'titleWords',
  // Who acts: a salient actor as subject, doing something or taking a position.
  'actorSalience',
  'actorIsSubject',
  'somethingHappened',
  'actorTakesPosition',
  'quotation',
  // What weakens it: possibility, leaning on the sentence before, talking to the reader.
  'possibility',
  'dependentOpener',
  'addressesReader',
  'callToAction',
] as const;

export type KeyClaimFeature = (typeof KEY_CLAIM_FEATURES)[number];
export type KeyClaimFeatures = Record<KeyClaimFeature, number>;

/** Words as a sentence's spaces divide them. */
export const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Openers that lean on the sentence before ("This move…", "It…"): weaker on their own. */
const DEPENDENT_OPENER = /^(?:this|these|that|those|it|its|they|their|such|each|both|yet|but|and|so|thus)\b/i;
/** "has offered", "have intensified", "had been": something happened, not a view of it. */
const PERFECT =
  /\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:\w+ed|been|made|given|taken|sent|held|met|won|lost|begun|seen|shown|brought|built|led|left|paid|sought|struck|fought|drawn|become|grown|risen|fallen)\b/;
/** A past-tense verb right after a name: "Witkoff postponed", "Hamas rejected". */
const PAST_AFTER_NAME = /^\s+(?:\w+ly\s+)?\w+ed\b/;
/**
 * Verbs of positions and commitments, what analysts track an actor by: who offered, demanded,
 * rejected or agreed to what.
 */
const POSITION = new RegExp(
  `\\b(?:${[
    'offer(?:s|ed|ing)?',
    'propos(?:e|es|ed|ing)',
    'demand(?:s|ed|ing)?',
    'reject(?:s|ed|ing)?',
    'accept(?:s|ed|ing)?',
    'agree(?:s|d|ing)?',
    'pledg(?:e|es|ed|ing)',
    'promis(?:e|es|ed|ing)',
    'insist(?:s|ed|ing)?',
    'refus(?:e|es|ed|ing)',
    'sign(?:s|ed|ing)',
    'approv(?:e|es|ed|ing)',
    'threaten(?:s|ed|ing)?',
    'deploy(?:s|ed|ing)?',
    'respond(?:s|ed|ing)?',
    'seek(?:s|ing)?',
    'sought',
    'impos(?:e|es|ed|ing)',
    'lift(?:s|ed|ing)',
    'withdr(?:aw|aws|awing|awn|ew)',
    'vow(?:s|ed|ing)?',
    'veto(?:es|ed|ing)?',
    'back(?:s|ed|ing)',
    'oppos(?:e|es|ed|ing)',
    'endors(?:e|es|ed|ing)',
    'condemn(?:s|ed|ing)?',
    'recogni[sz](?:e|es|ed|ing)',
  ].join('|')})\\b`,
);
/** Possibility, as opposed to report: "could", "may", "might" soften more than "reportedly". */
const MODAL = /\b(?:could|may|might)\b/;
/** The reader addressed: advice and marketing, not what the piece finds. */
const SECOND_PERSON = /\byou(?:r|rs|rself)?\b/i;
const CALL_TO_ACTION =
  /\b(?:click|subscribe|sign up|contact us|learn more|read more|visit|download|follow us|check out|donate)\b/i;
const PERCENTAGE = /%|\bper ?cent\b/i;
/** An introduction or conclusion restates what the body argues; the body is where claims are made. */
const SUMMARY_SECTION = /^(?:introduction|intro|conclusions?|summary|in summary|overview|bottom line|takeaways?)\b/i;

/**
 * Is an actor the sentence's subject: named at its start ("The US has…", "Israel’s insistence…"),
 * or right after a short opening clause ("Despite the talks, Israeli airstrikes…")?
 */
function actorIsSubject(text: string, first: ActorSpan | undefined): boolean {
  if (!first) return false;
  const before = text.slice(0, first.start);
  if (/^(?:the\s+)?$/i.test(before)) return true;
  return /,\s+(?:the\s+)?$/i.test(before) && countWords(before) <= 8;
}

/** Each body sentence's features, in body order. */
export function keyClaimFeatures(body: BodyText, reading: ActorReading, title: string): KeyClaimFeatures[] {
  const maxSalience = Math.max(1, ...reading.actors.map((a) => a.salience));
  const salience = new Map(reading.actors.map((a) => [a.name, a.salience / maxSalience]));
  const topics = new TopicWords(body);
  const titleWords = new Set(contentWords(title).map(stem));
  const sectionSize = new Map<string | null, number>();
  for (const s of body.sentences) sectionSize.set(s.section, (sectionSize.get(s.section) ?? 0) + 1);
  const seenInSection = new Map<string | null, number>();
  const total = Math.max(1, body.sentences.length);

  return body.sentences.map((sentence, i) => {
    const { text } = sentence;
    const spans = reading.spans.get(i) ?? [];
    const inSection = seenInSection.get(sentence.section) ?? 0;
    seenInSection.set(sentence.section, inSection + 1);
    const words = [...new Set(contentWords(text).map(stem))];
    const acted = PERFECT.test(text) || (spans[0] !== undefined && PAST_AFTER_NAME.test(text.slice(spans[0].end)));
    return {
      placeInArticle: i / total,
      placeInSection: inSection / (sectionSize.get(sentence.section) ?? 1),
      opensParagraph: +sentence.opensBlock,
      summarySection: +(sentence.section !== null && SUMMARY_SECTION.test(sentence.section)),
      length: Math.min(countWords(text), 40) / 40,
      number: +hasNumber(text),
      percentage: +PERCENTAGE.test(text),
      topicWords: topics.score(text) / 4,
      titleWords: Math.min(3, words.filter((w) => titleWords.has(w)).length) / 3,
      actorSalience: Math.max(0, ...spans.map((s) => salience.get(s.name) ?? 0)),
      actorIsSubject: +actorIsSubject(text, spans[0]),
      somethingHappened: +acted,
      actorTakesPosition: +(spans.length > 0 && POSITION.test(text)),
      quotation: +hasQuote(text),
      possibility: +MODAL.test(text),
      dependentOpener: +DEPENDENT_OPENER.test(text),
      addressesReader: +SECOND_PERSON.test(text),
      callToAction: +CALL_TO_ACTION.test(text),
    };
  });
}

/** How strongly a sentence reads as a key claim: the fitted log-odds. */
export function keyClaimScore(features: KeyClaimFeatures): number {
  const w = weights.weights as Record<KeyClaimFeature, number>;
  return KEY_CLAIM_FEATURES.reduce((score, name) => score + w[name] * features[name], weights.intercept);
}
