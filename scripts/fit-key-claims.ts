/**
 * `npm run fit:key-claims`: refits the key-claim weights (`utils/core/claims/key-claim-weights.json`)
 * on sentences readers picked blind, and prints how many picks each group gets into the 8 key claims.
 *
 * Groups: 32 WCXB article pages and 32 news pages of the article-extraction benchmark, five picks
 * each (`bench/key-claims-train-labels.json`); the tuning half of bench:claims's pages (even
 * positions of `bench/key-claims-labels.json`; the odd ones stay held out); and the seed article's
 * listed claims, weighted SEED_WEIGHT times, since it is the one page of the kind Dossier is built
 * around (policy analysis led by actors and their positions) that carries labels. HOLD=group
 * leaves a group out of the fit, to see how the weights carry to pages they were not fitted on.
 *
 * The model is a logistic regression over every assertion's features (`key-claim-features.ts`),
 * the picks weighted up to balance the classes, fitted by gradient descent with a small L2 penalty.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findActors } from '../utils/core/actors/find-actors';
import { type DiversityPenalties, findClaims, isAssertion } from '../utils/core/claims/find-claims';
import { KEY_CLAIM_FEATURES, type KeyClaimFeatures, keyClaimFeatures } from '../utils/core/claims/key-claim-features';
import { extractArticle } from '../utils/core/extract/extract-article';
import { readBodySentences } from '../utils/core/outline/body-sentences';
import { benchFolder, SEED_DIR } from './bench/bench-folder';
import { lettersAndDigits as fold } from './bench/letters-and-digits';
import { loadPage } from './load-page';

// The labelled pages are in two benchmarks; both are needed.
const WCXB = benchFolder('wcxb-dev', { given: process.env.WCXB, how: 'as WCXB=' });
const NEWS = benchFolder('article-extraction-benchmark', {
  given: process.env.NEWS,
  how: 'as NEWS=',
});
const SEED_WEIGHT = Number(process.env.SEED_WEIGHT ?? 20);
const hold = process.env.HOLD ?? '';
const L2 = 0.01;
const STEPS = 1000;
const RATE = 0.5;

const fingerprint = (text: string) => createHash('sha1').update(fold(text)).digest('hex').slice(0, 12);

interface Page {
  group: string;
  weight: number;
  features: KeyClaimFeatures[];
  /** Which body sentences are assertions (the candidates), which are picks, and how many picks there are. */
  assertion: boolean[];
  picked: boolean[];
  picks: number;
  /** The claims with a given scoring, to count the picks among the key ones. */
  claims: (score: (f: KeyClaimFeatures) => number, penalties: DiversityPenalties) => string[];
  isPick: (sentence: string) => boolean;
}

async function read(
  file: string,
  url: string,
  now: Date,
  group: string,
  picks: number,
  isPick: (s: string) => boolean,
  weight = 1,
): Promise<Page | null> {
  const article = extractArticle(await loadPage(file), { url, now });
  if (!article.isArticle) return null;
  const body = readBodySentences(article.text, article.sections, article.language);
  const reading = findActors(body, { title: article.title, site: article.site, authors: article.authors });
  return {
    group,
    weight,
    features: keyClaimFeatures(body, reading, article.title),
    assertion: body.sentences.map(isAssertion),
    picked: body.sentences.map((s) => isPick(s.text)),
    picks,
    claims: (score, penalties) =>
      findClaims(body, reading, article.title, score, penalties)
        .filter((c) => c.key)
        .map((c) => c.text),
    isPick,
  };
}

/** A labelled page no longer read as an article leaves its labels unusable: say so. */
function labelled(page: Page | null, id: string): Page {
  if (!page) throw new Error(`${id} is no longer read as an article: its labels cannot be fitted on`);
  return page;
}

const pages: Page[] = [];
const train = JSON.parse(readFileSync(new URL('./bench/key-claims-train-labels.json', import.meta.url), 'utf8'));
const newsTruth = JSON.parse(readFileSync(join(NEWS, 'ground-truth.json'), 'utf8'));
for (const p of train.pages as { corpus: string; id: string; url: string; key: string[] }[]) {
  const isPick = (s: string) => p.key.includes(fingerprint(s));
  const wcxb = p.corpus === 'wcxb-dev';
  const file = wcxb ? join(WCXB, 'html', `${p.id}.html.gz`) : join(NEWS, 'html', `${p.id}.html.gz`);
  const now = wcxb ? JSON.parse(readFileSync(join(WCXB, 'ground-truth', `${p.id}.json`), 'utf8')).downloaded_at : null;
  const url = wcxb ? p.url : (newsTruth[p.id]?.url ?? p.url);
  const page = await read(file, url, new Date(now ?? '2026-03-20'), wcxb ? 'wcxb' : 'news', p.key.length, isPick);
  pages.push(labelled(page, p.id));
}
// bench:claims's tuning half; a page it no longer reads as an article counts there as missed.
const bench = JSON.parse(readFileSync(new URL('./bench/key-claims-labels.json', import.meta.url), 'utf8'));
for (const [index, p] of (bench.pages as { id: string; url: string; key: string[] }[]).entries()) {
  if (index % 2) continue;
  const gold = JSON.parse(readFileSync(join(WCXB, 'ground-truth', `${p.id}.json`), 'utf8'));
  const keys = p.key.map(fold);
  const isPick = (s: string) =>
    keys.some((k) => fold(s).includes(k) || (k.includes(fold(s)) && fold(s).length > 0.6 * k.length));
  const file = join(WCXB, 'html', `${p.id}.html.gz`);
  const now = new Date(gold.downloaded_at ?? '2026-03-20');
  const page = await read(file, p.url || gold.url, now, 'bench-tuning', p.key.length, isPick);
  if (page) pages.push(page);
}
const seed = JSON.parse(readFileSync(join(SEED_DIR, 'expected.json'), 'utf8'));
const seedFile = join(SEED_DIR, 'polistratics-relative-dates.html');
const isSeedClaim = (s: string) => (seed.claims as string[]).some((c) => s.includes(c));
const seedPage = await read(
  seedFile,
  seed.url,
  new Date(seed.capturedAt),
  'seed',
  seed.claims.length,
  isSeedClaim,
  SEED_WEIGHT,
);
pages.push(labelled(seedPage, 'the seed'));

