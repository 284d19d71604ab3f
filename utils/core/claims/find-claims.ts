import type { ActorReading, ActorSpan } from '../actors/find-actors';
import type { BodySentence, BodyText } from '../outline/body-sentences';
import type { Claim } from '../types';
import { attribution, quotationSources } from './attribution';
import { hasNumber, hasQuote } from './cues';
import { hedgeCues } from './hedges';
import { TopicWords } from './topic-words';

/** What a key claim loses per key claim already taken from its section, and for the same actors. */
const SAME_SECTION_PENALTY = 0.75;
const SAME_ACTORS_PENALTY = 1.5;

/** What a sentence in the first two paragraphs gains. */
const LEAD_BONUS = 0.5;

/** How many key claims the outline leads with. */
const KEY_CLAIMS = 8;

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Openers that lean on the sentence before ("This move…", "It…"): weaker on their own. */
const DEPENDENT_OPENER = /^(?:this|these|that|those|it|its|they|their|such|each|both|yet|but|and|so|thus)\b/i;
/** Prescriptions ("must", "should") are the author's advice, not assertions about the actors. */
const PRESCRIPTIVE = /\b(?:must|should|ought to|needs? to)\b/;

/**
 * Is this sentence a claim at all? A statement of six to eighty words that ends like one; not a
 * question, not a fragment that starts in lower case.
 */
function isAssertion({ text, headline }: BodySentence): boolean {
  const words = countWords(text);
  if (words < 6 || words > 80 || headline) return false;
  if (/\?["”’)]*$/.test(text)) return false;
  return /^[\p{Lu}\p{N}“"‘'(]/u.test(text) && /[.!]["”’)]*$/.test(text);
}

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

interface Scored extends Claim {
  score: number;
  order: number;
}

/** How strongly a sentence reads as a key claim, before diversity is weighed. */
function baseScore(
  claim: Claim,
  spans: ActorSpan[],
  opensBlock: boolean,
  salienceOf: (name: string) => number,
): number {
  const { text, actors } = claim;
  // The most salient actor counts fully; more actors add little, so lists of names do not win.
  let score = actors.length ? 1 + Math.max(...actors.map(salienceOf)) + 0.1 * Math.min(actors.length - 1, 3) : -2;
  if (actorIsSubject(text, spans[0])) score += 1;
  if (PERFECT.test(text) || (spans[0] && PAST_AFTER_NAME.test(text.slice(spans[0].end)))) score += 0.75;
  if (POSITION.test(text)) score += 0.75;
  if (MODAL.test(text)) score -= 0.5;
  if (claim.quote) score += 0.5;
  if (claim.number) score += 0.5;
  if (claim.source) score += 0.75;
  if (opensBlock) score += 0.5;
  if (DEPENDENT_OPENER.test(text)) score -= 0.75;
  if (PRESCRIPTIVE.test(text)) score -= 0.75;
  const words = countWords(text);
  if (words < 9) score -= 0.5;
  if (words > 40) score -= 0.75;
  return score;
}

const SUMMARY_SECTION = /^(?:introduction|intro|conclusions?|summary|in summary|overview|bottom line|takeaways?)\b/i;

/** Jaccard overlap of two actor lists. */
function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = a.filter((x) => b.includes(x)).length;
  return shared / new Set([...a, ...b]).size;
}

/**
 * The claims of an article, key claims first. Every assertion is kept (hedged ones flagged, not
 * dropped); the key ones are picked greedily by score, each pick penalising further picks from
 * the same section or about the same actors, so eight claims do not all say one thing. Ties go
 * to the earlier sentence, so the same article always gives the same list.
 */
export function findClaims(body: BodyText, reading: ActorReading): Claim[] {
  const maxSalience = Math.max(1, ...reading.actors.map((a) => a.salience));
  const salience = new Map(reading.actors.map((a) => [a.name, a.salience / maxSalience]));
  const salienceOf = (name: string) => salience.get(name) ?? 0;
  const topics = new TopicWords(body);
  const spansOf = (i: number): ActorSpan[] => reading.spans.get(i) ?? [];
  // Every sentence's source, so that a quotation over several sentences is its speaker's throughout.
  // A transcript's turn is its speaker's ("SMITH: We will win."), by the actor's name.
  const speakerActor = (speaker: string) =>
    reading.actors.find((a) => a.name === speaker || a.aliases.includes(speaker))?.name ?? speaker;
  const sources = quotationSources(
    body.sentences,
    body.sentences.map(
      (sentence, i) =>
        attribution(sentence.text, spansOf(i)) ?? (sentence.speaker ? speakerActor(sentence.speaker) : null),
    ),
  );
  const candidates: Scored[] = [];
  body.sentences.forEach((sentence, i) => {
    if (!isAssertion(sentence)) return;
    const spans = spansOf(i);
    const actors = [...new Set(spans.map((s) => s.name))];
    const cues = hedgeCues(sentence.text);
    const claim: Claim = {
      text: sentence.text,
      section: sentence.section,
      actors,
      source: sources[i],
      hedged: cues.length > 0,
      hedgeCues: cues,
      quote: hasQuote(sentence.text),
      number: hasNumber(sentence.text),
      key: false,
    };
    // An introduction or conclusion restates what the body argues; the body is where claims are made.
    const summary = sentence.section !== null && SUMMARY_SECTION.test(sentence.section) ? 0.5 : 0;
    // News puts what matters most first (the inverted pyramid): the lead counts a little more.
    const lead = sentence.lead ? LEAD_BONUS : 0;
    const score =
      baseScore(claim, spans, sentence.opensBlock, salienceOf) + topics.score(sentence.text) + lead - summary;
    candidates.push({ ...claim, score, order: i });
  });

  const picked: Scored[] = [];
  const rest = [...candidates];
  while (picked.length < KEY_CLAIMS && rest.length > 0) {
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    rest.forEach((c, i) => {
      const sameSection = picked.filter((p) => p.section === c.section).length;
      const sameActors = Math.max(0, ...picked.map((p) => overlap(p.actors, c.actors)));
      const adjusted = c.score - SAME_SECTION_PENALTY * sameSection - SAME_ACTORS_PENALTY * sameActors;
      if (adjusted > bestScore) {
        bestScore = adjusted;
        best = i;
      }
    });
    picked.push({ ...rest[best], key: true });
    rest.splice(best, 1);
  }
  rest.sort((a, b) => b.score - a.score || a.order - b.order);
  return [...picked, ...rest].map(({ score: _s, order: _o, ...claim }) => claim);
}
