import type { ActorKind } from '../types';
import { type CountryVia, matchCountry } from './country-index';
import {
  DATES_AND_EVENTS,
  HONORIFICS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  TITLE_NOUNS,
} from './lexicon';
import { capitalisedRuns, opensSentence } from './runs';
import { joined, type Token, tokenize } from './tokens';
import {
  COMPASS,
  isConnector,
  isFunctionWord,
  isNameAdjective,
  isNameWord,
  isOrganisationWord,
  isTitle,
  isTitleWord,
  lower,
  NAME_SUFFIXES,
  ORDINALS,
  PLACE_OPENERS,
  REGION_PREFIXES,
} from './word-classes';

/** One naming of a possible actor in one sentence. */
export interface Mention {
  sentence: number;
  /** Where the name starts and ends in its sentence (the end after any "’s"). */
  start: number;
  end: number;
  /** The name as written, without title or possessive: "Steve Witkoff", "Qatari", "U.S.". */
  surface: string;
  /** The name's words as names ("US" for "U.S."). */
  words: string[];
  /** Set when the name is a country's, a demonym or a capital. */
  country: { name: string; via: CountryVia } | null;
  /** The kind the context suggests, if any. */
  hint: ActorKind | null;
  /** Does the context show this is a name (a title, "said", "in", "the UN") and not a capitalised word? */
  evidence: boolean;
  /** "US envoy", "Israeli Prime Minister": a role given by title or apposition. */
  role: string | null;
  /** The name with the title written before it: "President Trump". */
  titled: string | null;
  /** Follows "in", "from", "near"…: a place, if most mentions do. */
  afterPreposition: boolean;
  /** Opens its sentence, where every word is capitalised. */
  sentenceStart: boolean;
  /** The acronym defined right after this name: "World Trade Organization (WTO)". */
  defines: string | null;
}

/** What follows a cited author: "et al.", "(2010)", or the year that closes a citation (", 2009)"). */
const CITED_AUTHOR = /^(?:\s+et\s+al\b|\s*\((?:19|20)\d\d[a-z]?\)|,\s*(?:19|20)\d\d[a-z]?\s*[);])/;

