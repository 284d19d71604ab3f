/**
 * `npm run bench:identity [-- DIR]`: title, author, publication date, article detection and body
 * text of Dossier against plain Readability, on a folder in the WCXB layout (`html/NNNN.html.gz`
 * and `ground-truth/NNNN.json`; default: ../shared/bench/wcxb-dev, the WCXB development split).
 * When that folder is not there, pass the path of a WCXB split as DIR.
 *
 * Matching rules (written here so that any run scores the same way):
 * - title: exact after Unicode NFKC, lower case, typographic quotes and dashes made plain and
 *   white space squashed; scored on articles with a gold title;
 * - author: the gold author list is split on ",", ";", "&" and "and"; the first gold name must be
 *   one of the extractor's authors, under the same normalisation; scored on articles with a gold author;
 * - date: the calendar day of `publishedAt` (its first ten characters, the page's own day) equals
 *   the gold `publish_date`; `dateGiven` is the share of dated articles given any date, `wrongDate`
 *   the share given a wrong one (a missing date is better than a wrong one);
 * - articles: an extractor calls a page an article (Dossier: `isArticle`; Readability:
 *   `isProbablyReaderable`) against WCXB's `page_type.primary === 'article'`;
 * - body: WCXB's word F1 (lower-case `\w+` tokens as bags, Unicode letters and digits) of the text
 *   against `main_content`, averaged over articles; a page refused as not an article scores 0.
 * Every fifth page (ids ending in 0 or 5) is a held-out part, reported on its own, so that a
 * change tuned on the rest can be checked on pages it was not tuned on.
 * Writes each page's result to test-results/bench-identity-pages.json and ends with one line:
 * `identity: title=… author=… date=… dateGiven=… wrongDate=… articleP=… articleR=… bodyF1=…`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { extractPage } from '../utils/core/extract/pipeline';
import { benchFolder } from './bench/bench-folder';
import { arbitrate } from './bench/blind-labels';
import { goldAuthors, normalise } from './bench/identity-match';
import { loadPage } from './load-page';

const dir = benchFolder('wcxb-dev');
const limit = Number(process.env.BENCH_LIMIT ?? Number.POSITIVE_INFINITY);

interface Gold {
  url?: string;
  downloaded_at?: string;
  _internal: { page_type: { primary: string } };
  ground_truth: { title: string | null; author: string | null; publish_date: string | null; main_content?: string };
}

/** One extractor's reading of a page, in the fields scored. */
interface Reading {
  isArticle: boolean;
  title: string | null;
  authors: string[];
  day: string | null;
  /** The calendar day of the updated date, for the per-page record (not scored). */
  updatedDay: string | null;
  text: string;
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];

/** WCXB's word F1: bags of lower-case word tokens. */
function wordF1(gold: string, found: string): number {
  const want = new Map<string, number>();
  for (const w of words(gold)) want.set(w, (want.get(w) ?? 0) + 1);
  const got = words(found);
  if (!want.size && !got.length) return 1;
  let overlap = 0;
  for (const w of got) {
    const left = want.get(w) ?? 0;
    if (left > 0) {
      overlap++;
      want.set(w, left - 1);
    }
  }
  const goldCount = words(gold).length;
  if (!overlap) return 0;
  const precision = overlap / got.length;
  const recall = overlap / goldCount;
  return (2 * precision * recall) / (precision + recall);
}

function readDossier(doc: Document, url: string, now: Date): Reading {
  const page = extractPage(doc, { url, now });
  if (!page.isArticle)
    return { isArticle: false, title: page.title, authors: [], day: null, updatedDay: null, text: '' };
  return {
    isArticle: true,
    title: page.title,
    authors: page.authors,
    day: page.published?.iso.slice(0, 10) ?? null,
    updatedDay: page.updated?.iso.slice(0, 10) ?? null,
    text: page.text,
  };
}

/** Readability 0.6 throws on a few pages; such a page is read as nothing found. */
function parseReadability(doc: Document) {
  try {
    return new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    return null;
  }
}

function readReadability(doc: Document): Reading {
  const isArticle = isProbablyReaderable(doc as never);
  const parsed = parseReadability(doc);
  const published = parsed?.publishedTime ? new Date(parsed.publishedTime) : null;
  return {
    isArticle,
    title: parsed?.title ?? null,
    authors: parsed?.byline ? [parsed.byline] : [],
    day: published && !Number.isNaN(published.getTime()) ? published.toISOString().slice(0, 10) : null,
    updatedDay: null,
    text: parsed?.textContent ?? '',
  };
}

interface Tally {
  titles: number;
  titleRight: number;
  authors: number;
  authorRight: number;
  dated: number;
  dateRight: number;
  dateGiven: number;
  dateWrong: number;
  truePos: number;
  falsePos: number;
  falseNeg: number;
  articles: number;
  bodyF1: number;
}
const emptyTally = (): Tally => ({
  titles: 0,
  titleRight: 0,
  authors: 0,
  authorRight: 0,
  dated: 0,
  dateRight: 0,
  dateGiven: 0,
  dateWrong: 0,
  truePos: 0,
  falsePos: 0,
  falseNeg: 0,
  articles: 0,
  bodyF1: 0,
});

interface PageRow {
  id: string;
  url: string;
  type: string;
  gold: { title: string | null; author: string | null; date: string | null };
  dossier: Omit<Reading, 'text'> & { bodyF1: number };
  readability: Omit<Reading, 'text'> & { bodyF1: number };
}

