import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Plain Readability on a copy of the page, timed in the page, as `bench:extract` runs it in Node:
 * its own file, evaluated as a classic script, declares `Readability` in the page.
 */
const READABILITY_TIMER = `${readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8')}
  ;(() => {
    const started = performance.now();
    try { new Readability(document.cloneNode(true)).parse(); } catch {}
    return performance.now() - started;
  })()`;

import { EXTENSION_DIR, launchWithExtension, refuseOtherHosts, servePages } from '../../tests/e2e/harness';

/** What the injected extractor answered on one page, and how long it ran there. */
export interface ChromiumRun {
  ms: number;
  /** Plain Readability's time on a copy of the same page, run after the extractor. */
  readabilityMs: number;
  elements: number;
  error?: string;
}

/**
 * Opens each page (path → HTML) in a fresh tab of Debian's Chromium, served from 127.0.0.1 with
 * every other address refused, and runs the build's own injected scripts in it: the date
 * languages, then the extractor (`extract.js`), as the popup injects them. The time is the
 * extractor's own, measured in the page (`timings.extractMs`), on its first run in that page.
 */
export async function timeInChromium(pages: Record<string, string>): Promise<Record<string, ChromiumRun>> {
  execFileSync('npm', ['run', '-s', 'build:e2e'], { stdio: 'ignore' });
  const script = ['date-languages.js', 'extract.js']
    .map((file) => readFileSync(join(EXTENSION_DIR, file), 'utf8'))
    .join('\n;');

  const server = await servePages(pages);
  // The test browser, as the real-browser tests launch it; the extension is loaded but not asked.
  const browser = await launchWithExtension();
  const { context } = browser;
  await refuseOtherHosts(context);
  const runs: Record<string, ChromiumRun> = {};
  for (const path of Object.keys(pages)) {
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
      // A script, not a function: the build's scripts end with the extractor's answer as their value.
      const answer = (await page.evaluate(`${script}\n;extract`)) as { ok: boolean; timings?: { extractMs: number } };
      const elements = await page.evaluate(() => document.querySelectorAll('*').length);
      const readabilityMs = (await page.evaluate(READABILITY_TIMER)) as number;
      runs[path] = answer.ok
        ? { ms: answer.timings?.extractMs ?? 0, readabilityMs, elements }
        : { ms: 0, readabilityMs, elements, error: JSON.stringify(answer).slice(0, 80) };
    } catch (error) {
      runs[path] = { ms: 0, readabilityMs: 0, elements: 0, error: String(error).split('\n')[0].slice(0, 80) };
    }
    await page.close();
  }
  await browser.close();
  await server.close();
  return runs;
}
