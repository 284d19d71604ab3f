import type { BodyText } from '../outline/body-sentences';
import type { Actor } from '../types';
import { CONCEPT_ACRONYMS, GENERIC_PEOPLE, REGIONAL_ADJECTIVES, TITLE_NOUNS } from './lexicon';
import { type Mention, SentenceReader } from './mentions';
import { addTo, formOf, isPersonForm, mergeNames } from './merge-names';
import { PLACE_NAMES } from './place-names';
import { tokenize } from './tokens';
import { isHeadNoun } from './word-classes';

/** Where a sentence names an actor. */
export interface ActorSpan {
  start: number;
  end: number;
  name: string;
}

export interface ActorReading {
  /** Most salient first. */
  actors: Actor[];
  /** Where each body sentence names actors, by sentence index, in reading order. */
  spans: Map<number, ActorSpan[]>;
}

/** Who wrote and who publishes the article are not actors in it. */
export interface ArticleOwners {
  title: string;
  site: string | null;
  authors: string[];
}

/**
 * Sections that are the article's apparatus, not its text: references, notes, the authors' bios,
 * related reading. The names there are cited, not acted.
 */
const APPARATUS =
  /^(?:\d+\.?\s*)?(?:references?|bibliography|works cited|literature cited|citations|sources|notes|footnotes|endnotes|further reading|related (?:articles|posts|reading|stories)|acknowledge?ments|about the authors?|author (?:bio|information)|supporting information|funding|competing interests|conflicts? of interest)$/i;
/** A reference list's entry: "Stubbs B, Vancampfort D. Physical activity … 2017;12:345." or "… Google Scholar". */
const CITATION =
  /\b(?:19|20)\d{2};\s*\d+|\bdoi:|\b(?:Google Scholar|PubMed|CrossRef|View Article)\b|^(?:\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,2},\s){2,}/u;

/** Kinds in the order a tie between hints is settled. */
const KIND_ORDER: Actor['kind'][] = ['person', 'organisation', 'place', 'group'];

/** How much less a country counts that is only an adjective of nationality ("Spanish", "German"). */
const DEMONYM_ONLY_WEIGHT = 0.5;

/** ", D.C." after "Washington": the city, not the man it is named after. */
const CAPITAL_DISTRICT = /^,\s*(?:D\.\s?C\.?|DC)(?![\p{L}])/u;

/** What the pronoun after a name weighs against one mention's own evidence of its kind. */
const PRONOUN_WEIGHT = 0.75;

/** Does `words` occur as whole words in `text`? */
const containsWords = (textWords: string, words: string[]) => ` ${textWords} `.includes(` ${words.join(' ')} `);

/**
 * The actors of an article: capitalised names read from its body sentences (never from headings or
 * list labels alone), countries recognised from the country table, aliases merged (a capital
 * only where its country is named too), ranked by salience.
 */
