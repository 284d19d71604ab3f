import { HONORIFICS, NAME_PARTICLES, NOT_NAMES, ORGANISATION_WORDS, PLACE_WORDS, TITLE_NOUNS } from './lexicon';
import type { Token } from './tokens';

/** What kind of word a token is, for reading names. */
export const lower = (t: Token) => t.word.toLowerCase();
export const isConnector = (t: Token) =>
  ['of', 'for', 'and', '&', 'the'].includes(t.word) || NAME_PARTICLES.has(t.word);
export const isOrganisationWord = (t: Token) => ORGANISATION_WORDS.has(lower(t));
/** "Statehouse", "Commission": the noun a place's or institution's name ends in. */
export const isHeadNoun = (word: string) =>
  PLACE_WORDS.has(word.toLowerCase()) || ORGANISATION_WORDS.has(word.toLowerCase());
/** "The", "May", "Monday" are not names; "US" in capitals is, though "us" is a pronoun. */
export const isFunctionWord = (t: Token) =>
  (NOT_NAMES.has(lower(t)) && !t.acronym) || /^\p{L}$|^I['’]|['’](?:ll|m|re|ve|d)$|n['’]t$/u.test(t.word);
/** A title word, also inside a compound: "Inspector-General", "vice-premier". */
export const isTitleWord = (word: string) => word.split('-').some((part) => TITLE_NOUNS.has(part.toLowerCase()));
export const isTitle = (t: Token) => isTitleWord(t.word) || HONORIFICS.has(lower(t));
export const isNameWord = (t: Token) => (t.cap && !isFunctionWord(t)) || NAME_PARTICLES.has(t.word);

/** "Sacramento-based", "GOP-dominated", "R-rated": a name made into an adjective is not a name. */
export const isNameAdjective = (t: Token) =>
  /-(?:based|led|backed|owned|dominated|controlled|enabled|born|rated|style|era|linked|affiliated|funded|run|made|related|focused|friendly|sized|bound|wide)$/.test(
    t.word,
  );
/** "West Bank", "North Carolina": a compass word opens a place's name, not a bank's. */
export const COMPASS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'Northeastern',
  'Northwestern',
  'Southeastern',
  'Southwestern',
]);

/** Words that open a place's name: "Lake Erie", "Mount Kenya", "Fort Lee", "Port Hutt", "Cape Town". */
export const PLACE_OPENERS = new Set(['Lake', 'Mount', 'Mt', 'Fort', 'Port', 'Cape', 'Isle', 'Gulf', 'Upper', 'Lower']);

/** Words that make a region of a country's name: "Inner Mongolia", "Northern Ireland", "New Mexico". */
export const REGION_PREFIXES = new Set([
  ...COMPASS,
  'Inner',
  'Outer',
  'Upper',
  'Lower',
  'Greater',
  'New',
  'Little',
  'Baja',
]);

/** "James P. Kennedy Jr.": the suffix is left off, so that "Kennedy" finds the full name. */
export const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** Ordinals open the names of things ("First Amendment"), not of actors. */
export const ORDINALS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '));