// Every assertion is a row; the picks are weighted so that both classes weigh the same.
const rows = pages
  .filter((p) => p.group !== hold)
  .flatMap((p) =>
    p.features.flatMap((f, i) =>
      p.assertion[i] ? [{ x: KEY_CLAIM_FEATURES.map((k) => f[k]), y: p.picked[i] ? 1 : 0, weight: p.weight }] : [],
    ),
  );
const positives = rows.reduce((n, r) => n + r.y * r.weight, 0);
const negatives = rows.reduce((n, r) => n + (1 - r.y) * r.weight, 0);
const balance = negatives / positives;

let weights = KEY_CLAIM_FEATURES.map(() => 0);
let intercept = 0;
const total = rows.reduce((n, r) => n + r.weight * (r.y ? balance : 1), 0);
for (let step = 0; step < STEPS; step++) {
  const gradient = weights.map(() => 0);
  let gradientIntercept = 0;
  for (const { x, y, weight } of rows) {
    const z = intercept + x.reduce((s, v, j) => s + v * weights[j], 0);
    const error = (1 / (1 + Math.exp(-z)) - y) * weight * (y ? balance : 1);
    gradientIntercept += error;
    for (let j = 0; j < x.length; j++) gradient[j] += error * x[j];
  }
  intercept -= (RATE * gradientIntercept) / total;
  weights = weights.map((w, j) => w - RATE * (gradient[j] / total + L2 * w));
}

const rounded = {
  intercept: Number(intercept.toFixed(3)),
  weights: Object.fromEntries(KEY_CLAIM_FEATURES.map((k, j) => [k, Number(weights[j].toFixed(3))])),
};
const score = (f: KeyClaimFeatures) =>
  KEY_CLAIM_FEATURES.reduce((s, k) => s + rounded.weights[k] * f[k], rounded.intercept);
/** Picks among the key claims, each page counted by its weight. */
const picksInKey = (part: Page[], penalties: DiversityPenalties) =>
  part.reduce((n, p) => n + p.weight * p.claims(score, penalties).filter(p.isPick).length, 0);

// The diversity penalties: the pair that puts the most picks of the fitted pages among the key claims.
const steps = [0, 0.15, 0.3, 0.5, 0.75, 1];
const fittedPages = pages.filter((p) => p.group !== hold);
let penalties: DiversityPenalties = { sameSection: 0, sameActors: 0 };
let best = -1;
for (const sameSection of steps) {
  for (const sameActors of steps) {
    const n = picksInKey(fittedPages, { sameSection, sameActors });
    if (n > best) {
      best = n;
      penalties = { sameSection, sameActors };
    }
  }
}
const fitted = {
  about:
    'Log-odds weights of the key-claim features and the diversity penalties, written by npm run fit:key-claims (scripts/fit-key-claims.ts); do not edit by hand.',
  ...rounded,
  penalties,
};

const lines: string[] = [];
for (const group of [...new Set(pages.map((p) => p.group))]) {
  const part = pages.filter((p) => p.group === group);
  const picks = part.reduce((n, p) => n + p.picks, 0);
  const found = part.reduce((n, p) => n + p.picked.filter(Boolean).length, 0);
  const inKey = part.reduce((n, p) => n + p.claims(score, penalties).filter(p.isPick).length, 0);
  // The lead baseline: the first eight assertions in reading order.
  const inLead = part.reduce(
    (n, p) => n + p.picked.filter((pick, i) => pick && p.assertion.slice(0, i + 1).filter(Boolean).length <= 8).length,
    0,
  );
  lines.push(
    `${group}${group === hold ? ' (held out of this fit)' : ''}: ${part.length} pages, ${picks} picks (${found} sentences matched), ${inKey} in the 8 key claims (${(inKey / picks).toFixed(3)}); lead baseline ${(inLead / picks).toFixed(3)}`,
  );
}
if (!hold) {
  writeFileSync(
    new URL('../utils/core/claims/key-claim-weights.json', import.meta.url),
    `${JSON.stringify(fitted, null, 2)}\n`,
  );
}
process.stdout.write(
  `${JSON.stringify(fitted.weights)}\nintercept ${fitted.intercept}, penalties ${JSON.stringify(penalties)}\n${lines.join('\n')}\n`,
);
