/**
 * The matching rules of `bench:identity`, shared by its WCXB scoring and by the blind second
 * readings (`blind-labels.ts`), so that both compare titles and names the same way.
 */

/** Unicode NFKC, lower case, typographic quotes and dashes made plain, white space squashed. */
export const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** A gold author field as names: split on ",", ";", "&" and "and", each normalised. */
export const goldAuthors = (author: string): string[] =>
  author
    .split(/\s*(?:[,;&]|\band\b)\s*/i)
    .map(normalise)
    .filter(Boolean);