export function findActors(body: BodyText, owners: ArticleOwners): ActorReading {
  const lowerWords = new Set<string>();
  for (const s of body.sentences)
    for (const w of s.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []) lowerWords.add(w);
  const isCommonWord = (word: string) => lowerWords.has(word) || /(?:ing|ly)$/.test(word);
  const readers = body.sentences.flatMap((s, i) =>
    s.headline || (s.section !== null && APPARATUS.test(s.section)) || CITATION.test(s.text)
      ? []
      : [new SentenceReader(s.text, i, isCommonWord)],
  );
  const ownerForms = new Set(
    [owners.site, ...owners.authors]
      .filter((s): s is string => Boolean(s))
      .flatMap((s) => [s, ...tokenize(s).map((t) => t.word)]),
  );

  const all = [...readers.flatMap((r) => r.mentions), ...speakerMentions(body)].filter(
    (m) => !ownerForms.has(formOf(m)) && !ownerForms.has(m.surface),
  );
  /** The rest of a mention's sentence, after the name. */
  const textAfter = (m: Mention) => body.sentences[m.sentence].text.slice(m.end);
  // "Washington" alone after "General George Washington", "Jordan" after "Michael Jordan said": a
  // country's name or capital that ends the full name of a person the text shows as one is their
  // surname, unless it follows "in" or "from" or is written as a place ("Washington, D.C.").
  const personSurnames = new Set(
    all.filter((m) => m.hint === 'person' && !m.country && m.words.length >= 2).map((m) => m.words.at(-1)),
  );
  const asSurname = (m: Mention) =>
    m.country?.via !== 'demonym' &&
    m.words.length === 1 &&
    personSurnames.has(m.surface) &&
    !m.afterPreposition &&
    !CAPITAL_DISTRICT.test(textAfter(m));
  for (const m of all) {
    if (m.country && asSurname(m)) {
      m.country = null;
      m.hint = 'person';
    }
  }
  // A capital stands for its country ("Doha said", "talks with Moscow") only where the article
  // names that country too; where it is the scene ("talks in Doha", "born in Prague") it is a place
  // of its own.
  const namedCountries = new Set(
    all.filter((m) => m.country && m.country.via !== 'capital').map((m) => m.country?.name),
  );
  // The scene is the story's when the title or lead names it so, or the text does twice; one
  // passing "in Washington" (an institute's address) stays with its country.
  const scenes = new Map<string, Mention[]>();
  for (const m of all) if (m.country?.via === 'capital' && m.afterPreposition) addTo(scenes, m.surface, m);
  const titleText = ` ${owners.title} `;
  const isScene = (m: Mention) => {
    const uses = scenes.get(m.surface) ?? [];
    return (
      uses.length >= 2 || titleText.includes(` ${m.surface} `) || uses.some((u) => body.sentences[u.sentence].lead)
    );
  };
  // "Baghdad, Iraq", "Brussels, Belgium": a capital written with its country, as an address is, is
  // the city, never the country's government.
  const withItsCountry = (m: Mention) =>
    all.some(
      (c) =>
        c.sentence === m.sentence &&
        c.country?.name === m.country?.name &&
        c.country?.via === 'name' &&
        /^,\s*(?:the\s+)?$/.test(body.sentences[m.sentence].text.slice(m.end, c.start)),
    );
  for (const m of all) {
    if (
      m.country?.via === 'capital' &&
      (!namedCountries.has(m.country.name) || (m.afterPreposition && isScene(m)) || withItsCountry(m))
    ) {
      m.country = null;
      m.hint = 'place';
    }
  }
  // A country the article never names, only its people's adjective ("a Spanish painter"), is the
  // nationality of someone or something, less an actor than one it names.
  const viaName = new Set(all.filter((m) => m.country && m.country.via !== 'demonym').map((m) => m.country?.name));

  const keyOf = (m: Mention) => (m.country ? `country:${m.country.name}` : formOf(m));
  const byForm = new Map<string, Mention[]>();
  for (const m of all) addTo(byForm, keyOf(m), m);

  const merged = mergeNames(byForm);

  const titleWords = tokenize(owners.title)
    .map((t) => t.word)
    .join(' ');
  const headingWords = body.headings.map((h) =>
    tokenize(h)
      .map((t) => t.word)
      .join(' '),
  );
  const actors: Array<Actor & { first: number }> = [];
  const spans = new Map<number, ActorSpan[]>();
  const people = personWords([...merged]);
  const unread = new Set<string>();
  for (const [key, mentions] of merged) {
    if (!isActor(key, mentions, lowerWords)) continue;
    if (isNumberedLabel(key, mentions, textAfter)) continue;
    const read = kindOf(key, mentions, people, textAfter);
    const kind = read ?? 'organisation';
    const name = nameOf(key, mentions);
    const surfaces = new Set(mentions.flatMap((m) => [m.surface, ...(m.titled ? [m.titled] : [])]));
    surfaces.delete(name);
    const wordForms = [name, ...mentions.map(formOf)].map((f) => tokenize(f).map((t) => t.word));
    let salience = mentions.reduce((sum, m) => sum + (body.sentences[m.sentence].lead ? 2 : 1), 0);
    if (wordForms.some((w) => containsWords(titleWords, w))) salience += 2;
    salience += headingWords.filter((h) => wordForms.some((w) => containsWords(h, w))).length;
    if (kind === 'country' && !viaName.has(name)) salience *= DEMONYM_ONLY_WEIGHT;
    const roles = mentions.map((m) => m.role).filter((r): r is string => r !== null);
    if (!read) unread.add(name);
    actors.push({
      name,
      kind,
      aliases: [...surfaces],
      mentions: mentions.length,
      salience: Math.round(salience * 10) / 10,
      role: mostFrequent(roles),
      first: Math.min(...mentions.map((m) => m.sentence)),
    });
    // A speaker's label is no part of its sentence's text: it has no place there.
    for (const m of mentions) if (m.end > m.start) addTo(spans, m.sentence, { start: m.start, end: m.end, name });
  }
  // A single name with no evidence of its kind takes the kind the article's other names mostly
  // have, of a place or an organisation: a travel guide's "Bohemia" is a place, a business
  // story's "Vantage" a company.
  const count = (kind: Actor['kind']) => actors.filter((a) => a.kind === kind && !unread.has(a.name)).length;
  const lean: Actor['kind'] = count('place') > count('organisation') ? 'place' : 'organisation';
  for (const actor of actors) if (unread.has(actor.name)) actor.kind = lean;
  // A capital that is a place of its own in the article is no alias of its country as well.
  const places = new Set(actors.filter((a) => a.kind === 'place').map((a) => a.name));
  for (const actor of actors)
    if (actor.kind === 'country') actor.aliases = actor.aliases.filter((alias) => !places.has(alias));
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start);
  actors.sort((a, b) => b.salience - a.salience || a.first - b.first || a.name.localeCompare(b.name));
  return { actors: actors.map(({ first: _, ...actor }) => actor), spans };
}