/** Scores one reading into `tally`; returns the page's body F1 (0 on non-articles). */
function score(tally: Tally, gold: Gold, reading: Reading): number {
  const isArticle = gold._internal.page_type.primary === 'article';
  if (reading.isArticle && isArticle) tally.truePos++;
  else if (reading.isArticle) tally.falsePos++;
  else if (isArticle) tally.falseNeg++;
  if (!isArticle) return 0;
  const truth = gold.ground_truth;
  tally.articles++;
  const f1 = reading.isArticle ? wordF1(truth.main_content ?? '', reading.text) : 0;
  tally.bodyF1 += f1;
  if (truth.title) {
    tally.titles++;
    if (reading.title && normalise(reading.title) === normalise(truth.title)) tally.titleRight++;
  }
  if (truth.author) {
    tally.authors++;
    const first = goldAuthors(truth.author)[0];
    if (first && reading.authors.flatMap(goldAuthors).includes(first)) tally.authorRight++;
  }
  if (truth.publish_date) {
    tally.dated++;
    if (reading.day) {
      tally.dateGiven++;
      if (reading.day === truth.publish_date.slice(0, 10)) tally.dateRight++;
      else tally.dateWrong++;
    }
  }
  return f1;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const figures = (t: Tally) => ({
  title: ratio(t.titleRight, t.titles),
  author: ratio(t.authorRight, t.authors),
  date: ratio(t.dateRight, t.dated),
  dateGiven: ratio(t.dateGiven, t.dated),
  wrongDate: ratio(t.dateWrong, t.dated),
  articleP: ratio(t.truePos, t.truePos + t.falsePos),
  articleR: ratio(t.truePos, t.truePos + t.falseNeg),
  bodyF1: ratio(t.bodyF1, t.articles),
});

// Pages without a download time were fetched in early 2026, after the latest gold date.
const DEFAULT_CAPTURE = '2026-03-20T00:00:00Z';

const tallies = {
  dossier: { all: emptyTally(), tune: emptyTally(), heldOut: emptyTally() },
  readability: { all: emptyTally(), tune: emptyTally(), heldOut: emptyTally() },
};
const rows: PageRow[] = [];
const ids = readdirSync(join(dir, 'ground-truth'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort()
  .slice(0, limit);

// BENCH_BASELINE=0 skips Readability, for a quicker look at Dossier alone while working.
const withBaseline = process.env.BENCH_BASELINE !== '0';
for (const id of ids) {
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as Gold;
  const file = join(dir, 'html', `${id}.html.gz`);
  if (!existsSync(file)) continue;
  const doc = await loadPage(file);
  const url = gold.url ?? `https://example.invalid/${id}`;
  const now = new Date(gold.downloaded_at ?? DEFAULT_CAPTURE);
  const heldOut = /[05]$/.test(id);
  const ours = readDossier(doc, url, now);
  const theirs = withBaseline ? readReadability(doc) : ours;
  const part = heldOut ? 'heldOut' : 'tune';
  const f1 = score(tallies.dossier.all, gold, ours);
  score(tallies.dossier[part], gold, ours);
  const theirF1 = score(tallies.readability.all, gold, theirs);
  score(tallies.readability[part], gold, theirs);
  const { text: _a, ...oursRow } = ours;
  const { text: _b, ...theirsRow } = theirs;
  rows.push({
    id,
    url,
    type: gold._internal.page_type.primary,
    gold: { title: gold.ground_truth.title, author: gold.ground_truth.author, date: gold.ground_truth.publish_date },
    dossier: { ...oursRow, bodyF1: f1 },
    readability: { ...theirsRow, bodyF1: theirF1 },
  });
}

mkdirSync('test-results', { recursive: true });
const pagesFile = 'test-results/bench-identity-pages.json';
writeFileSync(pagesFile, `${JSON.stringify(rows, null, 1)}\n`);

const FIELDS = ['title', 'author', 'date', 'dateGiven', 'wrongDate', 'articleP', 'articleR', 'bodyF1'] as const;
const line = (name: string, t: Tally) => {
  const f = figures(t);
  return `${name.padEnd(24)}${FIELDS.map((k) => f[k].toFixed(3).padStart(10)).join('')}`;
};
const last = figures(tallies.dossier.all);
const theirs = figures(tallies.readability.all);
process.stdout.write(
  `${[
    `${rows.length} pages (${tallies.dossier.all.articles} articles) from ${dir}`,
    `${''.padEnd(24)}${FIELDS.map((k) => k.padStart(10)).join('')}`,
    line('dossier', tallies.dossier.all),
    withBaseline ? line('readability', tallies.readability.all) : 'readability             not run (BENCH_BASELINE=0)',
    line('dossier, tuning part', tallies.dossier.tune),
    line('dossier, held-out part', tallies.dossier.heldOut),
    ...(withBaseline ? [line('readability, held-out', tallies.readability.heldOut)] : []),
    `each page's reading: ${pagesFile}`,
    ...arbitrate(rows),
    `identity: ${FIELDS.map((k) => `${k}=${last[k].toFixed(4)}`).join(' ')}${withBaseline ? ` ${FIELDS.map((k) => `readability${k[0].toUpperCase()}${k.slice(1)}=${theirs[k].toFixed(4)}`).join(' ')}` : ''}`,
  ].join('\n')}\n`,
);