/** ", the US envoy," after a name; full stops only inside abbreviations ("the U.S. attorney"). */
const APPOSITION =
  /^(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?,\s+(?:the |a |an )?((?:[^,.;:()“”"]|(?<=\b\p{Lu})\.){3,80}?)(?=,|(?<!\b\p{Lu})\.(?:\s|$)|;|$)/u;

/** "Organization for Economic Co-operation and Development" has six capitalised words; eight is a headline. */
const MAX_NAME_WORDS = 7;

/** "US-China", "Israel-Hamas": a hyphen between names with a country among them joins two names. */
function splitCountryCompounds(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => {
    if (!token.cap || !token.text.includes('-')) return [token];
    const parts = token.text.split('-');
    // "Israel-Hamas", "US-China", "Afghan-American" split; "Mid-American" does not: a demonym
    // joined to a word that is not a country's is an adjective.
    const hits = parts.map((part) => matchCountry([part], 0));
    if (!hits.every(Boolean) && !hits.some((hit) => hit?.via === 'name')) return [token];
    let at = token.start;
    return parts.map((part, i) => {
      const piece = tokenize(part)[0] ?? token;
      const shifted = {
        ...piece,
        start: at,
        end: at + part.length,
        possessive: i === parts.length - 1 && token.possessive,
      };
      at += part.length + 1;
      return shifted;
    });
  });
}

/** Reads the mentions of one sentence. */
export class SentenceReader {
  readonly tokens: Token[];
  readonly mentions: Mention[] = [];
  /** The last run that was a title without a name ("Inspector-General of Police"), for "…, Name". */
  private lastTitle: { to: number; role: string } | null = null;

  /**
   * @param isCommonWord does the article write this word in lower case? Then, capitalised at the
   *   start of a sentence ("Getting Disney+ …"), it is not part of a name.
   */
  constructor(
    readonly sentence: string,
    readonly index: number,
    private readonly isCommonWord: (word: string) => boolean,
  ) {
    // A name made into an adjective ("Sacramento-based") reads as a lower-case word.
    this.tokens = splitCountryCompounds(tokenize(sentence)).map((t) => (isNameAdjective(t) ? { ...t, cap: false } : t));
    for (const [from, to] of capitalisedRuns(sentence, this.tokens)) this.readRun(from, to);
  }

  private surface(from: number, to: number): string {
    return this.sentence.slice(this.tokens[from].start, this.tokens[from].start + this.span(from, to));
  }

  private span(from: number, to: number): number {
    return this.tokens[to].start + this.tokens[to].text.length - this.tokens[from].start;
  }

  private words(from: number, to: number): string[] {
    return this.tokens.slice(from, to + 1).map((t) => t.word);
  }

  private readRun(from: number, to: number): void {
    const { tokens } = this;
    // Function words, days and months are not names, at either end of a run.
    const institution = tokens.slice(from, to + 1).some(isOrganisationWord);
    while (from <= to && isFunctionWord(tokens[from]) && !HONORIFICS.has(lower(tokens[from]))) {
      // "The First Amendment": an ordinal opens a thing's name, unless an institution's
      // ("Second Circuit Court of Appeals").
      if (ORDINALS.has(lower(tokens[from])) && !institution) return;
      from += 1;
    }
    const opener = tokens[from];
    if (from < to && opensSentence(this.sentence, opener) && !isTitle(opener) && this.isCommonWord(lower(opener)))
      from += 1;
    // "Black Friday", "Super Tuesday", "Davis Cup Finals", "Dubai Air Show": a day or an event.
    if (DATES_AND_EVENTS.has(lower(tokens[to]))) return;
    while (to >= from && (isFunctionWord(tokens[to]) || isConnector(tokens[to]) || NAME_SUFFIXES.has(tokens[to].word)))
      to -= 1;
    // "(WTO)" right after the name it abbreviates is a definition, not another mention.
    if (from === to && tokens[from].acronym && this.mentions.at(-1)?.defines === tokens[from].word) return;
    // Longer runs are title-case text (a headline, a book), not a name; nor is a dateline in
    // capitals ("SAN FRANCISCO (AP) —").
    if (from > to || tokens.slice(from, to + 1).filter((t) => t.cap).length > MAX_NAME_WORDS) return;
    if (tokens.slice(from, to + 1).some((t) => /^\p{Lu}{6,}$/u.test(t.word))) return;
    if (this.readTitled(from, to)) return;
    if (!COMPASS.has(tokens[from].word) && tokens.slice(from, to + 1).some(isOrganisationWord)) {
      // "ambassador to the European Union Gordon Sondland": a full name after the institution.
      let last = to;
      while (last >= from && !isOrganisationWord(tokens[last])) last -= 1;
      const personAfter = to - last >= 2 && this.isPersonName(last + 1, to);
      this.push(from, personAfter ? last : to, { hint: 'organisation', evidence: true });
      if (personAfter) this.readName(last + 1, to);
      return;
    }
    this.readCountriesAndNames(from, to);
  }

  /**
   * "Israeli Prime Minister Netanyahu", "Judge David Okafor", "Mr. Smith": a title, then one to
   * four name words with no organisation or place word among them. The name is a person; the
   * words before it, with any modifiers written before the run, are the role.
   */
  private readTitled(from: number, to: number): boolean {
    const { tokens } = this;
    // A run that ends in a title names no one: "Prime Minister", "Chief Strategy Officer"; or it
    // names the institution the title belongs to: "Senate Leader", "House of Representatives
    // Speaker". ("Kevin King" is a name: nothing before "King" is a title or an institution.)
    if (isTitle(tokens[to])) {
      let end = to;
      while (end >= from && (isTitle(tokens[end]) || ROLE_MODIFIERS.has(lower(tokens[end])))) end -= 1;
      const head = tokens.slice(from, end + 1);
      // "King and Weeks were abducted": a lone title word may be the surname of someone named in
      // full elsewhere; it is kept as a weak mention that only merging can make an actor.
      if (from === to && isTitle(tokens[to]) && !HONORIFICS.has(lower(tokens[to]))) {
        this.push(from, to, { hint: 'person' });
        return true;
      }
      if (end < from || isTitle(tokens[from]) || ROLE_MODIFIERS.has(lower(tokens[from]))) {
        this.readCountriesAndNames(from, to, true);
        this.lastTitle = { to, role: this.surface(from, to) };
        return true;
      }
      if (head.some(isOrganisationWord) || matchCountry(this.words(from, end), 0)?.length === head.length) {
        this.readRun(from, end);
        return true;
      }
    }
    for (let k = to - 1; k >= from; k--) {
      if (!isTitle(tokens[k])) continue;
      let nameFrom = k + 1;
      if (tokens[nameFrom].word === 'of' || tokens[nameFrom].word === 'for') {
        // "Secretary of State Mike Pompeo", "Secretary of Homeland Security …": one or two words
        // after "of" are the role's, then a full name. "CEO of Hipcricket": no name follows, the
        // rest is an organisation.
        // A word the article also writes in lower case is the role's ("of Public Prosecution").
        const roleWords = k + 3 < to && this.isCommonWord(lower(tokens[k + 3])) ? [k + 4] : [k + 3, k + 4];
        nameFrom = roleWords.find((n) => n < to && this.isPersonName(n, to)) ?? to;
        if (nameFrom >= to) {
          this.readName(tokens[k + 2].word === 'the' ? k + 3 : k + 2, to, 'organisation');
          this.lastTitle = { to, role: this.surface(from, to) };
          return true;
        }
      } else if (!this.isPersonName(nameFrom, to)) {
        return false;
      }
      this.readCountriesAndNames(from, k, true);
      let roleFrom = from;
      while (roleFrom <= k && HONORIFICS.has(lower(tokens[roleFrom]))) roleFrom += 1;
      roleFrom = this.roleStart(roleFrom);
      const role = roleFrom <= k && !HONORIFICS.has(lower(tokens[k])) ? this.surface(roleFrom, nameFrom - 1) : null;
      let titledFrom = k;
      while (titledFrom > from && tokens[titledFrom - 1].cap && !matchCountry([tokens[titledFrom - 1].word], 0))
        titledFrom -= 1;
      this.push(nameFrom, to, { hint: 'person', evidence: true, role, titled: this.surface(titledFrom, to) });
      return true;
    }
    return false;
  }

  /** Can tokens `from`…`to` be a person's name: one to four capitalised name words, no institution? */
  private isPersonName(from: number, to: number): boolean {
    const name = this.tokens.slice(from, to + 1);
    return (
      name.length >= 1 &&
      name.length <= 4 &&
      name[0].cap &&
      name.every(isNameWord) &&
      !name.some((t) => isOrganisationWord(t) || PLACE_WORDS.has(lower(t)) || isTitle(t))
    );
  }

  /** Extends a role back over modifiers written before it: "former US envoy", "Deputy". */
  private roleStart(from: number): number {
    let start = from;
    while (start > 0 && joined(this.sentence, this.tokens[start - 1], this.tokens[start])) {
      const prev = this.tokens[start - 1];
      const word = lower(prev);
      if (!ROLE_MODIFIERS.has(word) && !TITLE_NOUNS.has(word) && !matchCountry([prev.word], 0)) break;
      if (prev.possessive) break;
      start -= 1;
    }
    return start;
  }

  /** Splits a run into the countries it names and the other names between them. */
  private readCountriesAndNames(from: number, to: number, insideTitle = false): void {
    const words = this.words(from, to);
    if (!insideTitle && words.length > 1) {
      const whole = matchCountry(words, 0);
      // "Inner Mongolia", "Northern Ireland", "New Mexico": a region named after a country is a place.
      if (!whole && REGION_PREFIXES.has(words[0]) && matchCountry(words, 1)?.length === words.length - 1) {
        this.readName(from, to, 'place');
        return;
      }
      // "Michael Jordan", "Israel Katz", "China Daily": a country's name inside a longer name is
      // part of it. A demonym opening a run is split off from the name after it, and so is a
      // country before a full name ("envoy to Ukraine Kurt Volker").
      const beforeFullName =
        whole !== null && words.length - whole.length >= 2 && this.isPersonName(from + whole.length, to);
      if (whole?.via !== 'demonym' && !beforeFullName && (whole?.length ?? 0) < words.length) {
        this.readName(from, to);
        return;
      }
    }
    let nameFrom = from;
    let i = 0;
    while (i < words.length) {
      const hit = matchCountry(words, i);
      if (!hit) {
        i += 1;
        continue;
      }
      if (!insideTitle && from + i > nameFrom) this.readName(nameFrom, from + i - 1);
      const at = from + i;
      this.push(at, at + hit.length - 1, {
        country: { name: hit.country, via: hit.via },
        hint: 'country',
        evidence: true,
        afterPreposition: this.afterPlacePreposition(at),
      });
      i += hit.length;
      nameFrom = from + i;
    }
    if (!insideTitle && nameFrom <= to) this.readName(nameFrom, to);
  }

  /** A name that is not a country: reads its kind and evidence from the words around it. */
  private readName(from: number, to: number, known: ActorKind | null = null): void {
    const { tokens, sentence } = this;
    const first = tokens[from];
    const last = tokens[to];
    const multi = to > from;
    let hint: ActorKind | null = known;
    let evidence = false;
    let role: string | null = null;
    if (multi && (PLACE_WORDS.has(lower(last)) || COMPASS.has(first.word) || PLACE_OPENERS.has(first.word))) {
      hint = 'place';
      evidence = true;
    }
    // A weak sign of a place ("money from Epstein", "a role in Disney+"): it decides the kind
    // only where most mentions have it.
    const afterPreposition = this.afterPlacePreposition(from);
    if (afterPreposition) evidence = true;
    // "the UN", "the EU": an acronym after "the" names an organisation.
    if (first.acronym && !multi) {
      hint = 'organisation';
      if (from > 0 && tokens[from - 1].word === 'the') evidence = true;
    }
    // "US envoy Steve Witkoff": a lower-case title right before the name.
    const prev = tokens[from - 1];
    if (prev && !prev.cap && TITLE_NOUNS.has(prev.word) && joined(sentence, prev, first)) {
      role = this.surface(this.roleStart(from - 1), from - 1);
      hint = 'person';
      evidence = true;
    }
    // "Inspector-General of Police, Ibrahim Idris": a title, a comma, then the name.
    if (
      multi &&
      !role &&
      this.lastTitle?.to === from - 1 &&
      /^,\s+$/.test(sentence.slice(tokens[from - 1].end, first.start))
    ) {
      role = this.lastTitle.role;
      hint = 'person';
      evidence = true;
    }
    // "Witkoff, the US envoy," or "David Okafor, a judge at …,"
    const apposition = APPOSITION.exec(sentence.slice(last.end));
    if (apposition && multi && !role) {
      const phrase = apposition[1].trim();
      const head = phrase.split(/\s+/);
      // The title comes early ("U.S. attorney for the Southern District of New York"); a long
      // clause with a title word at its end is something else.
      if (head.length <= 12 && head.slice(0, 4).some(isTitleWord) && /^[\p{Ll}\p{Lu}]/u.test(phrase)) {
        role = phrase;
        hint = 'person';
        evidence = true;
      }
    }
    // "Okafor said", "officials reportedly warned": a name that speaks.
    let after = to + 1;
    while (
      after < tokens.length &&
      /^(?:also|has|have|had|reportedly|later|previously|publicly|privately)$/.test(tokens[after].word)
    )
      after += 1;
    if (
      after < tokens.length &&
      SPEECH_VERBS.has(tokens[after].word) &&
      joined(sentence, tokens[after - 1], tokens[after])
    ) {
      evidence = true;
      if (multi) hint ??= 'person';
    }
    // "Klingberg et al.", "Miller (2010)", "(…, & Klingberg, 2009)": a cited author.
    if (!hint && CITED_AUTHOR.test(sentence.slice(last.end))) hint = 'person';
    // "Republicans", "Democrats", "Islamists": a plural name is a group ("Harris" is not).
    if (!multi && !first.acronym && /(?:ans|ats|ists|ites)$/.test(first.word) && !hint) hint = 'group';
    this.push(from, to, { hint, evidence, role, afterPreposition });
  }

  /** Does token `from` follow "in", "from", "near"… (perhaps with "the"): "in Khan Younis", "from the West Bank"? */
  private afterPlacePreposition(from: number): boolean {
    let before = from - 1;
    if (before >= 0 && this.tokens[before].word === 'the') before -= 1;
    return before >= 0 && PLACE_PREPOSITIONS.has(this.tokens[before].word);
  }

  private push(from: number, to: number, found: Partial<Mention>): void {
    // "World Trade Organization (WTO)": the acronym merges with the name. It is no evidence by
    // itself: "Artificial Intelligence (AI)" is a concept, not an actor.
    const definition = /^\s*\((\p{Lu}[\p{Lu}\p{N}]{1,5})\)/u.exec(this.sentence.slice(this.tokens[to].end));
    this.mentions.push({
      sentence: this.index,
      start: this.tokens[from].start,
      end: this.tokens[to].end,
      surface: this.surface(from, to),
      words: this.words(from, to),
      country: null,
      hint: null,
      evidence: false,
      role: null,
      titled: null,
      afterPreposition: false,
      sentenceStart: opensSentence(this.sentence, this.tokens[from]),
      defines: found.country ? null : (definition?.[1] ?? null),
      ...found,
    });
  }
}
