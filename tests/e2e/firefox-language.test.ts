import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, seedExpected } from '../helpers/fixtures';
import { fillMessage, readCatalog } from '../helpers/i18n';
import { type FirefoxSession, firefoxScreenshot, openAddonPage, openFirefoxTab, startFirefox } from './firefox';

const german = readCatalog('de');
const de = (key: string, ...args: string[]) => fillMessage(german, key, args);

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefox({ '/seed.html': readFileSync(`${SEED}polistratics-jsonld.html`, 'utf8') }, 'de');
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
});
