/**
 * `npm run bench:outline`: what the key actors and claims cost and how right they are.
 *
 * - Speed: on each of the 181 pages of ../shared/bench/article-extraction-benchmark, the time of
 *   `analyseArticle` (actors and claims from the extracted article) over the time Readability takes
 *   to parse the same page, both in this process, fastest of three alternating runs; the median of
 *   the per-page ratios is the figure (target ≤ 0.5).
 * - Size: the gzipped analysis code and its data (the country and place tables) as its own minified
 *   bundle (target ≤ 60 KB), and the popup and
 *   injected script of the Chrome build (built first if missing).
 * - Quality: actor precision and recall on the seed article and on hand-labelled news pages
 *   (tests/fixtures/actors-ground-truth.json), and the seed's listed claims found and in the top 8.
 *
 * Ends with: `outline: medianRatio=… popupKB=… injectedKB=… addedKB=… actorPrecision=… actorRecall=…`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { build } from 'vite';
import { extractArticle } from '../utils/core/extract/extract-article';
import { analyseArticle } from '../utils/core/outline/analyse-article';
import type { Article } from '../utils/core/types';
import { type ActorTruth, scoreActors } from './bench/actor-score';
import { benchFolder, SEED_DIR } from './bench/bench-folder';
import { loadPage } from './load-page';

const BENCH = benchFolder('article-extraction-benchmark');
const RUNS = 3;
const now = new Date('2019-11-20T00:00:00Z');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipKB = (file: string) => gzipSync(readFileSync(file)).length;

// Speed.
const truth = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
const ratios: number[] = [];
const analysisMs: number[] = [];
const readabilityMs: number[] = [];
for (const [id, { url }] of Object.entries(truth)) {
  const doc = await loadPage(join(BENCH, 'html', `${id}.html.gz`));
  const result = extractArticle(doc, { url, now });
  if (!result.isArticle) continue;
  let ours = Number.POSITIVE_INFINITY;
  let theirs = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    for (const which of run % 2 ? ['ours', 'theirs'] : ['theirs', 'ours']) {
      const started = performance.now();
      if (which === 'ours') analyseArticle(result);
      else new Readability(doc.cloneNode(true) as Document).parse();
      const ms = performance.now() - started;
      if (which === 'ours') ours = Math.min(ours, ms);
      else theirs = Math.min(theirs, ms);
    }
  }
  ratios.push(ours / theirs);
  analysisMs.push(ours);
  readabilityMs.push(theirs);
}

// Size.
const bundle = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: { entry: resolve('utils/core/outline/analyse-article.ts'), formats: ['es'], fileName: 'analysis' },
  },
});
const outputs = (Array.isArray(bundle) ? bundle : [bundle]).flatMap((b) => ('output' in b ? b.output : []));
const addedBytes = outputs.reduce((sum, o) => sum + (o.type === 'chunk' ? gzipSync(o.code).length : 0), 0);
const OUT = resolve('.output/chrome-mv3');
if (!existsSync(join(OUT, 'extract.js'))) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
const injectedBytes = gzipKB(join(OUT, 'extract.js'));
// The popup's JS is every script popup.html loads, its own chunk and the chunks it shares.
const popupScripts = readFileSync(join(OUT, 'popup.html'), 'utf8').match(/\/chunks\/[\w.-]+\.js/g) ?? [];
const popupBytes = popupScripts.reduce((sum, path) => sum + gzipKB(join(OUT, path)), 0);

// Quality.
const seedExpected = JSON.parse(readFileSync(join(SEED_DIR, 'expected.json'), 'utf8'));
const pages: Array<{ name: string; article: Article; truth: ActorTruth }> = [];
const seedDoc = await loadPage(join(SEED_DIR, 'polistratics-relative-dates.html'));
const seed = extractArticle(seedDoc, { url: seedExpected.url, now: new Date(seedExpected.capturedAt) });
if (seed.isArticle) pages.push({ name: 'seed (wix-seed)', article: seed, truth: seedExpected.actors });
const labelled = JSON.parse(readFileSync('tests/fixtures/actors-ground-truth.json', 'utf8')) as {
  pages: Record<string, ActorTruth & { topic: string }>;
};
// Each page at the address it was saved from, as a reader meets it.
const addresses = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
for (const [file, pageTruth] of Object.entries(labelled.pages)) {
  const url = addresses[file.replace('.html.gz', '')].url;
  const result = extractArticle(await loadPage(join(BENCH, 'html', file)), { url, now });
  // A labelled page refused as no article would drop out of the figures unseen.
  if (!result.isArticle) throw new Error(`${file} was refused: ${result.reason}`);
  pages.push({ name: pageTruth.topic, article: result, truth: pageTruth });
}
const lines: string[] = [];
let right = 0;
let listed = 0;
let found = 0;
let required = 0;
for (const page of pages) {
  const score = scoreActors(page.article.actors, page.truth);
  const shown = Math.min(12, page.article.actors.length);
  right += shown - score.wrong.length;
  listed += shown;
  found += page.truth.required.length - score.missed.length;
  required += page.truth.required.length;
  lines.push(
    `  ${page.name.padEnd(62)} P ${score.precision.toFixed(2)}  R ${score.recall.toFixed(2)}` +
      (score.wrong.length ? `  wrong: ${score.wrong.join(', ')}` : '') +
      (score.missed.length ? `  missed: ${score.missed.join(', ')}` : ''),
  );
}
const seedClaims = seed.isArticle ? seed.claims : [];
const claimAt = (expected: string) => seedClaims.findIndex((c) => c.text.includes(expected));
const positions = (seedExpected.claims as string[]).map(claimAt);
const hits = positions.filter((p) => p >= 0).length;
const inTop = positions.filter((p) => p >= 0 && seedClaims[p].key).length;

const medianRatio = median(ratios);
process.stdout.write(
  `${[
    `speed: ${ratios.length} benchmark pages; analysis median ${median(analysisMs).toFixed(2)} ms, Readability median ${median(readabilityMs).toFixed(2)} ms`,
    `  median per-page ratio (analysis / Readability): ${medianRatio.toFixed(3)} (target ≤ 0.5)`,
    `size (gzipped): analysis code ${kb(addedBytes)} KB (target ≤ 60, with its data); popup JS ${kb(popupBytes)} KB; injected extract.js ${kb(injectedBytes)} KB`,
    'actors (first 12 against hand-made truth):',
    ...lines,
    `  overall: precision ${(right / listed).toFixed(3)}, recall ${(found / required).toFixed(3)}`,
    `seed claims: ${hits}/${positions.length} found, ${inTop} in the top 8`,
    `outline: medianRatio=${medianRatio.toFixed(3)} popupKB=${kb(popupBytes)} injectedKB=${kb(injectedBytes)} addedKB=${kb(addedBytes)} actorPrecision=${(right / listed).toFixed(3)} actorRecall=${(found / required).toFixed(3)} seedClaimsFound=${hits} seedClaimsTop8=${inTop}`,
  ].join('\n')}\n`,
);
