/**
 * `npm run bench:extract [-- DIR]`: body-text quality and speed of Dossier against plain
 * Readability, on a folder in the article-extraction-benchmark layout (`html/<id>.html.gz` and
 * `ground-truth.json` of `{ id: { articleBody, url } }`; default: ../shared/bench/article-extraction-benchmark).
 * Both run in this process on the same parsed pages; times exclude parsing. Prints one row each,
 * the time ratio, writes the 20 worst pages to test-results/, and ends with one machine-readable line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../utils/core/extract/pipeline';
import { type PageScore, scorePage, summarise } from './bench/shingle-metric';
import { loadPage } from './load-page';

const dir = resolve(process.argv[2] ?? '../shared/bench/article-extraction-benchmark');
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
// The benchmark pages were fetched in November 2019; relative dates do not affect body text.
const now = new Date('2019-11-20T00:00:00Z');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

interface Run {
  scores: PageScore[];
  ms: number[];
}
const dossier: Run = { scores: [], ms: [] };
const readability: Run = { scores: [], ms: [] };
const pages: Array<{ id: string; url: string; f1: number; precision: number; recall: number }> = [];

/** Readability alone, as the benchmark's published row measured it (its `textContent`). */
function runPlainReadability(doc: Document): string {
  const started = performance.now();
  const text = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  readability.ms.push(performance.now() - started);
  return text;
}

/** Dossier's whole pipeline, as the command line runs it; a page it refuses scores as empty. */
function runDossier(doc: Document, url: string): string {
  const started = performance.now();
  const result = extractArticle(doc, { url, now });
  dossier.ms.push(performance.now() - started);
  return result.isArticle ? result.text : '';
}

let index = 0;
for (const [id, { articleBody, url }] of Object.entries(truth)) {
  const file = join(dir, 'html', `${id}.html.gz`);
  const [forReadability, forDossier] = [await loadPage(file), await loadPage(file)];
  // Alternate which runs first, so that neither always pays for the other's garbage.
  let plain: string;
  let ours: string;
  if (index++ % 2) {
    ours = runDossier(forDossier, url);
    plain = runPlainReadability(forReadability);
  } else {
    plain = runPlainReadability(forReadability);
    ours = runDossier(forDossier, url);
  }
  readability.scores.push(scorePage(articleBody, plain));
  const score = scorePage(articleBody, ours);
  dossier.scores.push(score);
  const precision = score.tp + score.fp ? score.tp / (score.tp + score.fp) : 0;
  const recall = score.tp + score.fn ? score.tp / (score.tp + score.fn) : 0;
  pages.push({
    id,
    url,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
  });
}

const oursSummary = summarise(dossier.scores);
const theirs = summarise(readability.scores);
const oursMs = median(dossier.ms);
const theirsMs = median(readability.ms);
const row = (name: string, s: ReturnType<typeof summarise>, ms: number) =>
  `${name.padEnd(12)} F1 ${s.f1.toFixed(3)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  accuracy ${s.accuracy.toFixed(3)}  median ${ms.toFixed(1)} ms/page`;

const worst = pages.sort((a, b) => a.f1 - b.f1).slice(0, 20);
mkdirSync('test-results', { recursive: true });
const worstFile = 'test-results/bench-extract-worst.json';
writeFileSync(worstFile, `${JSON.stringify(worst, null, 2)}\n`);

process.stdout.write(
  `${[
    `${Object.keys(truth).length} pages from ${dir}`,
    row('dossier', oursSummary, oursMs),
    row('readability', theirs, theirsMs),
    `time ratio (dossier / readability): ${(oursMs / theirsMs).toFixed(2)}`,
    `20 worst pages by F1: ${worstFile}`,
    `extract: f1=${oursSummary.f1.toFixed(4)} precision=${oursSummary.precision.toFixed(4)} recall=${oursSummary.recall.toFixed(4)} accuracy=${oursSummary.accuracy.toFixed(4)} msPerPage=${oursMs.toFixed(2)} readabilityF1=${theirs.f1.toFixed(4)} readabilityMsPerPage=${theirsMs.toFixed(2)} timeRatio=${(oursMs / theirsMs).toFixed(3)}`,
  ].join('\n')}\n`,
);
