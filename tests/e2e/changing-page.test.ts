import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, seedExpected } from '../helpers/fixtures';
import { openPopup, openTab, type Session, screenshot, startSession } from './harness';

/**
 * The seed article with a script that keeps changing it while the reader opens the popup, as live
 * blogs and infinite scroll do: every few milliseconds it appends a section to the article and,
 * in the same task, renames the first appended section after how many there are now. A read
 * of the page at one moment shows "Live update 1 of N" followed by exactly N live sections; a
 * read that let the page run halfway through would show another count.
 */
const LIVE_SCRIPT = `<script>
  (() => {
    // The article's own container: the one that holds its first section.
    const host = document.querySelector('h2').parentElement;
    let count = 0;
    let first = null;
    const timer = setInterval(() => {
      count += 1;
      const heading = document.createElement('h2');
      heading.textContent = 'Live update ' + count;
      const text = document.createElement('p');
      text.textContent = 'Officials said on the ' + count + 'th update that talks would continue, according to the ministry.';
      host.append(heading, text);
      first ??= heading;
      first.textContent = 'Live update 1 of ' + count;
      if (count === 400) clearInterval(timer);
    }, 2);
  })();
</script>`;

const seedHtml = readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8');
const pages = { '/live.html': seedHtml.replace('</body>', `${LIVE_SCRIPT}</body>`) };

let session: Session;
beforeAll(async () => {
  session = await startSession(pages);
});
afterAll(() => session?.close());

describe('a page that changes while it is read', () => {
  it('is outlined as it was at one moment, never half-read', async () => {
    const { context, id } = session;
    const tabId = await openTab(context, id, `${session.origin}/live.html`);
    const target = context.pages().find((page) => page.url().endsWith('/live.html'));
    // The page is still changing when the popup reads it.
    await target?.waitForFunction(() => document.body.textContent?.includes('Live update 3'));
    const { popup } = await openPopup(session, tabId, new Date(seedExpected.capturedAt));
    await popup.getByRole('heading', { level: 1 }).waitFor();
    const titles = await popup.locator('.outline__title').allTextContents();
    const live = titles.filter((title) => title.startsWith('Live update'));

    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(seedExpected.title);
    expect(live.length).toBeGreaterThan(2);
    const expected = live.map((_, index) =>
      index === 0 ? `Live update 1 of ${live.length}` : `Live update ${index + 1}`,
    );
    expect(live).toEqual(expected);
    await screenshot(popup, 'popup-live-page');
    await popup.close();
  });
});
