import type { ActorSpan } from '../actors/find-actors';
import { ROLE_MODIFIERS, TITLE_NOUNS } from '../actors/lexicon';

/**
 * Who a sentence says asserts what it reports: the speaker of "said", "told", "according to",
 * "wrote", "argued" and their kin, read as a reader reads it, with no parser: the subject before
 * the verb with its apposition, age and title set aside ("Taylor Hirth, 31, said" gives Taylor
 * Hirth), the speaker after an inverted verb ("…,” said Sen. Lindsey Graham"), the subject of a
 * clause the verb joins ("…, saying", "… and said"), never the listener ("told CNN's Dana Bash"),
 * never an adverbial ("said in a statement"). `bench:sources` measures it against PolNeAR.
 */

/** Verbs of saying, writing and holding a view that attribute what follows them. */
const SPEECH =
  'said|says|say|told|tells|tell|wrote|writes|stated|explained|explains|replied|replies|tweeted|tweets|testified|testifies|insisted|insists|argued|argues|argue|warned|warns|warn|noted|notes|cautioned|cautions|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|declared|declares|acknowledged|acknowledges|admitted|admits|conceded|concedes|countered|counters|complained|complains|asserted|asserts|contended|contends|predicted|predicts|suggested|suggests|believes|believe|believed|thinks|think|fears|fear|feared|added|adds|asked|asks|announced|announces|claimed|claims|claim|reported|reports|confirmed|confirms|denied|denies|maintained|maintains|estimated|estimates|agreed|agrees|agree|observed|observes|recalled|recalls|concluded|concludes|wondered|wonders|responded|responds|sees|see|expects|expect|expected|acknowledge|alleged|alleges|allege|boasted|boasts|bragged|brags|charged|charges|joked|jokes|quipped|lamented|laments|mused|muses|pointed out|points out|wrote back';
/**
 * Of those, the ones with other senses ("maintains existing tariffs", "added Latin hits", "wrote
 * the letter"): they attribute only before "that", a quote, a colon, a question word, or at the
 * clause's end.
 */
const WEAK =
  /^(?:wrote|writes|added|adds|asked|asks|announced|announces|claimed|claims|claim|reported|reports|confirmed|confirms|denied|denies|maintained|maintains|estimated|estimates|agreed|agrees|agree|observed|observes|recalled|recalls|concluded|concludes|responded|responds|sees|see|expects|expect|expected|charged|charges|fear|fears|feared|think|believe|suggested|suggests|predicted|predicts|noted|notes|acknowledge|alleged|alleges|allege)$/i;
const VERB = new RegExp(`\\b(${SPEECH})\\b`, 'gi');
/**
 * Acts of speech with an object, and findings ("accused Clinton of", "urged Congress to", "a poll
 * shows"): their subject says or shows what follows, when it opens the sentence. Wants, refusals
 * and rejections are not among them: "Israel wants assurances" is the writer's claim about Israel.
 */
const ACT = new RegExp(
  `\\b(${[
    'accused|accuses|criticized|criticised|criticizes|praised|praises|urged|urges|endorsed|endorses|defended|defends',
    'proposed|proposes|described|describes|dismissed|dismisses|denounced|denounces|questioned|questions|vowed|vows',
    'pledged|pledges|promised|promises|called(?: for| on)?|calls(?: for| on)?|cited|cites',
    'shows|showed|show|found|finds|revealed|reveals|indicated|indicates',
  ].join('|')})\\b`,
  'gi',
);
/** Verbs of finding, and what can find: "a poll shows", "investigators found". */
const FINDING = /^(?:shows|showed|show|found|finds|revealed|reveals|indicated|indicates)$/i;
const FINDER =
  /\b(?:polls?|polling|surveys?|stud(?:y|ies)|data|reports?|analys[ie]s|results|findings|records|numbers|figures|documents|e-?mails|files|footage|videos?|papers?|articles?|research|researchers|authors|economists|analysts|investigations?|investigators|reviews?|audits?|census|estimates|scientists|experts|tests?|filings?)$/i;