/**
 * The speakers of a transcript's turns ("SMITH: …", "Chief Justice John Roberts: …"), one mention
 * for each turn they open: the label names its speaker though it is no part of the sentence. It is
 * read as the subject of "said", so that a title gives a role and a lone title no one.
 */
function speakerMentions(body: BodyText): Mention[] {
  return body.sentences.flatMap((s, sentence) => {
    if (!s.speaker || !s.opensBlock) return [];
    const reader = new SentenceReader(`${s.speaker} said.`, sentence, () => false);
    return reader.mentions.map((m) => ({ ...m, start: 0, end: 0, evidence: true, sentenceStart: false }));
  });
}

/**
 * Is this group of mentions an actor, not a capitalised word? Countries always are; other names
 * need a context that shows it (a title, "said", "in", "the UN", an acronym defined) or two
 * mentions, at least one inside a sentence. A single word the article also writes in lower
 * case ("Ceasefire", "Others") is a common noun, whatever its context.
 */
function isActor(key: string, mentions: Mention[], lowerWords: Set<string>): boolean {
  if (key.startsWith('country:')) return true;
  // "Asian" markets, "Authorities said", and "President" or "King" on their own (unless merged
  // into a full name).
  const word = key.toLowerCase();
  if (REGIONAL_ADJECTIVES.has(word) || TITLE_NOUNS.has(word) || GENERIC_PEOPLE.has(word)) return false;
  if (CONCEPT_ACRONYMS.has(word)) return false;
  const titled = mentions.some((m) => m.role || m.titled);
  if (!key.includes(' ') && !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(key) && lowerWords.has(key.toLowerCase()) && !titled)
    return false;
  if (mentions.some((m) => m.evidence)) return true;
  const inside = mentions.filter((m) => !m.sentenceStart);
  if (mentions.length < 2 || inside.length === 0) return false;
  const words = key.split(' ');
  return !words.every((w) => lowerWords.has(w.toLowerCase()));
}

/**
 * "Case 22-506", "Section 230", "Flight 370", "Case No.": a word that numbers what follows it is a
 * label, not a name, where most of its mentions are so numbered.
 */
function isNumberedLabel(key: string, mentions: Mention[], after: (m: Mention) => string): boolean {
  if (key.includes(' ') || key.startsWith('country:')) return false;
  return mentions.filter((m) => /^\s+(?:No\.|\d)/.test(after(m))).length * 2 > mentions.length;
}

/**
 * The kind most of the evidence suggests: the mentions' hints (a title, an institution's word, a
 * place's word, "said" after a full name); a full name also written as its last word alone
 * ("Jeffrey Epstein" … "Epstein"), or a first or last name of people the text names in full, is a
 * person; the pronoun that follows the name ("his", "its"); most mentions after "in" or "from",
 * or a known place's name, make a place. Otherwise a name of several words is taken for a person,
 * and a single word is left unread (null) for the article's other names to decide.
 */
