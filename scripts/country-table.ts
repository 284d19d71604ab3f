import countries from 'world-countries';
import type { CountryEntry } from '../utils/core/actors/country-table';

/**
 * English short forms that newsrooms use and the data lacks, by ISO code. The data names
 * Türkiye and the United Kingdom but not "Turkey" or "Britain", and has no "America".
 */
const EXTRA_ALIASES: Record<string, string[]> = { US: ['America', 'US'], GB: ['Britain'], TR: ['Turkey'] };

/** English in Latin letters, capitalised, without the "Palestine, State of" inverted forms. */
const isEnglishName = (name: string): boolean => /^[A-Z][A-Za-z .'()-]+$/.test(name) && !name.includes(',');

/** Longer codes (USA, UAE, DRC) are names readers see. */
const isUsableCode = (alt: string): boolean => /^[A-Z]{3,4}$/.test(alt);

/** "Israelis" for "Israeli"; "Chinese", "British", "Swiss" have no plural form. */
const plural = (demonym: string): string | null => (/(ese|sh|ch|s|x)$/.test(demonym) ? null : `${demonym}s`);

export function buildCountryTable(): CountryEntry[] {
  // A demonym two sovereign countries share ("Dominican", "Congolese") names neither for sure;
  // one shared with a territory ("American", "French") belongs to the sovereign country.
  const demonymOwners = new Map<string, string[]>();
  for (const c of countries) {
    const demonym = c.demonyms?.eng?.m;
    if (demonym && c.independent) demonymOwners.set(demonym, [...(demonymOwners.get(demonym) ?? []), c.cca2]);
  }
  const table: CountryEntry[] = [];
  for (const c of countries) {
    const names = new Set<string>([c.name.common, c.name.official]);
    // The two-letter ISO code itself ("IT", "IS", "NO") is a word, not a name; "UK" is a name.
    for (const alt of c.altSpellings) if (alt !== c.cca2 && (isEnglishName(alt) || isUsableCode(alt))) names.add(alt);
    for (const extra of EXTRA_ALIASES[c.cca2] ?? []) names.add(extra);
    const demonym = c.demonyms?.eng?.m;
    const owners = demonym ? (demonymOwners.get(demonym) ?? []) : [];
    const demonyms =
      demonym && (owners.length === 1 ? owners[0] === c.cca2 : owners.length === 0)
        ? [demonym, plural(demonym)].filter((d): d is string => d !== null)
        : [];
    // "Washington D.C." is written "Washington" as a metonym; the full form stays an alias.
    const capitals = c.capital.flatMap((cap) => (cap.endsWith(' D.C.') ? [cap, cap.slice(0, -5)] : [cap]));
    table.push({
      name: c.name.common,
      aliases: [...names].filter((n) => n !== c.name.common && isEnglishName(n)),
      demonyms: demonyms.filter(isEnglishName),
      capitals: capitals.filter(isEnglishName),
    });
  }
  return table;
}
