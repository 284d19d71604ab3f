import type { Claim } from '../types';
import { comparableText, wordsOf } from './comparable-text';

/** A claim in the new version matched to one in the old. */
export interface ChangedClaim {
  before: Claim;
  after: Claim;
  /** Word overlap of the two texts, 0 to 1 (Dice coefficient on word bigrams). */
  similarity: number;
}

export interface ClaimDiff {
  added: Claim[];
  removed: Claim[];
  changed: ChangedClaim[];
  /** Claims whose words did not change. */
  unchanged: number;
}

/** Below this overlap two claims are different claims, not one claim revised. */
export const SAME_CLAIM = 0.5;

/** Word bigrams of a text ("the us", "us has", …), and single words for very short texts. */
function bigrams(text: string): string[] {
  const words = wordsOf(text);
  if (words.length < 2) return words;
  return words.slice(1).map((word, i) => `${words[i]} ${word}`);
}

/** Dice coefficient of two bigram lists, counting repeats. */
function dice(a: string[], b: string[]): number {
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

/**
 * What changed in an article's claims between two versions. Claims are matched by similarity,
 * not exact text: an unchanged claim (same words) first, then the most similar remaining pairs
 * above `SAME_CLAIM`, best first; what is left is added or removed. The same inputs always give
 * the same pairs (ties go to the earlier claim).
 */
export function diffClaims(before: Claim[], after: Claim[]): ClaimDiff {
  const oldLeft = new Set(before.map((_, i) => i));
  const newLeft = new Set(after.map((_, i) => i));
  let unchanged = 0;
  const oldByText = new Map<string, number[]>();
  before.forEach((claim, i) => {
    const key = comparableText(claim.text);
    oldByText.set(key, [...(oldByText.get(key) ?? []), i]);
  });
  after.forEach((claim, j) => {
    const same = oldByText.get(comparableText(claim.text))?.find((i) => oldLeft.has(i));
    if (same === undefined) return;
    oldLeft.delete(same);
    newLeft.delete(j);
    unchanged += 1;
  });

  const oldGrams = before.map((c) => bigrams(c.text));
  const newGrams = after.map((c) => bigrams(c.text));
  const pairs: Array<{ i: number; j: number; similarity: number }> = [];
  for (const i of oldLeft) {
    for (const j of newLeft) {
      const similarity = dice(oldGrams[i], newGrams[j]);
      if (similarity >= SAME_CLAIM) pairs.push({ i, j, similarity });
    }
  }
  pairs.sort((a, b) => b.similarity - a.similarity || a.j - b.j || a.i - b.i);
  const changed: ChangedClaim[] = [];
  for (const { i, j, similarity } of pairs) {
    if (!oldLeft.has(i) || !newLeft.has(j)) continue;
    oldLeft.delete(i);
    newLeft.delete(j);
    changed.push({ before: before[i], after: after[j], similarity: Math.round(similarity * 1000) / 1000 });
  }
  changed.sort((a, b) => after.indexOf(a.after) - after.indexOf(b.after));
  return {
    added: [...newLeft].sort((a, b) => a - b).map((j) => after[j]),
    removed: [...oldLeft].sort((a, b) => a - b).map((i) => before[i]),
    changed,
    unchanged,
  };
}
