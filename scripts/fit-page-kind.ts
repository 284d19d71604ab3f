/**
 * `npm run fit:page-kind [-- DIR]`: refits the article test's weights (`page-kind.ts`) on a WCXB
 * split (default: ../shared/bench/wcxb-dev) and prints them with the bias and threshold to paste.
 *
 * The model is a logistic regression on the evidence `extractPage` reads (`page-evidence.ts`),
 * fitted by gradient descent on standardised features with a small L2 penalty, on the tuning
 * part only (ids not ending in 0 or 5). The threshold is set where the tuning part keeps
 * RECALL (default 0.975) of its articles, pages too short to be articles counted as refused.
 * Precision and recall are then printed for the tuning part, the held-out part and the whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageEvidence } from '../utils/core/extract/page-evidence';
import { extractPage } from '../utils/core/extract/pipeline';
import { benchFolder } from './bench/bench-folder';
import { loadPage } from './load-page';

const dir = benchFolder('wcxb-dev');
const recallTarget = Number(process.env.RECALL ?? 0.975);
const lambda = Number(process.env.L2 ?? 0.01);
const STEPS = 4000;
const RATE = 0.5;

interface Row {
  id: string;
  isArticle: boolean;
  /** The evidence, or null where the page has no body or too little text to weigh. */
  evidence: PageEvidence | null;
}

const rows: Row[] = [];
for (const file of readdirSync(join(dir, 'ground-truth')).sort()) {
  const id = file.replace(/\.json$/, '');
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth', file), 'utf8'));
  const doc = await loadPage(join(dir, 'html', `${id}.html.gz`));
  let evidence: PageEvidence | null = null;
  const page = extractPage(doc, { url: gold.url ?? '', now: new Date(gold.downloaded_at ?? Date.now()) }, (e) => {
    evidence = e;
  });
  const tooShort = !page.isArticle && /too little running text/.test(page.reason);
  rows.push({ id, isArticle: gold._internal.page_type.primary === 'article', evidence: tooShort ? null : evidence });
}

const heldOut = (row: Row) => /[05]$/.test(row.id);
const weighed = rows.filter((row): row is Row & { evidence: PageEvidence } => row.evidence !== null);
const keys = Object.keys(weighed[0].evidence) as Array<keyof PageEvidence>;
const tuning = weighed.filter((row) => !heldOut(row));
const mean = keys.map((k) => tuning.reduce((s, r) => s + r.evidence[k], 0) / tuning.length);
const spread = keys.map(
  (k, j) => Math.sqrt(tuning.reduce((s, r) => s + (r.evidence[k] - mean[j]) ** 2, 0) / tuning.length) || 1,
);
const standard = (e: PageEvidence) => keys.map((k, j) => (e[k] - mean[j]) / spread[j]);

let weights = keys.map(() => 0);
let bias = 0;
const data = tuning.map((row) => ({ z: standard(row.evidence), y: row.isArticle ? 1 : 0 }));
const dot = (z: number[]) => bias + z.reduce((s, v, j) => s + v * weights[j], 0);
for (let step = 0; step < STEPS; step++) {
  const gradient = keys.map(() => 0);
  let gradientBias = 0;
  for (const { z, y } of data) {
    const error = 1 / (1 + Math.exp(-dot(z))) - y;
    gradientBias += error;
    for (let j = 0; j < z.length; j++) gradient[j] += error * z[j];
  }
  bias -= (RATE * gradientBias) / data.length;
  weights = weights.map((w, j) => w - RATE * (gradient[j] / data.length + lambda * w));
}

// Back to the evidence's own scale, as `page-kind.ts` weighs it.
const raw = keys.map((_, j) => Number((weights[j] / spread[j]).toFixed(2)));
const rawBias = Number((bias - keys.reduce((s, _, j) => s + (weights[j] * mean[j]) / spread[j], 0)).toFixed(2));
const score = (e: PageEvidence) => keys.reduce((s, k, j) => s + raw[j] * e[k], rawBias);
const tuningArticles = rows.filter((r) => !heldOut(r) && r.isArticle).length;
const articleScores = tuning
  .filter((r) => r.isArticle)
  .map((r) => score(r.evidence))
  .sort((a, b) => b - a);
const threshold = Number(articleScores[Math.ceil(recallTarget * tuningArticles) - 1].toFixed(2));

function precisionRecall(part: Row[]): string {
  let truePos = 0;
  let falsePos = 0;
  let falseNeg = 0;
  for (const row of part) {
    const called = row.evidence !== null && score(row.evidence) >= threshold;
    if (called && row.isArticle) truePos++;
    else if (called) falsePos++;
    else if (row.isArticle) falseNeg++;
  }
  return `P=${(truePos / (truePos + falsePos)).toFixed(3)} R=${(truePos / (truePos + falseNeg)).toFixed(3)}`;
}

for (const [j, key] of keys.entries()) console.log(`  ${key}: ${raw[j]},`);
console.log(`const BIAS = ${rawBias};\nconst THRESHOLD = ${threshold};`);
console.log(
  `tuning ${precisionRecall(rows.filter((r) => !heldOut(r)))} | held-out ${precisionRecall(rows.filter(heldOut))} | all ${precisionRecall(rows)}`,
);
