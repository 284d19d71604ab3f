/** The first candidate that is a non-empty string after trimming, or null: a fallback chain. */
export function firstValid(...candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const value = candidate?.replace(/[\s\u00a0]+/g, ' ').trim();
    if (value) return value;
  }
  return null;
}
