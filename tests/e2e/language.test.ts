import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, SEED, seedExpected } from '../helpers/fixtures';
import { fillMessage, readCatalog } from '../helpers/i18n';
import { openPopup, openTab, type Session, screenshot, startSession } from './harness';

const german = readCatalog('de');
const english = readCatalog('en');
/** What a German reader is shown for `key`: the German catalog's message, filled. */
const de = (key: string, ...args: string[]) => fillMessage(german, key, args);

const pages = {
  '/seed.html': readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8'),
  // A Brazilian blog post (the news benchmark's page 3252222e): an article, but not in English.
  '/post.html': gunzipSync(
    readFileSync(`${FIXTURES}news/html/3252222e61fe78982cffe0b0bad2b089c27b32f65852d1c5d3951517f3c2e295.html.gz`),
  ).toString('utf8'),
};

let session: Session;
beforeAll(async () => {
  session = await startSession(pages, { language: 'de', locale: 'de-DE' });
});
afterAll(() => session?.close());

const popupFor = async (path: string) => {
  const tabId = await openTab(session.context, session.id, `${session.origin}${path}`);
  return (await openPopup(session, tabId, new Date(seedExpected.capturedAt))).popup;
};

describe('Dossier for a reader whose browser speaks German', () => {
  it('shows the popup in German: headings, dates, reading time and buttons, and no English', async () => {
    const popup = await popupFor('/seed.html');
    await popup.locator('.chip').first().waitFor();
    await expect(popup.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(seedExpected.title);
    await expect(popup.locator('.article__meta').textContent()).resolves.toBe(
      [de('published', '8. Juli 2025'), de('updated', '9. Juli 2025'), de('readingTime_other', '6')].join(' · '),
    );
    await expect(popup.locator('.article__ago').textContent()).resolves.toBe(
      `vor 4 Tagen, ${de('updatedAgo', 'vor 3 Tagen')}`,
    );
    await expect(popup.locator('h2').allTextContents()).resolves.toEqual([
      de('headingOutline'),
      de('headingKeyActors'),
      de('headingKeyClaims'),
    ]);
    await expect(popup.getByRole('button', { name: de('saveToLibrary') }).isVisible()).resolves.toBe(true);
    await expect(popup.getByRole('button', { name: de('copyMarkdown') }).isVisible()).resolves.toBe(true);
    await expect(popup.getByRole('list', { name: de('headingKeyActors') }).isVisible()).resolves.toBe(true);
    // None of the interface's English words is left (the article's own words are English).
    const shown = await popup.locator('main').textContent();
    for (const key of [
      'saveToLibrary',
      'copyMarkdown',
      'downloadMd',
      'headingKeyClaims',
      'noteSettings',
      'openLibrary',
    ])
      expect(shown).not.toContain(english[key].message);
    await screenshot(popup, 'popup-german');
    await popup.close();
  });

  it('says in German that actors and claims are read from English only, on a Portuguese article', async () => {
    const popup = await popupFor('/post.html');
    await popup.getByRole('heading', { level: 1 }).waitFor();
    await expect(popup.locator('.empty').textContent()).resolves.toBe(de('analysisEnglishOnly'));
    await expect(popup.getByRole('heading', { name: de('headingOutline') }).isVisible()).resolves.toBe(true);
    await screenshot(popup, 'popup-german-portuguese-article');
    await popup.close();
  });

  it('titles and labels the library and settings pages in German', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.id}/library.html`);
    await page.getByRole('heading', { name: de('yourLibrary') }).waitFor();
    await expect(page.title()).resolves.toBe(de('pageTitleLibrary'));
    await expect(page.getByRole('searchbox', { name: de('searchLibrary') }).isVisible()).resolves.toBe(true);
    await page.goto(`chrome-extension://${session.id}/options.html`);
    await page.getByRole('heading', { name: de('settings') }).waitFor();
    await expect(page.title()).resolves.toBe(de('pageTitleSettings'));
    // The shortcut as the browser has it and names it in German, in the sentence about the toolbar button.
    await expect(page.locator('legend').first().textContent()).resolves.toBe(
      de('toolbarLegend', 'Alt+Umschalttaste+D'),
    );
    await page.close();
  });
});
