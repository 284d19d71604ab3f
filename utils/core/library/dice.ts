import { wordsOf } from './comparable-text';

/** Word bigrams of a text ("the us", "us has", …), and single words for very short texts. */
export function bigrams(text: string): string[] {
  const words = wordsOf(text);
  if (words.length < 2) return words;
  return words.slice(1).map((word, i) => `${words[i]} ${word}`);
}

/** Dice coefficient of two lists (bigrams or words), counting repeats: 1 for the same, 0 for nothing shared. */
export function dice(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const g of a) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of b) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
