import type { Claim } from '../types';
import { stemOf } from './change-words';
import { comparableText, wordsOf } from './comparable-text';
import { bigrams, dice } from './dice';

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

/** A similarity to three decimals, as a change reports it. */
const rounded = (similarity: number) => Math.round(similarity * 1000) / 1000;

/** Below this overlap two claims are different claims, not one claim revised. */
export const SAME_CLAIM = 0.5;
/** The same for the words of two claims in any order: most of them must be shared. */
const SAME_WORDS = 0.7;

/** A sentence's distinct longer words, stemmed, sorted: what it is about, in any order. */
const stemsOf = (text: string) =>
  [
    ...new Set(
      wordsOf(text)
        .filter((w) => w.length >= 4)
        .map(stemOf),
    ),
  ].sort();

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
  const changed: ChangedClaim[] = [];
  /** Pairs what is left, most similar first, while `similarity` reaches `least`. */
  const pairBy = (similarity: (i: number, j: number) => number, least: number) => {
    const pairs: Array<{ i: number; j: number; similarity: number }> = [];
    for (const i of oldLeft) {
      for (const j of newLeft) {
        const value = similarity(i, j);
        if (value >= least) pairs.push({ i, j, similarity: value });
      }
    }
    pairs.sort((a, b) => b.similarity - a.similarity || a.j - b.j || a.i - b.i);
    for (const { i, j, similarity } of pairs) {
      if (!oldLeft.has(i) || !newLeft.has(j)) continue;
      oldLeft.delete(i);
      newLeft.delete(j);
      changed.push({ before: before[i], after: after[j], similarity: rounded(similarity) });
    }
  };
  pairBy((i, j) => dice(oldGrams[i], newGrams[j]), SAME_CLAIM);
  // A sentence whose clauses were turned around keeps its words but not its word pairs.
  const oldStems = before.map((c) => stemsOf(c.text));
  const newStems = after.map((c) => stemsOf(c.text));
  pairBy((i, j) => dice(oldStems[i], newStems[j]), SAME_WORDS);
  const old: Side = { claims: before, left: oldLeft, grams: oldGrams };
  const now: Side = { claims: after, left: newLeft, grams: newGrams };
  changed.push(...regrouped(old, now));
  attachPieces(changed, old, now);
  // A split's claim is its pieces joined: it stands where its first piece does.
  const order = (c: ChangedClaim) => after.findIndex((a) => a === c.after || c.after.text.startsWith(a.text));
  changed.sort((a, b) => order(a) - order(b));
  return {
    added: [...newLeft].sort((a, b) => a - b).map((j) => after[j]),
    removed: [...oldLeft].sort((a, b) => a - b).map((i) => before[i]),
    changed,
    unchanged,
  };
}

/** Share of `part`'s bigrams found in `whole`: how much of a sentence another one holds. */
function containment(part: string[], whole: string[]): number {
  if (part.length === 0) return 0;
  const have = new Set(whole);
  return part.filter((g) => have.has(g)).length / part.length;
}

/** Several claims read as one, in order: the sentences of a split or a merge. */
function joined(claims: Claim[]): Claim {
  if (claims.length === 1) return claims[0];
  return {
    ...claims[0],
    text: claims.map((c) => c.text).join(' '),
    actors: [...new Set(claims.flatMap((c) => c.actors))],
    source: claims.find((c) => c.source)?.source ?? null,
    hedgeCues: claims.flatMap((c) => c.hedgeCues),
    hedged: claims.some((c) => c.hedged),
    quote: claims.some((c) => c.quote),
    number: claims.some((c) => c.number),
  };
}

/** One version's claims, those not matched yet, and their word bigrams. */
interface Side {
  claims: Claim[];
  left: Set<number>;
  grams: string[][];
}

/** Below this share of its bigrams in another claim, a claim is not a piece of it. */
const PIECE_OF = 0.6;

/**
 * A sentence split in two ("…, and lactate…" → "…. Lactate…") or two merged into one is one
 * claim revised, not one removed and two added: each claim left over is grouped with the one on
 * the other side that holds most of its words, and each group becomes one change. Takes what it
 * groups out of `oldLeft` and `newLeft`.
 */
function regrouped(old: Side, now: Side): ChangedClaim[] {
  const groups: ChangedClaim[] = [];
  const group = (
    pieces: Set<number>,
    piecesGrams: string[][],
    wholes: Set<number>,
    wholesGrams: string[][],
    make: (whole: number, parts: number[]) => ChangedClaim,
  ) => {
    const byWhole = new Map<number, number[]>();
    for (const p of [...pieces].sort((a, b) => a - b)) {
      let best = -1;
      let bestShare = PIECE_OF;
      for (const w of wholes) {
        const share = containment(piecesGrams[p], wholesGrams[w]);
        if (share >= bestShare && (best === -1 || share > bestShare)) {
          best = w;
          bestShare = share;
        }
      }
      if (best >= 0) byWhole.set(best, [...(byWhole.get(best) ?? []), p]);
    }
    for (const [whole, parts] of byWhole) {
      if (
        parts.length < 2 &&
        containment(
          wholesGrams[whole],
          parts.flatMap((p) => piecesGrams[p]),
        ) < PIECE_OF
      )
        continue;
      wholes.delete(whole);
      for (const p of parts) pieces.delete(p);
      groups.push(make(whole, parts));
    }
  };
  const similarity = (a: string[], b: string[]) => rounded(dice(a, b));
  group(now.left, now.grams, old.left, old.grams, (whole, parts) => ({
    before: old.claims[whole],
    after: joined(parts.map((j) => now.claims[j])),
    similarity: similarity(
      old.grams[whole],
      parts.flatMap((j) => now.grams[j]),
    ),
  }));
  group(old.left, old.grams, now.left, now.grams, (whole, parts) => ({
    before: joined(parts.map((i) => old.claims[i])),
    after: now.claims[whole],
    similarity: similarity(
      parts.flatMap((i) => old.grams[i]),
      now.grams[whole],
    ),
  }));
  return groups;
}

/**
 * A claim left over that is a piece of a claim already matched ("A 6-inch rocket was bonded to
 * a case." split from the old sentence whose other half was reworded) joins that change, on the
 * side it came from. Takes what it attaches out of `oldLeft` and `newLeft`.
 */
function attachPieces(changed: ChangedClaim[], old: Side, now: Side) {
  const attach = ({ claims, left, grams }: Side, side: 'before' | 'after') => {
    const other = side === 'after' ? 'before' : 'after';
    for (const k of [...left].sort((a, b) => a - b)) {
      const change = changed.find((c) => containment(grams[k], bigrams(c[other].text)) >= PIECE_OF);
      if (!change) continue;
      const at = claims.indexOf(change[side]);
      change[side] = joined(at === -1 || at < k ? [change[side], claims[k]] : [claims[k], change[side]]);
      left.delete(k);
    }
  };
  attach(now, 'after');
  attach(old, 'before');
}