function kindOf(
  key: string,
  mentions: Mention[],
  people: PersonWords,
  body: (m: Mention) => string,
): Actor['kind'] | null {
  if (key.startsWith('country:')) return 'country';
  const votes = new Map<Actor['kind'], number>();
  const vote = (kind: Actor['kind'], weight = 1) => votes.set(kind, (votes.get(kind) ?? 0) + weight);
  for (const m of mentions) if (m.hint && m.hint !== 'country') vote(m.hint);
  const full = mentions.find((m) => m.words.length > 1);
  const surname = full?.words.at(-1) ?? '';
  // Not an institution's or a place's last word: "University of Basel" … "Basel".
  const named = full?.hint !== 'organisation' && full?.hint !== 'place';
  if (
    named &&
    !isHeadNoun(surname) &&
    mentions.some((m) => m.words.length === 1 && !m.hint && m.words[0] === surname)
  ) {
    vote('person', 2);
  }
  // "Bernoulli" beside "Daniel Bernoulli" and "Johann Bernoulli", "Daniel" beside "Daniel
  // Bernoulli": a person's first or last name, though no one full name takes it.
  if (!key.includes(' ') && (people.surnames.has(key) || people.givenNames.has(key))) vote('person', 2);
  // "He" or "his" after the name, more often than "it" or "its": a person; but a biography's
  // every sentence is about its subject ("Cornell University, where he …"), so this counts once,
  // below a known place's name and below what the name's own words say.
  const pronouns = mentions.map((m) => pronounAfter(body(m)));
  const personal = pronouns.filter((p) => p === 'personal').length;
  const neuter = pronouns.filter((p) => p === 'neuter').length;
  if (personal > neuter) vote('person', PRONOUN_WEIGHT);
  else if (neuter > personal) vote('organisation', PRONOUN_WEIGHT);
  if (mentions.filter((m) => m.afterPreposition).length * 2 > mentions.length) vote('place');
  // "California", "Prague": a place's known name leans the kind towards a place.
  if (PLACE_NAMES.has(key)) vote('place', 1.5);
  let best: Actor['kind'] | null = null;
  for (const kind of KIND_ORDER) if ((votes.get(kind) ?? 0) > (best ? (votes.get(best) ?? 0) : 0)) best = kind;
  if (best) return best;
  return key.includes(' ') ? 'person' : null;
}

/**
 * The kind of the first personal pronoun in the rest of a sentence, before any other capitalised
 * name: "Chao … his doctorate" (personal), "the company … its results" (neuter).
 */
function pronounAfter(rest: string): 'personal' | 'neuter' | null {
  const match = /\b(he|him|his|she|her|hers|it|its)\b|(?<=\s)\p{Lu}\p{Ll}+\s+\p{Lu}/u.exec(rest);
  if (!match?.[1]) return null;
  return /^it/i.test(match[1]) ? 'neuter' : 'personal';
}

/** The first and last words of the people the article names in full ("Daniel Bernoulli"). */
interface PersonWords {
  givenNames: Set<string>;
  surnames: Set<string>;
}

/** The first and last words of the full names in the article that read as people's. */
function personWords(groups: Array<[string, Mention[]]>): PersonWords {
  const givenNames = new Set<string>();
  const surnames = new Set<string>();
  for (const [key, mentions] of groups) {
    if (key.startsWith('country:')) continue;
    // A first name only from a name the text shows as a person's ("Judge David Okafor", "Okafor
    // said"); a last name from any two or three name words ("Daniel Bernoulli", not "Prague
    // Conservatory").
    const hinted = mentions.some((m) => m.hint === 'person');
    for (const m of mentions) {
      if (m.words.length < 2 || m.words.length > 4) continue;
      if (hinted) givenNames.add(m.words[0]);
      if (hinted || isPersonForm(formOf(m), [m])) surnames.add(m.words[m.words.length - 1]);
    }
  }
  return { givenNames, surnames };
}

/** A country's table name; otherwise the longest name written that is not an acronym. */
function nameOf(key: string, mentions: Mention[]): string {
  if (key.startsWith('country:')) return key.slice('country:'.length);
  const written = mentions.map((m) => m.surface);
  const full = written.filter((s) => !/^[\p{Lu}\p{N}.]+$/u.test(s));
  const pool = full.length ? full : written;
  return pool.reduce((best, s) => (s.split(/\s+/).length > best.split(/\s+/).length ? s : best), pool[0]);
}

function mostFrequent(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
