import { squash } from '../extract/dom-kinds';

/** The first candidate that is a non-empty string after trimming, or null: a fallback chain. */
export function firstValid(...candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const value = candidate && squash(candidate);
    if (value) return value;
  }
  return null;
}
