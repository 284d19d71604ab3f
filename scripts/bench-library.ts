/**
 * `npm run bench:library`: the library at scale, in Debian's Chromium with the extension loaded.
 * Fills `storage.local` with 5,000 articles generated from the seed article (about 2,000 words,
 * 3 versions each, written in the stored form `library-store` writes), then measures, in the same
 * browser, against a baseline of an empty library:
 * - first render: from the start of navigation to library.html to its list on screen;
 * - search: per keystroke, from the input event to the list repainted (median of 20);
 * - save: a real save of the seed page through the background writer (median of 10);
 * - storage: bytes in use per article over the bytes of its text;
 * - export: "Export all as Markdown", from the click to the `.zip` downloaded, against "Export
 *   backup" (the same articles as one JSON file) in the same page.
 * Targets: first render ≤ 300 ms and search ≤ 50 ms with 5,000 articles.
 * Ends with: `library: articles=5000 firstRenderMs=… searchMs=… saveMs=… bytesPerTextByte=…
 * exportMs=… exportRatio=… zipMB=…`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, extensionId, launchWithExtension } from '../tests/e2e/harness';
import { extractArticle } from '../utils/core/extract/extract-article';
import { toStoredCapture } from '../utils/core/library/saved-article';
import { SEED_DIR } from './bench/bench-folder';
import { loadPage } from './load-page';

const ARTICLES = Number(process.env.LIBRARY_ARTICLES ?? 5000);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
  execFileSync('npm', ['run', '-s', 'build:e2e'], { stdio: 'ignore' });
const expected = JSON.parse(readFileSync(join(SEED_DIR, 'expected.json'), 'utf8'));
const seed = extractArticle(await loadPage(join(SEED_DIR, 'polistratics-relative-dates.html')), {
  url: expected.url,
  now: new Date(expected.capturedAt),
});
if (!seed.isArticle) throw new Error('the seed article did not extract');
const template = toStoredCapture(seed);

const browser = await launchWithExtension();
const { context } = browser;
const id = await extensionId(context);
const page = await context.newPage();
await page.setViewportSize({ width: 1000, height: 800 });

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions defined inside the
 * functions passed to `page.evaluate` in a `__name` helper the page does not have; define it.
 */
const defineNameHelper = (target: Page) => target.evaluate('globalThis.__name = (fn) => fn');

/**
 * Opens the library and returns the milliseconds from the start of navigation to its list on
 * screen: the page's own mark, set in the first task after the list was painted.
 */
async function firstRender(target: Page): Promise<number> {
  await target.goto('about:blank');
  await target.goto(`chrome-extension://${id}/library.html`);
  await target.waitForFunction(
    () => performance.getEntriesByName('dossier:library-list-painted').length > 0,
    undefined,
    {
      polling: 20,
    },
  );
  return target.evaluate(() => Math.round(performance.getEntriesByName('dossier:library-list-painted')[0].startTime));
}

/** Types `text` into the search box a key at a time; the time from each input to the next paint. */
async function searchTimes(target: Page, text: string): Promise<number[]> {
  await target.waitForFunction(
    () => performance.getEntriesByName('dossier:library-search-ready').length > 0,
    undefined,
    {
      polling: 20,
    },
  );
  await defineNameHelper(target);
  return target.evaluate(async (typed) => {
    const box = document.querySelector('input[type="search"]') as HTMLInputElement;
    const times: number[] = [];
    for (let i = 1; i <= typed.length; i++) {
      const started = performance.now();
      box.value = typed.slice(0, i);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // Preact renders on the next frame; the list is painted when a task after it runs.
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      times.push(performance.now() - started);
    }
    return times;
  }, text);
}

await page.goto(`chrome-extension://${id}/library.html`);
const baselineRender = median([await firstRender(page), await firstRender(page), await firstRender(page)]);
const baselineSearch = median(await searchTimes(page, 'witkoff envoy'));

