import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, SEED, seedExpected } from '../helpers/fixtures';
import { fillMessage, readCatalog } from '../helpers/i18n';
import { type FirefoxSession, firefoxScreenshot, openAddonPage, openFirefoxTab, startFirefox } from './firefox';

const german = readCatalog('de');
const de = (key: string, ...args: string[]) => fillMessage(german, key, args);

let session: FirefoxSession;
beforeAll(async () => {
  const pages = {
    '/seed.html': readFileSync(`${SEED}polistratics-jsonld.html`, 'utf8'),
    // A Brazilian blog post (the news benchmark's page 3252222e): not in English. Without its
    // scripts, which send Firefox to addresses the test refuses.
    '/post.html': gunzipSync(
      readFileSync(`${FIXTURES}news/html/3252222e61fe78982cffe0b0bad2b089c27b32f65852d1c5d3951517f3c2e295.html.gz`),
    )
      .toString('utf8')
      .replace(/<script[\s\S]*?<\/script>/gi, ''),
  };
  session = await startFirefox(pages, 'de');
}, 120_000);
afterAll(() => session?.close());

describe('Dossier in a German Firefox', () => {
  it('shows the popup in German, with German dates', async () => {
    const tabId = await openFirefoxTab(session, `${session.origin}/seed.html`);
    const popup = await openAddonPage(session, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('.chip');
    await expect(popup.$eval('html', (el) => el.lang)).resolves.toBe('de');
    await expect(popup.$eval('h1', (el) => el.textContent)).resolves.toBe(seedExpected.title);
    await expect(popup.$eval('.article__meta', (el) => el.textContent)).resolves.toBe(
      [de('published', '8. Juli 2025'), de('updated', '9. Juli 2025'), de('readingTime_other', '6')].join(' · '),
    );
    await expect(popup.$$eval('h2', (els) => els.map((el) => el.textContent))).resolves.toEqual([
      de('headingOutline'),
      de('headingKeyActors'),
      de('headingKeyClaims'),
    ]);
    await firefoxScreenshot(popup, 'firefox-popup-german');
    await popup.close();
  });

  it('reads a Portuguese article with its dates in Portuguese, and says in German that its actors are not read', async () => {
    const tabId = await openFirefoxTab(session, `${session.origin}/post.html`);
    const popup = await openAddonPage(session, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('.empty');
    await expect(popup.$eval('.article__meta', (el) => el.textContent)).resolves.toMatch(
      /^Veröffentlicht am \d+\. \S+ 2018/,
    );
    await expect(popup.$eval('.empty', (el) => el.textContent)).resolves.toBe(de('analysisEnglishOnly'));
    await popup.close();
  });
});
