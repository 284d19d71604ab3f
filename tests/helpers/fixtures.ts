import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPage } from '../../scripts/load-page';
import { extractArticle } from '../../utils/core/extract/extract-article';
import type { Article, Claim, ExtractResult } from '../../utils/core/types';

/** `tests/fixtures/`: the pages the tests read, copied into the repository (see `SOURCE.md` in each folder). */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const SEED = `${FIXTURES}wix-seed/`;
export const WIX = `${FIXTURES}wix/`;
/** The article-extraction benchmark's news pages (`html/<id>.html.gz`) and its `ground-truth.json`. */
export const NEWS = `${FIXTURES}news/`;

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The seed's expectations, shipped with the pages in `tests/fixtures/wix-seed/`. */
export interface SeedExpected {
  capturedAt: string;
  url: string;
  title: string;
  author: string;
  site: string;
  readingTimeMinutes: number;
  sections: string[];
  exclude: string[];
  pages: Record<string, { published: string; updated: string }>;
  actors: { required: string[][]; optional: string[][] };
  claims: string[];
}
export const seedExpected = readJson<SeedExpected>(`${SEED}expected.json`);

/**
 * The seed page as a reader sees it a day after its capture, revised: "5 days ago", "Updated:
 * 1 day ago" (in its JSON-LD, when it has one, modified on 12 July), and one claim rewritten
 * (Hamas "has rejected" the proposal).
 */
export const reviseSeed = (html: string): string =>
  html
    .replace('"dateModified": "2025-07-09T14:40:00.000Z"', '"dateModified": "2025-07-12T10:00:00.000Z"')
    .replaceAll('4 days ago', '5 days ago')
    .replace('>3 days ago<', '>1 day ago<')
    .replace('has responded “positively” to the latest proposal', 'has rejected the latest proposal');

/**
 * The seed a day later with only its wording fixed: "toward" spelt "towards", an article added,
 * and the updated date moved. A copy-edit: kept as a version, never announced.
 */
export const copyEditSeed = (html: string): string =>
  html
    .replace('"dateModified": "2025-07-09T14:40:00.000Z"', '"dateModified": "2025-07-12T10:00:00.000Z"')
    .replaceAll('4 days ago', '5 days ago')
    .replace('>3 days ago<', '>1 day ago<')
    .replace('Israel and Hamas toward a fragile truce', 'Israel and Hamas towards a fragile truce')
    .replace('marked by pragmatism and quiet persistence', 'marked by pragmatism and a quiet persistence');

/** A page whose canonical address is `url`: served by a test, its links and identity point back to it. */
export const withCanonical = (html: string, url: string): string =>
  html.replace(/<link rel="canonical" href="[^"]*"/, `<link rel="canonical" href="${url}"`);

let newsTruth: Record<string, { url: string }> | undefined;
/**
 * Each benchmark news page's id and the address it was saved from. Read on first use: the file is
 * close to a megabyte, and most test files never open a news page.
 */
export const newsAddresses = (): Record<string, { url: string }> =>
  (newsTruth ??= readJson<Record<string, { url: string }>>(`${NEWS}ground-truth.json`));

/**
 * A benchmark news page (`<id>.html.gz`) read at the address it was saved from, as its reader
 * meets it, with the capture time the benchmark's pages share.
 */
export const extractNews = (file: string): Promise<ExtractResult> =>
  extractFile(`${NEWS}html/${file}`, newsAddresses()[file.replace('.html.gz', '')].url, '2019-11-20');

/** Extracts a fixture file at a fixed URL and capture time. */
export async function extractFile(file: string, url: string, now: string): Promise<ExtractResult> {
  return extractArticle(await loadPage(file), { url, now: new Date(now) });
}

/** Narrows to an article, failing the test with the reason when the page was refused. */
export function asArticle(result: ExtractResult): Article {
  if (!result.isArticle) throw new Error(`expected an article, got: ${result.reason}`);
  return result;
}

/** A claim with only its sentence (and source) set, as the comparison of versions reads one. */
export const claimOf = (text: string, source: string | null = null): Claim => ({
  text,
  section: null,
  actors: [],
  source,
  hedged: false,
  hedgeCues: [],
  quote: false,
  number: false,
  key: false,
});