await defineNameHelper(page);
// Fill the library in the page, in the stored form, in batches (a 5,000-article write at once
// would hold hundreds of megabytes in one message).
const textBytes = await page.evaluate(
  async ({ template, count }) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } })
      .chrome.storage.local;
    const words = template.text.split(/\s+/);
    // About 2,000 words: the seed (1,400 words) and a part of it again.
    const body = `${template.text}\n\n${words.slice(0, 600).join(' ')}`;
    // The distinct words of four letters or more, as the store keeps them for search.
    const textWords = [...new Set(body.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [])]
      .filter((w) => w.length >= 4)
      .join(' ');
    const lists: Record<string, Record<string, object>> = {};
    const searches: Record<string, Record<string, object>> = {};
    let total = 0;
    for (let start = 0; start < count; start += 250) {
      const batch: Record<string, object> = {};
      for (let n = start; n < Math.min(count, start + 250); n++) {
        // Spread over the 256 shards as real ids (hashes of addresses) are.
        const id = (Math.imul(n + 1, 2654435761) >>> 0).toString(16).padStart(8, '0');
        const text = `${body}\n\nArticle ${n}.`;
        total += new TextEncoder().encode(text).length;
        const day = (d: number) => new Date(Date.UTC(2025, 0, 1 + ((n + d) % 300))).toISOString();
        const latest = { ...template, title: `${template.title} (${n})`, text };
        const changes = {
          textChanged: true,
          updatedMoved: true,
          claims: {
            added: [],
            removed: [],
            changed: [{ before: template.claims[0].text, after: `${template.claims[0].text} (revised)` }],
          },
          sections: { added: [], removed: [] },
        };
        const versions = [0, 1, 2].map((v) => ({
          capturedAt: day(v),
          published: template.published,
          updated: { iso: day(v).slice(0, 10), source: 'visible-text', precision: 'day' },
          changes: v === 0 ? null : changes,
        }));
        const saved = {
          id,
          address: `https://example.com/post/${n}`,
          savedAt: day(0),
          latest,
          versions,
          lastCheckedAt: day(2),
          seenVersions: 3,
        };
        batch[`dossier:article:${id}`] = saved;
        const shard = id.slice(0, 2);
        lists[shard] = lists[shard] ?? {};
        searches[shard] = searches[shard] ?? {};
        lists[shard][id] = {
          id,
          address: saved.address,
          title: latest.title,
          site: n % 7 === 0 ? 'polistratics.com' : `site${n % 40}.example`,
          savedAt: saved.savedAt,
          published: template.published,
          updated: versions[2].updated,
          versions: 3,
          seenVersions: 3,
          lastVersionAt: day(2),
        };
        searches[shard][id] = {
          actors: template.actors.slice(0, 30).map((a) => a.name),
          keyClaims: template.claims.filter((c) => c.key).map((c) => c.text),
          words: `${textWords} article${n}`,
        };
      }
      await api.set(batch);
    }
    const newest = Object.values(lists)
      .flatMap((shard) => Object.values(shard) as Array<{ savedAt: string }>)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
      .slice(0, 50);
    const shards: Record<string, unknown> = { 'dossier:schema': 1, 'dossier:recent': newest };
    for (const shard of Object.keys(lists)) {
      shards[`dossier:list:${shard}`] = lists[shard];
      shards[`dossier:search:${shard}`] = searches[shard];
    }
    await api.set(shards);
    return total;
  },
  { template, count: ARTICLES },
);

const renders = [await firstRender(page), await firstRender(page), await firstRender(page)];
const searches = await searchTimes(page, 'witkoff envoy');
// A real save of the seed through the background writer, into the full library.
await defineNameHelper(page);
const saves = await page.evaluate(
  async ({ article, url }) => {
    const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome
      .runtime.sendMessage;
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      await send({ type: 'library:save', article, url, now: new Date(Date.UTC(2025, 6, 12 + i)).toISOString() });
      times.push(performance.now() - started);
    }
    return times;
  },
  { article: seed, url: expected.url },
);

/** Clicks `button` on the library page; the milliseconds until the download arrives, and its size. */
async function timedDownload(button: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const ms = performance.now() - started;
  const path = await download.path();
  return { ms, bytes: readFileSync(path).length };
}
await firstRender(page);
const backup = await timedDownload('Export backup');
const notesZip = await timedDownload('Export all as Markdown');

const bytes = await page.evaluate(() =>
  (
    globalThis as unknown as { chrome: { storage: { local: { getBytesInUse(k: null): Promise<number> } } } }
  ).chrome.storage.local.getBytesInUse(null),
);
await browser.close();

const firstRenderMs = median(renders);
const searchMs = median(searches);
const saveMs = median(saves);
const bytesPerTextByte = bytes / textBytes;
process.stdout.write(
  `${[
    `library of ${ARTICLES} articles (~2,000 words, 3 versions each) in Debian Chromium`,
    `  first render: ${firstRenderMs} ms (empty library: ${baselineRender} ms; ratio ${(firstRenderMs / baselineRender).toFixed(2)}; target ≤ 300 ms)`,
    `  search per keystroke: median ${searchMs.toFixed(1)} ms (empty library: ${baselineSearch.toFixed(1)} ms; target ≤ 50 ms)`,
    `  save into the full library: median ${saveMs.toFixed(1)} ms`,
    `  storage: ${(bytes / 1e6).toFixed(1)} MB, ${bytesPerTextByte.toFixed(2)} bytes per byte of article text`,
    `  export all as Markdown: ${(notesZip.ms / 1000).toFixed(1)} s, ${(notesZip.ms / ARTICLES).toFixed(2)} ms per note, a ${(notesZip.bytes / 1e6).toFixed(1)} MB zip (JSON backup of the same: ${(backup.ms / 1000).toFixed(1)} s, ${(backup.bytes / 1e6).toFixed(1)} MB; ratio ${(notesZip.ms / backup.ms).toFixed(2)})`,
    `library: articles=${ARTICLES} firstRenderMs=${firstRenderMs} searchMs=${searchMs.toFixed(1)} saveMs=${saveMs.toFixed(1)} bytesPerTextByte=${bytesPerTextByte.toFixed(2)} exportMs=${Math.round(notesZip.ms)} exportRatio=${(notesZip.ms / backup.ms).toFixed(2)} zipMB=${(notesZip.bytes / 1e6).toFixed(1)}`,
  ].join('\n')}\n`,
);
