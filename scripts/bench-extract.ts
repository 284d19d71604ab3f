/**
 * `npm run bench:extract [-- DIR]`: body-text quality and speed of Dossier against plain
 * Readability, on a folder in the article-extraction-benchmark layout (`html/<id>.html.gz` and
 * `ground-truth.json` of `{ id: { articleBody, url } }`; default: ../shared/bench/article-extraction-benchmark).
 * On the pages read blind for their header (`bench/news-labels.ts`), it also scores the title,
 * author and publication day each extractor shows.
 * Both run in this process on the same parsed pages, three times each, the fastest run counting;
 * times exclude parsing. Prints one row each,
 * the time ratio, writes the 20 worst pages to test-results/, and ends with one machine-readable line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractPage } from '../utils/core/extract/pipeline';
import { benchFolder } from './bench/bench-folder';
import { type HeaderReading, labelledIds, scoreHeaders } from './bench/news-labels';
import { type PageScore, scorePage, summarise } from './bench/shingle-metric';
import { loadPage } from './load-page';

const dir = benchFolder('article-extraction-benchmark');
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

/** One extractor's body text and header on a page, and how long it took. */
interface PageRun {
  text: string;
  header: HeaderReading;
  ms: number;
}

/** Readability alone, as the benchmark's published row measured it (its `textContent`). */
function runPlainReadability(doc: Document): PageRun {
  const started = performance.now();
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const ms = performance.now() - started;
  const header = {
    title: parsed?.title ?? null,
    authors: parsed?.byline ? [parsed.byline] : [],
    day: parsed?.publishedTime?.slice(0, 10) ?? null,
  };
  return { text: parsed?.textContent ?? '', header, ms };
}

/** Dossier's extraction (without the actors and claims, which bench:outline measures); a refused page scores as empty. */
function runDossier(doc: Document, url: string): PageRun {
  const started = performance.now();
  const result = extractPage(doc, { url, now });
  const ms = performance.now() - started;
  if (!result.isArticle) return { text: '', header: { title: null, authors: [], day: null }, ms };
  const header = { title: result.title, authors: result.authors, day: result.published?.iso.slice(0, 10) ?? null };
  return { text: result.text, header, ms };
}
/** Every run of an extractor on a page reads the same; the fastest is kept. */
const faster = (best: PageRun | undefined, next: PageRun) => (best && best.ms <= next.ms ? best : next);
/** The header each extractor shows on the pages read blind. */
const headers = { dossier: new Map<string, HeaderReading>(), readability: new Map<string, HeaderReading>() };

/**
 * Each extractor runs this many times on every page, alternating which goes first, and its
 * fastest run counts: on a shared machine the minimum is the figure least touched by others' load.
 * Neither extractor changes the page it is given, so the runs can share one parsed page.
 */
const RUNS = 3;

for (const [id, { articleBody, url }] of Object.entries(truth)) {
  const doc = await loadPage(join(dir, 'html', `${id}.html.gz`));
  let plain: PageRun | undefined;
  let ours: PageRun | undefined;
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? ['dossier', 'readability'] : ['readability', 'dossier'];
    for (const which of order) {
      if (which === 'dossier') ours = faster(ours, runDossier(doc, url));
      else plain = faster(plain, runPlainReadability(doc));
    }
  }
  if (!ours || !plain) throw new Error('no run');
  if (labelledIds.has(id)) {
    headers.dossier.set(id, ours.header);
    headers.readability.set(id, plain.header);
  }
  readability.ms.push(plain.ms);
  dossier.ms.push(ours.ms);
  readability.scores.push(scorePage(articleBody, plain.text));
  const score = scorePage(articleBody, ours.text);
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

const headerScores = { dossier: scoreHeaders(headers.dossier), readability: scoreHeaders(headers.readability) };
const headerRow = (name: string, h: ReturnType<typeof scoreHeaders>) =>
  `${name.padEnd(12)} title ${h.title.toFixed(3)}  author ${h.author.toFixed(3)}  date ${h.date.toFixed(3)}  wrongDate ${h.wrongDate.toFixed(3)}`;

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
    `header against blind readings of ${headerScores.dossier.pages} news pages in many languages (scripts/bench/news-labels.ts):`,
    headerRow('dossier', headerScores.dossier),
    headerRow('readability', headerScores.readability),
    `extract: f1=${oursSummary.f1.toFixed(4)} precision=${oursSummary.precision.toFixed(4)} recall=${oursSummary.recall.toFixed(4)} accuracy=${oursSummary.accuracy.toFixed(4)} msPerPage=${oursMs.toFixed(2)} readabilityF1=${theirs.f1.toFixed(4)} readabilityMsPerPage=${theirsMs.toFixed(2)} timeRatio=${(oursMs / theirsMs).toFixed(3)} headerTitle=${headerScores.dossier.title.toFixed(4)} headerAuthor=${headerScores.dossier.author.toFixed(4)} headerDate=${headerScores.dossier.date.toFixed(4)} headerWrongDate=${headerScores.dossier.wrongDate.toFixed(4)}`,
  ].join('\n')}\n`,
);
