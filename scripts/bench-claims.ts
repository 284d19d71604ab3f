/**
 * `npm run bench:claims [-- DIR]`: are the sentences a reader picks as an article's key claims among
 * Dossier's eight key claims? On 32 article pages of the WCXB development split (default:
 * ../shared/bench/wcxb-dev; pass the folder in its layout as DIR), each with the five sentences
 * helpers chose blind (`scripts/bench/key-claims-labels.json`), and the seed article's listed claims;
 * a lead baseline in the same run: the article's first eight claims in reading order. The
 * key-claim weights are fitted (`npm run fit:key-claims`) on the even-numbered pages among others;
 * the odd-numbered half is held out of the fit, and its figure is the one to trust.
 * Ends with one line: `claims: keyInTop8=… leadInTop8=… seedInTop8=…`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../utils/core/extract/extract-article';
import type { Claim } from '../utils/core/types';
import { benchFolder } from './bench/bench-folder';
import { lettersAndDigits as fold } from './bench/letters-and-digits';
import { loadPage } from './load-page';

const dir = benchFolder('wcxb-dev');
interface Labelled {
  id: string;
  url: string;
  title: string;
  key: string[];
}
const labels = JSON.parse(readFileSync(new URL('./bench/key-claims-labels.json', import.meta.url), 'utf8')) as {
  pages: Labelled[];
};

/** Is the labelled sentence one of the claims (the same sentence, or one holding it)? */
const among = (sentence: string, claims: Claim[]) =>
  claims.some((c) => fold(c.text).includes(fold(sentence)) || fold(sentence).includes(fold(c.text)));

// The weights are fitted on the even-numbered pages (in file order) among others; the odd ones check them.
const halves = { tuning: [0, 0], heldOut: [0, 0] };
let labelled = 0;
let inKey = 0;
let inLead = 0;
let claimable = 0;
const lines: string[] = [];
for (const [index, page] of labels.pages.entries()) {
  const half = index % 2 ? halves.heldOut : halves.tuning;
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth', `${page.id}.json`), 'utf8'));
  const result = extractArticle(await loadPage(join(dir, 'html', `${page.id}.html.gz`)), {
    url: page.url || gold.url || `https://example.invalid/${page.id}`,
    now: new Date(gold.downloaded_at ?? '2026-03-20T00:00:00Z'),
  });
  if (!result.isArticle) {
    lines.push(`${page.id} refused: ${result.reason}`);
    labelled += page.key.length;
    half[1] += page.key.length;
    continue;
  }
  const key = result.claims.filter((c) => c.key);
  // Reading order: the text's order of the claims.
  const lead = [...result.claims].sort((a, b) => result.text.indexOf(a.text) - result.text.indexOf(b.text)).slice(0, 8);
  let found = 0;
  for (const sentence of page.key) {
    labelled++;
    half[1]++;
    if (among(sentence, result.claims)) claimable++;
    if (among(sentence, key)) {
      inKey++;
      found++;
      half[0]++;
    }
    if (among(sentence, lead)) inLead++;
  }
  lines.push(`${page.id} ${found}/${page.key.length} ${page.title.slice(0, 70)}`);
}

const seedDir = resolve('../shared/bench/wix-seed');
const seed = JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) as {
  url: string;
  capturedAt: string;
  claims: string[];
};
const seedResult = extractArticle(await loadPage(join(seedDir, 'polistratics-relative-dates.html')), {
  url: seed.url,
  now: new Date(seed.capturedAt),
});
const seedKey = seedResult.isArticle ? seedResult.claims.filter((c) => c.key) : [];
const seedIn = seed.claims.filter((listed) => seedKey.some((c) => c.text.includes(listed))).length;

const share = (n: number, of: number) => (of ? n / of : 0);
process.stdout.write(
  `${[
    ...lines,
    `${labels.pages.length} pages, ${labelled} labelled key sentences (${claimable} read as claims at all)`,
    `in the 8 key claims: ${share(inKey, labelled).toFixed(3)} (tuning half ${share(halves.tuning[0], halves.tuning[1]).toFixed(3)}, held-out half ${share(halves.heldOut[0], halves.heldOut[1]).toFixed(3)}); in the first 8 claims (lead baseline): ${share(inLead, labelled).toFixed(3)}; seed: ${seedIn} of ${seed.claims.length}`,
    `claims: keyInTop8=${share(inKey, labelled).toFixed(4)} leadInTop8=${share(inLead, labelled).toFixed(4)} seedInTop8=${seedIn}`,
  ].join('\n')}\n`,
);
