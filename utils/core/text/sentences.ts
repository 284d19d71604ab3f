/**
 * Abbreviations after which a full stop does not end a sentence: titles ("Mr.", "Gen."), months
 * ("Jan."), and the short forms of names and numbers ("St.", "No."). ICU's sentence rules, which
 * `Intl.Segmenter` follows, break after all of these when a capital letter comes next.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sen rep gov gen lt col capt cpt sgt maj adm cmdr supt insp det fr rev hon pres ' +
    'st mt ft jr sr vs v etc inc corp co ltd bros approx est dept univ ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/**
 * Words that open a new sentence after a dotted acronym ("…in the U.S. The next day…"). After
 * any other capitalised word the acronym is read as part of a name ("the U.S. Supreme Court").
 */
const SENTENCE_OPENERS = new Set(
  (
    'a an the this that these those it its he she they we i you there here but and or so yet in on at for ' +
    'as after before when while if since although though however meanwhile still his her their our'
  ).split(' '),
);

/** Does `segment` end with a full stop that belongs to an abbreviation, given what follows? */
function endsInsideSentence(segment: string, next: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  // A lowercase word or a number after the stop means ICU broke mid-sentence ("Jan. 5", "p.m. when").
  if (/^[\p{Ll}\p{N}]/u.test(next)) return true;
  const lastWord = /([\p{L}.]+)\.$/u.exec(trimmed)?.[1] ?? '';
  if (ABBREVIATIONS.has(lastWord.toLowerCase())) return true;
  // "J." in "John J. Smith", or "U.S." or "a.m." before a capitalised word that is not a sentence
  // opener ("the U.S. Supreme Court", "10 a.m. Eastern time").
  if (/^\p{Lu}$/u.test(lastWord)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(lastWord)) {
    const nextWord = /^[\p{L}]+/u.exec(next)?.[0]?.toLowerCase() ?? '';
    return nextWord !== '' && !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The page's language if the segmenter knows it; "en_US" and other malformed tags fall back to English. */
function supportedLocale(language: string): string {
  try {
    return Intl.Segmenter.supportedLocalesOf(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The sentences of one paragraph, trimmed, split by `Intl.Segmenter` in the article's language
 * and joined again where the split fell after an abbreviation ("Mr.", "Jan.", "U.S.").
 */
export function splitSentences(paragraph: string, language: string | null = 'en'): string[] {
  const locale = language ?? 'en';
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(supportedLocale(locale), { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  const sentences: string[] = [];
  let pending = '';
  const pieces = Array.from(segmenter.segment(paragraph), (s) => s.segment);
  pieces.forEach((piece, i) => {
    pending += piece;
    const next = pieces[i + 1];
    if (next !== undefined && endsInsideSentence(pending, next)) return;
    if (pending.trim()) sentences.push(pending.trim());
    pending = '';
  });
  return sentences;
}

/** Prepositions and conjunctions some styles leave in lower case in titles, however long. */
const TITLE_CASE_SMALL_WORDS = new Set(
  'about above across after against along among before behind below beneath beside between beyond despite during except inside outside since through toward towards under until unlike while within without'.split(
    ' ',
  ),
);

/**
 * Is this sentence in title case ("How Doha and Washington’s Unprecedented Partnership Is …")?
 * Then it is a headline or standfirst set as a paragraph, not prose that names or asserts.
 */
export function isTitleCase(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^[“"‘'(]?\p{Lu}/u.test(w)).length;
  // Title case leaves only short words in lower case; prose full of names still has its verbs
  // and nouns ("…have dragged the Inspector-General of Police to court").
  const longLower = words.some((w) => /^\p{Ll}{5,}/u.test(w) && !TITLE_CASE_SMALL_WORDS.has(w.replace(/\P{L}+$/u, '')));
  return words.length >= 4 && capitalised / words.length > 0.6 && !longLower;
}
