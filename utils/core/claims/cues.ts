import type { ActorSpan } from '../actors/find-actors';
import { ROLE_MODIFIERS, SPEECH_VERBS, TITLE_NOUNS } from '../actors/lexicon';

/** A direct quotation of three characters or more: “positively”, "we will not". */
export const hasQuote = (sentence: string): boolean => /[“"][^“”"]{3,}[”"]/.test(sentence);

/** A figure: "60-day", "48 hours", "3.5%", "$2bn", or a number written as a word with a unit. */
export const hasNumber = (sentence: string): boolean =>
  /\d/.test(sentence) || /\b(?:dozens|hundreds|thousands|millions|billions|half|twice)\b/i.test(sentence);

/** People named by their function, who can be a source: "officials said", "analysts warn". */
const GENERIC_SOURCES =
  'officials|official|analysts|experts|sources|diplomats|critics|observers|spokesperson|spokesman|spokeswoman|negotiators|mediators|lawyers|prosecutors|investigators|researchers|economists|residents|witnesses|authorities|leaders|ministers|police|officers|aides|advisers|advisors|people';

const ACCORDING_TO = /\baccording to ((?:the |a |an )?[^,.;:]{2,60}?)(?=[,.;:]|$)/i;
const SAID_AFTER =
  /[,”"]\s+(?:said|says|told|added|argued|warned|noted)\s+((?:the |a |an )?[^,.;:]{2,60}?)(?=[,.;:]|$)/;
/** "…, a second person briefed on the call said." */
const SAID_AT_END =
  /,\s+((?:the |a |an |one |two |three |some |several )?[^,;:“”"]{2,80}?)\s+(?:said|says|say|added|argued|warned|noted)\.?["”’]?$/;
/** "China's commerce ministry said …", "Two people briefed on the talks said …": a short subject. */
const SUBJECT_SAID =
  /^((?:the |a |an |one |two |three |some |several |many )?[\w’'.&-]+(?: [\w’'.&-]+){0,6}?) (?:said|says|say|told|argued|warned|noted|added|announced|insisted|claimed|stated)\b/i;
const GENERIC_SUBJECT = new RegExp(
  `((?:\\b[A-Z][\\w’'.-]*\\s+|\\b(?:senior|top|some|many|several|two|three|former|western|local|federal|state)\\s+)*\\b(?:${GENERIC_SOURCES}))\\s+(?:\\w+ly\\s+)?(\\w+)\\b`,
);

/**
 * The actor a source phrase names, when the phrase is that actor with at most a role before it
 * ("trade lawyer David Okafor", "the WTO"); otherwise the phrase itself ("a local police source").
 */
function sourceName(sentence: string, start: number, phrase: string, spans: ActorSpan[]): string {
  const end = start + phrase.length;
  const actor = spans.find((s) => s.end === end && s.start >= start);
  if (!actor) return phrase;
  const lead = sentence.slice(start, actor.start).split(/\s+/).filter(Boolean);
  const roleOnly = lead.every(
    (w) => /^\p{Lu}/u.test(w) || ['the', 'a', 'an'].includes(w) || TITLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w),
  );
  return roleOnly ? actor.name : phrase;
}

/**
 * Who the article says asserts the sentence: "according to X", "…, said X", "…, X said.",
 * "X said/argued/warned …", "American officials reportedly see …". Where the source is an actor, its canonical name is
 * given ("Okafor argued" → "David Okafor").
 */
export function attribution(sentence: string, spans: ActorSpan[]): string | null {
  for (const pattern of [ACCORDING_TO, SAID_AFTER, SAID_AT_END]) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const phrase = match[1].trim();
    return sourceName(sentence, (match.index ?? 0) + match[0].indexOf(match[1]), phrase, spans);
  }
  for (const verb of sentence.matchAll(/\b([a-z]+)\b/g)) {
    if (!SPEECH_VERBS.has(verb[1]) || isCalledAsName(sentence, verb.index + verb[1].length)) continue;
    // Skip "reportedly", "also", "has" between subject and verb.
    const before = sentence
      .slice(0, verb.index)
      .replace(/(?:\s+(?:also|has|have|had|\w+ly))+\s*$/, '')
      .trimEnd();
    const actor = spans.find((s) => s.end === before.length);
    // "The crisis in Gaza adds…": an actor after a preposition is not the one speaking.
    const governed =
      actor &&
      /\b(?:in|of|at|from|to|with|by|for|on|into|over|against)\s+(?:the\s+)?$/i.test(sentence.slice(0, actor.start));
    if (actor && !governed) return actor.name;
  }
  // "Scissors, who consults with administration officials, said …"
  const relative = /^([^,]{2,60}), (?:who|which) [^,]+, (?:said|says|argued|warned|noted|added)\b/.exec(sentence);
  const speaker = relative && spans.find((s) => s.end === relative[1].length);
  if (speaker) return speaker.name;
  const subject = SUBJECT_SAID.exec(sentence);
  if (subject) return sourceName(sentence, 0, subject[1], spans);
  const generic = GENERIC_SUBJECT.exec(sentence);
  if (generic && SPEECH_VERBS.has(generic[2])) return generic[1].trim();
  return null;
}

/** "a group called Hamas" names, "Trump called for" attributes. */
const isCalledAsName = (sentence: string, end: number): boolean =>
  /^\s+(?!for\b|on\b|it\b|the\b|him\b|her\b|them\b|a\b)/.test(sentence.slice(end)) &&
  /called$|calls$/.test(sentence.slice(0, end));