/** What may follow a finder's head noun: "a poll released Saturday", "a CNN/ORC poll last month". */
const FINDER_MODIFIER =
  /\s+(?:(?:released|conducted|published|taken|issued|out|made\s+public)\b|(?:last|this|earlier|on|in)\s+(?:\w+day|week|month|year|spring|summer|fall|autumn|winter|\p{Lu}\p{Ll}+)\b).*$/u;
/** Does this phrase name what can find ("the poll", "a study by the Council of …", "A CNN/ORC poll last month")? */
const isFinder = (phrase: string) =>
  FINDER.test(phrase.replace(FINDER_MODIFIER, '').split(/\s(?:of|by|for|from|in)\s/)[0]);

/**
 * What finds, when it opens the clause before a verb of finding: "New polls released Sunday",
 * "records", "Audit files from NGP VAN" (finders need no determiner and may carry a participle,
 * which other speakers may not).
 */
function finderSubject(lead: string, verb: string): string | null {
  if (!FINDING.test(verb)) return null;
  const clause = (commaGroups(lead.replace(DATELINE, '')).at(-1) ?? '').replace(/^(?:and|but|so|yet)\s+/i, '');
  if (!clause || words(clause).length > 12 || HAS_VERB.test(` ${clause}`) || NOT_IN_SUBJECT.test(clause)) return null;
  return isFinder(clause) ? clause : null;
}

/** A clause the sentence's subject says: "…, saying she favors raising the wage". */
const PARTICIPLE =
  /\b(saying|adding|noting|arguing|insisting|explaining|warning|writing|declaring|claiming|telling|stressing|suggesting|predicting|acknowledging|conceding|complaining)\b/gi;

