import { COUNTRIES } from './country-table';
import { tokenize } from './tokens';

/** How a country was named: "Qatar", "Qatari", or its capital used for its government, "Doha". */
export type CountryVia = 'name' | 'demonym' | 'capital';

export interface CountryHit {
  country: string;
  via: CountryVia;
  /** How many tokens the name spans ("United States" is 2). */
  length: number;
}

/** Every country phrase, as space-joined token words, and the longest phrase in tokens. */
interface CountryIndex {
  phrases: Map<string, { country: string; via: CountryVia }>;
  /** The first words of all phrases: most words of a sentence are rejected by one lookup. */
  firstWords: Set<string>;
  longest: number;
}

let index: CountryIndex | null = null;

/** Built on first use, so a page that is never outlined pays nothing for the table. */
function countryIndex(): CountryIndex {
  if (index) return index;
  const phrases = new Map<string, { country: string; via: CountryVia }>();
  const firstWords = new Set<string>();
  let longest = 1;
  const add = (phrase: string, country: string, via: CountryVia) => {
    const words = tokenize(phrase).map((t) => t.word);
    const key = words.join(' ');
    firstWords.add(words[0]);
    // A name wins over a capital or demonym that spells the same ("Singapore", "Djibouti").
    if (!phrases.has(key) || via === 'name') phrases.set(key, { country, via });
    longest = Math.max(longest, words.length);
  };
  for (const entry of COUNTRIES) {
    for (const capital of entry.capitals) add(capital, entry.name, 'capital');
    for (const demonym of entry.demonyms) add(demonym, entry.name, 'demonym');
    for (const alias of entry.aliases) add(alias, entry.name, 'name');
    add(entry.name, entry.name, 'name');
  }
  index = { phrases, firstWords, longest };
  return index;
}

/** The longest country phrase that starts at `words[from]`, or null. */
export function matchCountry(words: string[], from: number): CountryHit | null {
  const { phrases, firstWords, longest } = countryIndex();
  if (!firstWords.has(words[from])) return null;
  for (let length = Math.min(longest, words.length - from); length >= 1; length--) {
    const hit = phrases.get(words.slice(from, from + length).join(' '));
    if (hit) return { ...hit, length };
  }
  return null;
}
