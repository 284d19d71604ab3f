import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, servePages } from '../../tests/e2e/harness';

/** What the injected extractor answered on one page, and how long it ran there. */
export interface ChromiumRun {
  ms: number;
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
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext();
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  const runs: Record<string, ChromiumRun> = {};
  for (const path of Object.keys(pages)) {
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
      // A script, not a function: the build's scripts end with the extractor's answer as their value.
      const answer = (await page.evaluate(`${script}\n;extract`)) as { ok: boolean; timings?: { extractMs: number } };
      const elements = await page.evaluate(() => document.querySelectorAll('*').length);
      runs[path] = answer.ok
        ? { ms: answer.timings?.extractMs ?? 0, elements }
        : { ms: 0, elements, error: JSON.stringify(answer).slice(0, 80) };
    } catch (error) {
      runs[path] = { ms: 0, elements: 0, error: String(error).split('\n')[0].slice(0, 80) };
    }
    await page.close();
  }
  await browser.close();
  await server.close();
  return runs;
}
