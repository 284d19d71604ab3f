import { execFileSync } from 'node:child_process';
import { extensionId, launchWithExtension } from '../../tests/e2e/harness';

/**
 * The background's reader under load: opens the extension's parser page (`parser.html`, which
 * Chrome hosts as an offscreen document) in Debian's Chromium with the test build, sends it
 * `count` watched pages to read, one after the other, as a background check of many watched
 * articles does, and returns its JavaScript heap (MB) after a full collection every 100 pages.
 */
export async function parserHeap(pages: string[], count: number): Promise<number[]> {
  execFileSync('npm', ['run', '-s', 'build:e2e'], { stdio: 'ignore' });
  const browser = await launchWithExtension();
  const { context } = browser;
  const id = await extensionId(context);
  const parser = await context.newPage();
  await parser.goto(`chrome-extension://${id}/parser.html`);
  // Another page of the extension asks, as the background does: the parser answers the extension only.
  const asker = await context.newPage();
  await asker.goto(`chrome-extension://${id}/empty.html`);
  const cdp = await context.newCDPSession(parser);
  const heap: number[] = [];
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heap.push(usedSize / 2 ** 20);
  };
  for (let index = 0; index < count; index++) {
    const html = pages[index % pages.length];
    await asker.evaluate(
      (request) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage(request),
      { type: 'parser:read', html, url: 'https://example.com/watched/article', now: new Date().toISOString() },
    );
    if ((index + 1) % 100 === 0) await measure();
  }
  await browser.close();
  return heap;
}
