/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark): texts are
 * compared as multisets of 4-token shingles, tokens being runs of letters, digits and `_`.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** Counts of every run of four consecutive tokens (one shingle of all tokens if fewer). */
function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, words.length - SHINGLE + 1); i++) {
    const shingle = words.slice(i, i + SHINGLE).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** The token lists are identical. */
  exact: boolean;
}

/** True and false positives and negatives of `predicted` against `truth`, in shingles. */
export function scorePage(truth: string, predicted: string): PageScore {
  const expected = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  for (const [shingle, count] of got) tp += Math.min(count, expected.get(shingle) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  const truthTokens = tokens(truth);
  const predictedTokens = tokens(predicted);
  return {
    tp,
    fp: total(got) - tp,
    fn: total(expected) - tp,
    exact: truthTokens.length === predictedTokens.length && truthTokens.every((t, i) => t === predictedTokens[i]),
  };
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Precision averaged over pages that predicted anything, recall over pages with any truth; F1 of the two. */
export function summarise(scores: PageScore[]): Summary {
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp)));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn)));
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
    accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))),
  };
}
