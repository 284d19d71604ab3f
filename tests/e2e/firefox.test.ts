import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, seedExpected, WIX } from '../helpers/fixtures';
import { type FirefoxSession, firefoxScreenshot, openAddonPage, openFirefoxTab, startFirefox } from './firefox';

// The seed as its JSON-LD gives its dates: real days, whatever the clock says.
const seedHtml = readFileSync(`${SEED}polistratics-jsonld.html`, 'utf8');
const pages = {
  '/seed.html': seedHtml,
  // The same article updated three days later, with one claim changed.
  '/seed-revised.html': seedHtml
    .replace('"dateModified": "2025-07-09T14:40:00.000Z"', '"dateModified": "2025-07-12T10:00:00.000Z"')
    .replace('has responded “positively” to the latest proposal', 'has rejected the latest proposal'),
  '/home.html': gunzipSync(readFileSync(`${WIX}wcxb-test-4953-NONBLOG.html.gz`)).toString('utf8'),
};

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefox(pages);
}, 120_000);
afterAll(() => session?.close());

/** The popup for the tab showing `path`. */
async function popupFor(path: string) {
  const tabId = await openFirefoxTab(session, `${session.origin}${path}`);
  return openAddonPage(session, `popup.html?tab=${tabId}`);
}

const texts = (page: Awaited<ReturnType<typeof popupFor>>, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));

describe('the popup in Firefox', () => {
  it('outlines the sample: title, real dates, every section, key actors and eight key claims', async () => {
    const popup = await popupFor('/seed.html');
    await popup.waitForSelector('h1');
    await expect(popup.$eval('h1', (el) => el.textContent)).resolves.toBe(seedExpected.title);
    // Dates as the browser's locale writes them: Debian's Firefox ESR ships American English only.
    await expect(popup.$eval('.article__meta', (el) => el.textContent)).resolves.toBe(
      'Published Jul 8, 2025 · Updated Jul 9, 2025 · 6 min read',
    );
    await expect(texts(popup, '.outline__title')).resolves.toEqual(seedExpected.sections);
    await popup.waitForSelector('.chip__name');
    const actors = await texts(popup, '.chip__name');
    expect(actors).toEqual(expect.arrayContaining(['Qatar', 'United States', 'Israel', 'Hamas', 'Steve Witkoff']));
    await expect(texts(popup, '[aria-label="Key claims"] .claim')).resolves.toHaveLength(8);
    await firefoxScreenshot(popup, 'firefox-popup-article');
    await popup.close();
  });

  it('says in one sentence that a home page is not an article', async () => {
    const popup = await popupFor('/home.html');
    await popup.waitForSelector('.status__message');
    await expect(popup.$eval('.status__message', (el) => el.textContent)).resolves.toMatch(
      /^This [^.]*, not an article[:;]/,
    );
    await expect(popup.$$('.outline')).resolves.toHaveLength(0);
    await firefoxScreenshot(popup, 'firefox-popup-not-an-article');
    await popup.close();
  });
});

describe('the library in Firefox', () => {
  it('saves an article, shows what changed when it was updated, and the library page finds it', async () => {
    const popup = await popupFor('/seed.html?library');
    const save = await popup.waitForSelector('button::-p-text(Save to library)');
    await save?.click();
    await popup.waitForFunction(() =>
      /^Saved to your library\./.test(document.querySelector('.library__status')?.textContent ?? ''),
    );
    await popup.close();

    const revisit = await popupFor('/seed-revised.html');
    await revisit.waitForSelector('.banner__summary');
    await expect(revisit.$eval('.banner__summary', (el) => el.textContent)).resolves.toBe(
      'Updated Jul 12, 2025, after you saved it — 1 claim changed',
    );
    await expect(revisit.$eval('.changes__changed ins', (el) => el.textContent)).resolves.toMatch(
      /^Hamas, for its part, has rejected the latest proposal/,
    );
    await firefoxScreenshot(revisit, 'firefox-popup-library-update');
    await revisit.close();

    const library = await openAddonPage(session, 'library.html');
    const search = await library.waitForSelector('[aria-label="Search the library"]');
    await search?.type('witkoff');
    await library.waitForFunction(() => document.querySelectorAll('[aria-label="Saved articles"] .entry').length === 1);
    await expect(texts(library, '.entry__title')).resolves.toEqual([seedExpected.title]);
    await firefoxScreenshot(library, 'firefox-library-page');
    await library.close();
  });
});