/** Opening and closing quotation marks, and the doubled apostrophes some papers print for both. */
const QUOTE = /[“”"]|''/g;

/**
 * What may follow a weak verb for it to attribute: "that", a quotation of a few words (not a word in
 * scare quotes: "responded “positively”"), a colon, a question word, "to X that".
 */
const ATTRIBUTING_NEXT =
  /^\s*(?:that\b|whether\b|if\b|[:,;.!?]|[“"‘'](?=(?:[^”"’']*?\s){3})|$|(?:to|in)\s+[^,.;]{1,60}?\bthat\b|\p{Lu}[^,.;]{0,40}?\b(?:whether|if|about|why|how|what|when)\b)/u;
/** The text after a verb that ends its clause: a stop, or an adverbial and then a stop ("said on Friday."). */
const CLAUSE_END =
  /^\s*(?:[,.;!?]|$)|^\s+(?:on|in|at|during|after|before|last|this|earlier|later|yesterday|today|of|\w+day)\b[^,;.]*(?:[,;.!?]|$)/i;

/** Words that end a speaker after an inverted verb: an adverbial ("in a statement"), a time, "that". */
const SPEAKER_END =
  /\s+(?:in|on|at|during|after|before|while|when|as|last|this|earlier|later|yesterday|today|that|about|to|via|through|told|adding|noting|according|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*$/i;

/** A group after a comma that describes the name before it: "33", "R-Ky.", "a law professor", "who …". */
const APPOSITIVE =
  /^(?:\d|[RDI]-|(?:a|an|the|his|her|its|their|our|who|which|whose|of|from|in|at|and\s+(?:a|an|the))\b|\p{Ll})/u;

/** Words that make a clause, not a speaker: auxiliaries, relatives, subordinators, pronouns. */
const NOT_IN_SUBJECT =
  /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|shall|may|might|must|do|does|did|that|which|who|whom|whose|when|while|because|if|but|than|so|not|never|it|there|this|these|those|here|what|how|why)\b/i;

/** Openers of a clause before its subject: "In a statement,", "Significantly,", "Lashing out,". */
const INTRO =
  /^(?:(?:in|on|at|during|after|before|since|while|when|as|if|unless|although|though|because|whereas|once|until|whether|asked|speaking|earlier|later|last|this|then|now|still|also|meanwhile|however|but|and|yet|instead|rather|therefore|thus|hence|indeed|moreover|furthermore|nonetheless|nevertheless|otherwise|again|finally|ultimately|separately|similarly|likewise|to\s+wit|for|with|without|by|from|under|among|amid|despite|including|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\w+ly\b|\w+ing\b|to\s+\p{Ll}+\b|\p{L}+ed\s+(?:by|with|about|for|on|in|at|from|to)\b)/iu;
/** A dateline before the story's first words: "WASHINGTON, June 10 (UPI) — ", "CLEVELAND (AP) - ". */
const DATELINE = /^[^—–]{0,60}?(?:\b\p{Lu}{3,}\b|\((?:AP|UPI|Reuters|AFP)\))[^—–]{0,40}[—–-]\s+/u;

/**
 * Words that end a clause's subject: auxiliaries, a past tense, a common irregular verb ("Clinton
 * is more conservative", "Marco Rubio flipped his choice", "The businessman began by talking").
 */
const VERB_WORDS =
  "is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|(?:did|does|do|is|was|are|were|has|have|had|would|could|can|wo)n[’']t|began|became|came|went|took|made|gave|got|saw|found|held|kept|left|led|met|ran|sent|spent|stood|won|brought|built|bought|chose|drew|fell|felt|fought|grew|heard|hit|knew|lost|paid|put|rose|set|showed|sought|spoke|struck|taught|thought|threw|wrote|wants|needs|called|says|said|continues|remains|seems|appears|keeps|holds|makes|takes|gets|goes|comes|plans|hopes|tries|believes|thinks|knows|sees|expects";
const FIRST_VERB = new RegExp(`\\s(?:${VERB_WORDS}|\\p{Ll}+ed)\\b.*$`, 'u');
/** A verb of those, which no speaker's name holds: "The Florida senator sought to calm …". */
const HAS_VERB = new RegExp(`\\s(?:${VERB_WORDS})\\b`, 'u');

/** Verbs whose object is the listener, never the speaker: "told CNN's Dana Bash". */
const LISTENER_VERB = /^(?:told|tells|tell|asked|asks)$/i;

/** Abbreviations whose full stop ends no clause: "Sen. Lindsey Graham", "Rep. Bobby Scott", "J. Gerald Hebert". */
const ABBREVIATION =
  /(?:^|\s)(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|capt|sgt|rev|st|jr|sr|prof|atty|supt|no|vs|\p{Lu})$/iu;

/** "according to X": the phrase up to a comma, a clause word or the end. */
const ACCORDING_TO =
  /\baccording to ((?:the |a |an )?[^,;:.“”"]{2,120}?)(?=\s*(?:[,;:.“”"]|\bthat\b|\bwho\b|\bwhich\b|$))/i;

/** Where the source "according to" names ends: a time or a clause ("according to the police on Friday"). */
const ACCORDING_END =
  /\s+(?:on|last|this|earlier|later|yesterday|today|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*$/i;

/** Plural nouns of people by what they do or are: "experts say", "election officials said". */
const PEOPLE_WORDS =
  'officials|analysts|experts|sources|diplomats|critics|observers|economists|strategists|advisers|advisors|aides|investors|lawmakers|legislators|leaders|residents|voters|forecasters|scientists|researchers|doctors|lawyers|prosecutors|investigators|police|officers|supporters|opponents|proponents|advocates|activists|members|delegates|donors|organizers|organisers|executives|employees|workers|people|students|teachers|parents|republicans|democrats|conservatives|liberals|progressives|historians|scholars|pollsters|insiders|veterans|candidates';
const PEOPLE = new RegExp(`(?:^|\\s)(?:${PEOPLE_WORDS})$`, 'i');
/** Who hold views the writer reports with a verb of other senses: "officials see", "polls suggest". */
const GENERIC_SOURCE = new RegExp(`\\b(?:${PEOPLE_WORDS}|polls|surveys)$`, 'i');

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Adverbs and auxiliaries between a subject and its verb: "also", "has", "had previously", "reportedly". */
const trimAuxiliaries = (text: string) =>
  text.replace(
    // An adverb in lower case: "Mrs. Schlafly" is a name, not "Mrs." and "-ly".
    /(?:\s+(?:also|has|have|had|then|later|once|since|long|often|repeatedly|previously|recently|again|\p{Ll}+ly))+\s*$/u,
    '',
  );

/** Is `phrase` a noun phrase that can speak: a name or a short phrase with no verb or clause word in it? */
function canSpeak(phrase: string): boolean {
  const w = words(phrase);
  if (!w.length || w.length > 12) return false;
  if (
    /^(?:I|I['’]\w+|you|we|they|he|she|it|me|us|them|one\s+(?:could|might|would|may|can)|some\s+might|as)\b/i.test(
      phrase,
    )
  )
    return false;
  const opener =
    /^[\p{Lu}\d]|^(?:the|a|an|one|two|three|four|five|some|several|many|most|other|both|all|half|his|her|their|its|our|at least|more than|about|nearly|majorities|a majority)\b/u;
  // "trade lawyer David Okafor", "former secretary of state Hillary Clinton": a role before a name.
  const roleAndName =
    /^(?!(?:for|to|of|in|on|at|by|with|from|about|and|or|but|as|than|like)\s)\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,4}(?:\s\p{Lu}[\p{L}.'’-]*){1,4}$/u;
  // "experts", "election officials", "proponents of more controls": people by what they do.
  const people = PEOPLE.test(phrase.split(/\s(?:of|for|at|in|on|from|with)\s/)[0]);
  if ((!opener.test(phrase) && !roleAndName.test(phrase) && !people) || NOT_IN_SUBJECT.test(phrase)) return false;
  if (HAS_VERB.test(phrase)) return false;
  // A finite verb makes a clause ("The borrowing continued"); a participle after a person stays
  // ("people briefed on the talks", "a person familiar with"), not after any noun ("the group
  // collaborated with").
  return !/(?<!(?:s|people|person|man|woman|official|source|aide|adviser|advisor|spokesman|spokeswoman|spokesperson)\s)\b\p{Ll}+ed\b|\b\p{Ll}+ed\b(?!\s+(?:on|in|with|by|about|to|at|for|from))/u.test(
    w.slice(1).join(' '),
  );
}

/** The groups of a text split at its commas. */
const commaGroups = (text: string) =>
  text
    .split(/\s*,\s*|\s+[—–]\s+/)
    .map((g) => g.trim())
    .filter(Boolean);

/**
 * The subject of a clause that opens `text`: its first comma group after any opening adverbial,
 * without a conjunction before it, with its appositions ("Vikram Amar, dean of …") set aside and a
 * list kept whole ("Friends, lobbyists and former foes").
 */
function subjectOf(text: string): string | null {
  // "Oil fell after sources": the subject of the clause a subordinator opens, when it has no comma.
  const clause = text.replace(DATELINE, '').replace(SUBORDINATE, '');
  const groups = commaGroups(clause);
  const rest = groups
    .slice(afterIntro(groups))
    .map((g, i) => (i ? g : g.replace(/^(?:and|but|yet|so|still|also|then)\s+/i, '')));
  const kept = [rest[0]];
  let described = false;
  for (const [i, group] of rest.slice(1).entries()) {
    // A quotation's stray mark in a group of its own says nothing of the speaker.
    if (!/[\p{L}\d]/u.test(group)) continue;
    // "Shoukair, the pilot, had logged …": a predicate, so the first group is another clause's subject.
    if (PREDICATE.test(group)) return null;
    if (/^(?:and|or)\s/i.test(group) && kept.length === i + 1 && !described) kept.push(group);
    // Once an apposition has begun, its own commas follow ("a scientist at NASA's Goddard Center in
    // Greenbelt, Maryland, and American University in Washington, D.C.,").
    else if (APPOSITIVE.test(group) || /^[\p{Lu}][\p{L}.'’-]*\.?$/u.test(group)) described = true;
    else if (!described) return null;
  }
  // "A self-professed independent, Cuban said": a description before the name it describes.
  const named = rest.at(-1) ?? '';
  if (rest.length > 1 && /^(?:a|an)\s/i.test(rest[0]) && (isName(named) || /^\p{Lu}[\p{Ll}’'-]+$/u.test(named)))
    return canSpeak(named) ? named : null;
  // "a White House official who spoke anonymously": the speaker without the clause that describes them.
  const phrase = kept
    .join(', ')
    .replace(/\s+(?:who|which)\s.*$/, '')
    .trim();
  return canSpeak(phrase) ? phrase : null;
}

/** The words up to a subordinating conjunction whose clause runs, with no comma, to the verb. */
const SUBORDINATE =
  /^(?:[^,]*\s)?(?:after|when|while|because|since|before|until|although|though|whereas|that|which)\s+(?=[^,]+$)/i;

/** A group that opens with a verb or an auxiliary: "had logged 6,300 hours", "is expected to". */
const PREDICATE =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|\p{Ll}+ed)\b/u;

/**
 * The subject of the clause that opens `text`, up to its first verb: "Clinton" of "Clinton is more
 * conservative, saying …", "Graham" of "Graham called both … and said".
 */
function clauseSubject(text: string): string | null {
  const groups = commaGroups(text.replace(DATELINE, ''));
  const subjectIn = (group: string | undefined, needsVerb: boolean) => {
    const subject = trimAuxiliaries(
      (group ?? '')
        .replace(/^(?:and|but|yet|so|still|also|then|when|while|after|before|as|because|since|if|until|once)\s+/i, '')
        .replace(FIRST_VERB, ''),
    );
    return subject && (!needsVerb || subject !== group) && canSpeak(subject) ? subject : null;
  };
  // The nearest clause first ("…, and when Rubio thanked Miami and said"), then the sentence's own
  // ("Browns DL Sheldon Richardson, however, decided …, saying").
  return subjectIn(groups.at(-1), true) ?? subjectIn(groups[afterIntro(groups)], groups.length === 1);
}

/** An opening adverbial ("In Texas", "Last Monday", "Significantly"), not a name that opens like one ("Indiana State Police"). */
const isIntro = (group: string) =>
  INTRO.test(group) &&
  (!isName(group) || /^(?:last|this|next|early|earlier|late|later|on|in|at|since|during)\s/i.test(group));

/** Where a clause's groups start after its opening adverbials; the last group is never one. */
function afterIntro(groups: string[]): number {
  let start = 0;
  while (start < groups.length - 1 && isIntro(groups[start])) start++;
  return start;
}

/** A capitalised name, which an opener like "In" cannot be mistaken for: "Indiana State Police". */
const isName = (group: string) =>
  /^[\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+)+$/u.test(group) && !/^(?:In|On|At|As)\s/.test(group);

/** The speaker of an inverted or parenthetical verb before it: the last group that is no apposition ("…, a second person briefed on the call said"). */
function lastSpeaker(text: string): string | null {
  const groups = commaGroups(text).map((g) => g.replace(/^(?:and|but|or)\s+/i, ''));
  const last = groups.length - 1;
  // "…, Ki Hong, 33, said": an apposition after a speaker; "…, a second person briefed on the call said": the speaker.
  if (last > 0 && APPOSITIVE.test(groups[last]) && canSpeak(groups[last - 1]) && isName(groups[last - 1]))
    return groups[last - 1];
  return last >= 0 && canSpeak(groups[last]) ? groups[last] : null;
}

/** The text up to its first comma, semicolon, colon, bracket or full stop that ends a clause ("said one party activist.)"). */
function firstClause(text: string): string {
  for (const match of text.matchAll(/[,;:()]|\.(?=[\s)]|$)/g)) {
    const at = match.index ?? 0;
    if (match[0] === '.' && ABBREVIATION.test(text.slice(0, at))) continue;
    return text.slice(0, at);
  }
  return text;
}

/** The speaker written after an inverted verb: "…,” said David French of the National Retail Federation." */
function speakerAfter(rest: string): string | null {
  // "said of the discovery": what the words were about, not who said them.
  if (/^\s+(?:of|about|to|that)\b/i.test(rest)) return null;
  const clause = firstClause(rest.replace(/^\s+/, ''));
  const phrase = clause.replace(SPEAKER_END, '').trim();
  // "said the turmoil at the convention was …": the verb's object clause, not a speaker.
  if (FIRST_VERB.test(` ${clause.slice(phrase.length)}`)) return null;
  return canSpeak(phrase) ? phrase : null;
}

/** The text after the last quotation mark of `text`, or all of it when it has none. */
function textAfterQuote(text: string): string {
  let last = -1;
  for (const match of text.matchAll(QUOTE)) last = (match.index ?? 0) + match[0].length;
  return last >= 0 ? text.slice(last) : text;
}

/** The speaker of the verb `verb` at `at`, or null when it attributes nothing there. */
function speakerOfVerb(sentence: string, verb: string, at: number): string | null {
  const before = sentence.slice(0, at);
  const rest = sentence.slice(at + verb.length);
  // "is said to", "was told to leave", "added to her lead": no attribution.
  if (/\b(?:is|are|was|were|be|been|being|to)\s+$/i.test(before)) return null;
  if (/^\s+to\b/.test(rest) && /^(?:told|asked|added|adds)$/i.test(verb)) return null;
  // "…, a school spokesman told The Wall Street Journal.": a listener, then the clause's end.
  const endsClause =
    CLAUSE_END.test(rest) ||
    (LISTENER_VERB.test(verb) && /^\s+(?:the\s+)?\p{Lu}[\p{L}'’. -]*(?:[,;.]|$)/u.test(rest) && !/\bthat\b/.test(rest));
  const afterQuote = textAfterQuote(before);
  const lead = trimAuxiliaries(afterQuote.replace(/^\s*[,:;—–-]?\s*/, '')).replace(/[\s,]+$/, '');
  if (WEAK.test(verb) && !ATTRIBUTING_NEXT.test(rest) && !endsClause && !GENERIC_SOURCE.test(lead)) return null;
  const inverted = /(?:[,:]|[”"]|'')\s*$/.test(before) && !LISTENER_VERB.test(verb);
  // "…,” said X." or "…, said X, the …": the speaker follows the verb.
  const after = inverted ? speakerAfter(rest) : null;
  if (after) return after;
  if (inverted && !lead) return subjectOf(trimAuxiliaries(before));
  // "… and said": the verb shares the sentence's subject.
  if (/(?:^|\s)(?:and|but)$/i.test(lead)) return clauseSubject(before);
  // After a quotation, the lead is the speaker with its apposition ("…,” Kurinji Selvaraj, a
  // research analyst at the Council on Energy, Environment and Water, told CBS News).
  if (afterQuote !== before) return subjectOf(lead) ?? (endsClause ? lastSpeaker(lead) : null);
  // "… a woman asked for a photo and Clinton said": the name the last clause opens with.
  const joined = /^(.*\s(?:and|but))\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})$/u.exec(lead);
  if (joined && FIRST_VERB.test(` ${joined[1]}`)) return joined[2];
  // At a clause's end ("…, political analysts say.", "Greensboro, Sexton said, made …"), the speaker
  // is the nearest group before the verb; otherwise the clause's subject.
  if (endsClause) return lastSpeaker(lead) ?? subjectOf(lead);
  // "A few weeks ahead of the primary, Hillary Clinton’s campaign says": the group before the verb.
  return subjectOf(lead) ?? (commaGroups(lead).length > 1 ? lastSpeaker(lead) : null);
}

/** Is `at` inside a quotation of `sentence`? A verb there is the quoted speaker's own word. */
const insideQuote = (sentence: string, at: number): boolean => quoteOpenAfter(sentence.slice(0, at), false);

/** The speaker phrase of one sentence as written, with where it starts, or null. */
export function speakerPhrase(sentence: string): { phrase: string; start: number } | null {
  const according = ACCORDING_TO.exec(sentence);
  // "“It's according to age groups,” said Mattie Thomas": the quoted words attribute nothing.
  if (according && !insideQuote(sentence, according.index)) {
    const phrase = according[1].replace(ACCORDING_END, '').trim();
    if (phrase) return { phrase, start: according.index + according[0].indexOf(according[1]) };
  }
  for (const match of sentence.matchAll(VERB)) {
    const at = match.index ?? 0;
    if (insideQuote(sentence, at)) continue;
    const phrase = speakerOfVerb(sentence, match[1], at);
    if (phrase) return { phrase, start: Math.max(0, sentence.indexOf(phrase)) };
  }
  // "Trump accused Clinton of …", "A Quinnipiac poll shows …": an act of speech or a finding,
  // whose subject opens the sentence.
  for (const match of sentence.matchAll(ACT)) {
    const at = match.index ?? 0;
    const before = sentence.slice(0, at);
    // Not inside a quotation, not a passive ("are found slain", "has been called").
    if (insideQuote(sentence, at) || /\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$/i.test(before))
      continue;
    const lead = trimAuxiliaries(before).replace(/[\s,]+$/, '');
    const phrase = lead && !/[“”"]|''/.test(lead) ? (subjectOf(lead) ?? finderSubject(lead, match[1])) : null;
    // A finding is a study's, a poll's, an investigation's: "Facebook found the posting" reports no finding.
    if (phrase && (!FINDING.test(match[1]) || isFinder(phrase)))
      return { phrase, start: Math.max(0, sentence.indexOf(phrase)) };
    // "…, the poll found.", "…, records show.": a finding whose finder closes the sentence.
    const groups = commaGroups(lead);
    if (FINDING.test(match[1]) && groups.length > 1 && CLAUSE_END.test(sentence.slice(at + match[1].length))) {
      const finder = finderSubject(groups.at(-1) ?? '', match[1]) ?? lastSpeaker(lead);
      if (finder && (isFinder(finder) || /^\p{Lu}/u.test(finder)))
        return { phrase: finder, start: Math.max(0, sentence.lastIndexOf(finder, at)) };
    }
  }
  // "…, saying she favors …": the participle's speaker is the sentence's subject.
  for (const match of sentence.matchAll(PARTICIPLE)) {
    const before = sentence.slice(0, match.index ?? 0);
    const after = sentence.slice((match.index ?? 0) + match[1].length);
    if (!/[,–—]\s*$/.test(before)) continue;
    // "adding to his victories", "claiming his third win": not words said.
    if (!/^(?:saying|telling)$/i.test(match[1]) && !/^\s*(?:that\b|whether\b|[:“"‘']|'')/.test(after)) continue;
    const phrase = subjectOf(before) ?? clauseSubject(before);
    if (phrase) return { phrase, start: Math.max(0, sentence.indexOf(phrase)) };
  }
  return null;
}

/**
 * The actor a speaker phrase names, when the phrase is that actor with at most a title or a role
 * before it ("trade lawyer David Okafor", "Sen. Rand Paul", "the WTO"); otherwise the phrase as
 * written ("a local police source", "the company").
 */
function speakerName(sentence: string, start: number, phrase: string, spans: ActorSpan[]): string {
  const end = start + phrase.length;
  const actor = spans.find(
    (s) => s.start >= start && s.end <= end && (s.end === end || /^\s*,/.test(sentence.slice(s.end, end))),
  );
  // "Cuban said": a surname read as a people's name is no country speaking.
  const surface = sentence.slice(actor?.start ?? 0, actor?.end ?? 0);
  if (!actor || (surface !== actor.name && surface === phrase && /(?:an|ian|ese|ish|i)$/.test(surface))) return phrase;
  const lead = words(sentence.slice(start, actor.start));
  const roleOnly = lead.every(
    (w) =>
      /^\p{Lu}/u.test(w) ||
      ['the', 'a', 'an'].includes(w) ||
      TITLE_NOUNS.has(w.toLowerCase().replace(/\.$/, '')) ||
      ROLE_MODIFIERS.has(w.toLowerCase()),
  );
  return roleOnly ? actor.name : phrase;
}

/** Who the sentence says asserts it, by the actor's canonical name where the speaker is an actor. */
export function attribution(sentence: string, spans: ActorSpan[]): string | null {
  const found = speakerPhrase(sentence);
  return found ? speakerName(sentence, found.start, found.phrase, spans) : null;
}

/**
 * Whether a quotation is open after `text`, given whether one was open before it: “ opens, ” closes,
 * a straight " or a doubled '' (as some papers print both marks) turns it over.
 */
export function quoteOpenAfter(text: string, open: boolean): boolean {
  let state = open;
  for (const match of text.matchAll(QUOTE)) {
    const mark = match[0];
    const at = match.index ?? 0;
    if (mark === '“' || mark === '”') state = mark === '“';
    // A straight mark after a word's punctuation and before a space closes ('Marco!," the senator
    // said'); one after a space and before a word opens; otherwise it turns the state over.
    else if (/[.,!?;:…]$/.test(text.slice(0, at)) && /^(?:\s|$)/.test(text.slice(at + mark.length))) state = false;
    else if (/(?:^|\s)$/.test(text.slice(0, at)) && /^[\p{L}\d‘'(]/u.test(text.slice(at + mark.length))) state = true;
    else state = !state;
  }
  return state;
}

/** A paragraph that opens with a quote mark. */
const OPENS_QUOTE = /^\s*(?:[“"]|'')/;

/**
 * The sources of a run of sentences, each its own attribution or, for a sentence inside a
 * quotation that runs over several sentences, the speaker that quotation is attributed to in any
 * of them: "“A. B. C,” she said" attributes all three. A quotation carries on into the next
 * paragraph when that paragraph opens with a quote mark, as papers print a long quote; it opens
 * there too after a paragraph that ends "X said:". A quotation with no attribution of its own,
 * right after an attributed sentence of its paragraph, is the same speaker's ("“A,” Reed said.
 * “B. C.”").
 */
export function quotationSources(
  sentences: Array<{ text: string; block: number }>,
  own: Array<string | null>,
): Array<string | null> {
  const sources = [...own];
  // Runs of sentences joined by an open quotation.
  const segments: number[][] = [];
  let open = false;
  sentences.forEach(({ text, block }, i) => {
    const previous = sentences[i - 1];
    let read = text;
    if (previous && previous.block !== block) {
      const carriesOn = OPENS_QUOTE.test(text) && (open || /:\s*$/.test(previous.text));
      // The mark that reopens a carried-on quotation opens nothing new.
      if (carriesOn) read = text.replace(OPENS_QUOTE, '');
      open = carriesOn;
    }
    if (open) segments[segments.length - 1].push(i);
    else segments.push([i]);
    open = quoteOpenAfter(read, open);
  });
  for (const segment of segments) {
    const first = segment[0];
    const before = first - 1;
    const quoted = OPENS_QUOTE.test(sentences[first].text);
    const speaker =
      segment.map((i) => own[i]).find((s) => s !== null) ??
      (quoted && before >= 0 && sentences[before].block === sentences[first].block ? sources[before] : null);
    if (speaker && (segment.length > 1 || quoted)) for (const i of segment) sources[i] ??= speaker;
  }
  return sources;
}
