/**
 * What softens an assertion: the epistemic cues of English (FactBank's classes and the hedging
 * literature's: modals of possibility, conditions, verbs of belief, expectation and inference,
 * epistemic adverbs, adjectives and nouns), each with the literal uses a reader does not read as
 * doubt. `npm run bench:hedges` measures them against sentences labelled blind.
 */
interface Cue {
  /** The cue, as a regular expression source matched between word boundaries. */
  cue: string;
  /** Text just before the cue that makes it literal ("than expected", "you could"). */
  after?: RegExp;
  /** Text just after the cue that makes it literal ("could not be reached", "believe in"). */
  before?: RegExp;
}

/** A negation just before a verb of inference: "nothing indicated", "didn't estimate", "unable to predict". */
const NEGATED = /(?:\bnot|n[’']t|\bno|\bnothing|\bnever|\bunable\s+to|\bcannot)\s+(?:\w+\s+)?$/i;

const CUES: Cue[] = [
  // Modals of possibility: not ability ("could only manage", "could hear"), not a generic "you"
  // weighing options ("you could get creative"), not permission ("may be reproduced").
  {
    cue: 'could|might',
    after: /\b(?:you|one)\s+$/i,
    before:
      /^\s+(?:not\s+(?:immediately\s+)?be\s+reached|not\s+(?:help|wait|believe)|only|barely|hardly|hear|see|feel|smell|tell)\b/i,
  },
  {
    cue: 'may',
    after: /\b(?:you|one)\s+$/i,
    before: /^\s+(?:not\s+)?be\s+(?:reproduced|copied|used|distributed|republished)\b/i,
  },
  // "would" of a condition or a guess ("would raise taxes", "would take 15,000 years"); not a habit
  // ("as they typically would"), not a reported promise or plan ("his vow that Britain would
  // leave"), not a refusal ("would not comment"), not a preference ("would rather").
  {
    cue: 'would',
    after:
      /(?:\b(?:typically|normally|usually|often|always|never|sometimes|once)\s+(?:\w+\s+)?|\b(?:said|says|told|promised|vowed|vow|pledged|pledge|promise|announced|maintained|agreed|decided|insisted|warned|declared)\s+(?:that\s+)?(?:\w+\s+){1,3})$/i,
    before: /^\s+(?:rather|not\s+(?:comment|say|elaborate|confirm|disclose|discuss|answer|respond|specify))\b/i,
  },
  // A condition: not an indirect question ("asked if"), an idiom ("who cares if") or advice to "you".
  {
    cue: 'if|unless|had\\s+(?:you|we|they|he|she|I|it)',
    after: /\b(?:asked|ask|asks|see|check|know|sure|decide|matter|what|even|cares|damn)\s+$/i,
    before: /^\s+(?:you|your|any|so|necessary|needed|possible)\b/i,
  },
  { cue: 'as\\s+if|as\\s+though' },
  // Verbs of belief, expectation and inference: their subject holds the content, not knows it.
  {
    cue: 'thinks?|thought',
    after: /\b(?:a|the|no|second|first)\s+$/i,
    before: /^\s+(?:of|about|leadership|leader|process|experiment)\b/i,
  },
  {
    cue: 'believes?|believed|guess|suppose[sd]?|presumed?|suspects?|suspected|assumes?|assumed|doubts?|doubted',
    after: /\b(?:hard|difficult|impossible)\s+to\s+$/i,
    before: /^\s+in\b/i,
  },
  { cue: 'expects?|expected|expecting|anticipated?|anticipates', after: /\b(?:than|as|most|had)\s+$/i },
  {
    cue: 'predicts?|predicted|predicting|forecasts?|projected|estimates?|estimated|indicates?|indicated|suggests?|suggested|suggesting|implies|implied|hints?|hinted',
    after: /\b(?:the|topped|beat|beats|missed|exceeded|consensus)\s+$/i,
  },
  { cue: 'seems?|seemed|seemingly|sounds\\s+like|looks\\s+like|appearance\\s+of' },
  // "appear unwilling", "appeared to", not an appearance ("appeared in court", "appears on stage").
  {
    cue: 'appears?|appeared',
    before: /^\s+(?:in|on|at|before|for|with|alongside|as|onstage|together|to\s+(?:speak|testify|answer))\b/i,
  },
  {
    cue: 'wonder(?:s|ed|ing)?\\s+(?:if|whether)|whether',
    after: /\b(?:decide|decided|determine|know|knows|asked|ask)\s+$/i,
  },
  // Epistemic adverbs, adjectives and nouns; not "as soon as possible", "the highest rate
  // possible", "made it possible".
  {
    cue: 'possibly|perhaps|maybe|probably|likely|unlikely|presumably|supposedly|purportedly|reportedly|allegedly|apparently|conceivably|arguably',
  },
  {
    cue: 'possible|probable|plausible',
    after: /\b(?:as\s+\w+\s+as|whenever|wherever|if|made\s+(?:it\s+)?|make\s+(?:it\s+)?|everything|all)\s+$/i,
    before: /^(?:\s+to\s+(?:get|buy|find|make|see|use)\b|\s*[.,;:!?)]|\s+(?:for|with)\b)/i,
  },
  { cue: 'alleged|allegations?|rumou?rs?|rumou?red|speculation|speculated|speculates?|conspiracy\\s+theor(?:y|ies)' },
  { cue: 'unclear|uncertain|not\\s+clear|not\\s+necessarily|unconfirmed|unverified' },
  {
    cue: 'in\\s+my\\s+(?:opinion|view)|I\\s+(?:think|believe|guess|suspect|feel)|(?:is|are)\\s+said\\s+to|believed\\s+to',
  },
  { cue: 'under\\s+(?:serious\\s+)?consideration' },
];

const PATTERNS = CUES.map(({ cue, after, before }) => ({
  pattern: new RegExp(`\\b(?:${cue})\\b`, 'gi'),
  after,
  before,
}));

/** Verbs of inference and expectation, which a negation before them makes firm ("nothing indicated"). */
const INFERENCE = /^(?:predict|forecast|project|estimat|indicat|suggest|impl|hint|expect|anticipat)/i;

/** "if" stands for a guess only beside a modal ("would … if"), or as "if convicted", "if elected". */
const GUESSING_MODAL = /\b(?:would|will|could|might|may|won[’']t)\b/i;
const IF_PARTICIPLE = /^\s+\w+ed\b/i;

/**
 * The hedge cues of a sentence, in the order they appear, each once: the words that present an
 * assertion as possible, probable, believed, expected, reported without being vouched for, or
 * conditional ("may", "is expected to", "believe", "if … would", "reportedly", "unclear"). A
 * question asserts nothing, so it has none.
 */
export function hedgeCues(sentence: string): string[] {
  // "under “serious consideration”": quotes around a cue do not make it firm.
  const plain = sentence.replace(/[“”"‘]/g, '');
  if (/\?\s*[’)]*\s*$/.test(plain)) return [];
  const found: Array<{ at: number; cue: string }> = [];
  for (const { pattern, after, before } of PATTERNS) {
    for (const match of plain.matchAll(pattern)) {
      const at = match.index ?? 0;
      const cue = match[0];
      const left = plain.slice(0, at);
      const right = plain.slice(at + cue.length);
      if (after?.test(left) || before?.test(right)) continue;
      // "May" inside a sentence is the month (or a name); a modal opens one only as a question.
      if (cue === 'May') continue;
      if (INFERENCE.test(cue) && NEGATED.test(left)) continue;
      if (/^if$/i.test(cue) && !GUESSING_MODAL.test(plain) && !IF_PARTICIPLE.test(right)) continue;
      found.push({ at, cue: cue.replace(/\s+/g, ' ') });
    }
  }
  found.sort((a, b) => a.at - b.at);
  // Each cue once, as first written ("if … If" gives "if").
  const first = new Map<string, string>();
  for (const { cue } of found) if (!first.has(cue.toLowerCase())) first.set(cue.toLowerCase(), cue);
  return [...first.values()];
}
