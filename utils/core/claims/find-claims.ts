import type { ActorReading, ActorSpan } from '../actors/find-actors';
import type { BodySentence, BodyText } from '../outline/body-sentences';
import type { Claim } from '../types';
import { attribution, quotationSources } from './attribution';
import { hedgeCues } from './hedges';
import { countWords, type KeyClaimFeatures, keyClaimFeatures, keyClaimScore } from './key-claim-features';
import weights from './key-claim-weights.json';

/**
 * What a key claim loses, in log-odds, per key claim already taken from its section and for the
 * same actors (their overlap), so that eight claims do not all say one thing. Chosen by the fit.
 */
export interface DiversityPenalties {
  sameSection: number;
  sameActors: number;
}

/** How many key claims the outline leads with. */
const KEY_CLAIMS = 8;

/**
 * Is this sentence a claim at all? A statement of six to eighty words that ends like one; not a
 * question, not a fragment that starts in lower case.
 */
export function isAssertion({ text, headline }: BodySentence): boolean {
  const words = countWords(text);
  if (words < 6 || words > 80 || headline) return false;
  if (/\?["”’)]*$/.test(text)) return false;
  return /^[\p{Lu}\p{N}“"‘'(]/u.test(text) && /[.!]["”’)]*$/.test(text);
}

interface Scored extends Claim {
  score: number;
  order: number;
}

/** Jaccard overlap of two actor lists. */
function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = a.filter((x) => b.includes(x)).length;
  return shared / new Set([...a, ...b]).size;
}

/**
 * The claims of an article, key claims first. Every assertion is kept (hedged ones flagged, not
 * dropped); the key ones are picked greedily by score (the fitted key-claim weights, or `score`
 * when the weights are being fitted), each pick penalising further picks from the same section
 * or about the same actors. Ties go to the earlier sentence, so the same article always gives
 * the same list.
 */
export function findClaims(
  body: BodyText,
  reading: ActorReading,
  title: string,
  score: (features: KeyClaimFeatures) => number = keyClaimScore,
  penalties: DiversityPenalties = weights.penalties,
): Claim[] {
  const features = keyClaimFeatures(body, reading, title);
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
    const actors = [...new Set(spansOf(i).map((s) => s.name))];
    const cues = hedgeCues(sentence.text);
    const claim: Claim = {
      text: sentence.text,
      section: sentence.section,
      actors,
      source: sources[i],
      hedged: cues.length > 0,
      hedgeCues: cues,
      quote: features[i].quotation === 1,
      number: features[i].number === 1,
      key: false,
    };
    candidates.push({ ...claim, score: score(features[i]), order: i });
  });

  const picked: Scored[] = [];
  const rest = [...candidates];
  while (picked.length < KEY_CLAIMS && rest.length > 0) {
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    rest.forEach((c, i) => {
      const sameSection = picked.filter((p) => p.section === c.section).length;
      const sameActors = Math.max(0, ...picked.map((p) => overlap(p.actors, c.actors)));
      const adjusted = c.score - penalties.sameSection * sameSection - penalties.sameActors * sameActors;
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
