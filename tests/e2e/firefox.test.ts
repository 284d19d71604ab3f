import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviseSeed, SEED, seedExpected, WIX, withCanonical } from '../helpers/fixtures';
import { headingsOf, itemsOf, readNote } from '../helpers/markdown';
import { type FirefoxSession, firefoxScreenshot, openAddonPage, openFirefoxTab, startFirefox } from './firefox';

// The seed as its JSON-LD gives its dates: real days, whatever the clock says.
const seedHtml = readFileSync(`${SEED}polistratics-jsonld.html`, 'utf8');
// The same article updated three days later, with one claim changed.
const revisedHtml = reviseSeed(seedHtml);
const pages: Record<string, string> = {
  '/seed.html': seedHtml,
  '/seed-revised.html': revisedHtml,
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
      'Updated Jul 12, 2025, after you saved it — the quoted words changed',
    );
    // The changed words marked: the old struck, the new inserted.
    await expect(revisit.$eval('.changes__changed del', (el) => el.textContent)).resolves.toBe(
      'responded “positively” to',
    );
    await expect(revisit.$eval('.changes__changed ins', (el) => el.textContent)).resolves.toBe('rejected');
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

/** What a reader who pastes (Ctrl+V) into a text box on `page` gets. */
async function paste(page: Awaited<ReturnType<typeof popupFor>>): Promise<string> {
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-here';
    document.body.append(box);
  });
  await page.focus('#paste-here');
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  const text = await page.$eval('#paste-here', (box) => (box as HTMLTextAreaElement).value);
  await page.evaluate(() => document.getElementById('paste-here')?.remove());
  return text;
}

describe('Markdown export in Firefox', () => {
  it('copies the outline as a note, and downloads the same note through the popup’s data: address', async () => {
    // A copy of the sample under its own address: not in the library, so its note is the outline alone.
    pages['/export.html'] = withCanonical(seedHtml, `${session.origin}/export.html`);
    const popup = await popupFor('/export.html');
    // The clipboard takes text from the page the reader is using: the tab in front, just clicked.
    await popup.bringToFront();
    await popup.waitForSelector('.chip__name');
    await popup.locator('button::-p-text(Copy as Markdown)').click();
    await popup.waitForSelector('.export__outcome');
    await expect(popup.$eval('.export__outcome', (el) => el.textContent)).resolves.toBe('Copied as Markdown.');
    const copied = await paste(popup);
    const { properties, tree } = readNote(copied);
    // This copy of the sample gives its time of publication as well as its day.
    expect(properties).toMatchObject({ title: seedExpected.title, published: '2025-07-08T06:12:00.000Z' });
    expect(headingsOf(tree)).toEqual([`1 ${seedExpected.title}`, '2 Outline', '2 Key actors', '2 Key claims']);
    expect(itemsOf(tree, 'Key claims')).toHaveLength(8);

    await popup.locator('button::-p-text(Download .md)').click();
    const file = join(session.downloads, 'Qatar and the United States The Twin Engines of Gaza Diplomacy.md');
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8'), { timeout: 10_000 }).toBe(copied);
    await firefoxScreenshot(popup, 'firefox-popup-export');
    await popup.close();
  });
});

describe('watching in Firefox', () => {
  it('re-reads a saved article on a watched site, records the update and counts it on the badge', async () => {
    // A copy of the seed whose own address is on the test server, so the background can re-read it.
    const url = `${session.origin}/watched.html`;
    pages['/watched.html'] = withCanonical(seedHtml, url);
    const popup = await popupFor('/watched.html');
    const save = await popup.waitForSelector('button::-p-text(Save to library)');
    await save?.click();
    await popup.waitForSelector('.library__status');
    await popup.close();

    pages['/watched.html'] = withCanonical(revisedHtml, url);
    const library = await openAddonPage(session, 'library.html');
    await library.waitForSelector('.entry__watching');
    const check = await library.waitForSelector('button::-p-text(Check watched sites now)');
    await check?.click();
    await library.waitForFunction(() => /^Checked/.test(document.querySelector('.notice')?.textContent ?? ''));
    await expect(library.$eval('.notice', (el) => el.textContent)).resolves.toBe(
      'Checked 1 article on watched sites; 1 updated. ',
    );
    await library.waitForSelector('.entry:has(.entry__watching) .badge--updated');
    // The badge counts the saved articles with an update the reader has not seen, this one among them.
    const unseen = (await library.$$('.badge--updated')).length;
    const badge = await library.evaluate(() =>
      (
        globalThis as unknown as { browser: { action: { getBadgeText(d: object): Promise<string> } } }
      ).browser.action.getBadgeText({}),
    );
    expect(badge).toBe(String(unseen));
    await firefoxScreenshot(library, 'firefox-library-watched-update');
    await library.close();
  });
});

describe('the sidebar in Firefox', () => {
  it('outlines the tab the reader asked about, and only offers to read the tab they switch to', async () => {
    const seedTab = await openFirefoxTab(session, `${session.origin}/seed.html?sidebar`);
    const panel = await openAddonPage(session, 'sidepanel.html');
    await panel.waitForSelector('.panel-notice');
    // "Outline with Dossier" from the page's menu: the handler the menu item and the shortcut run.
    await panel.evaluate(
      (tabId) =>
        (
          globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }
        ).browser.runtime.sendMessage({ type: 'companion:run', action: 'outline', tabId }),
      seedTab,
    );
    await panel.waitForSelector('h1');
    await expect(panel.$eval('h1', (el) => el.textContent)).resolves.toBe(seedExpected.title);
    await expect(panel.$$('.panel-notice')).resolves.toHaveLength(0);

    const other = await session.browser.newPage();
    await other.goto(`${session.origin}/home.html?sidebar`);
    await other.bringToFront();
    await panel.waitForSelector('.panel-notice');
    await expect(panel.$eval('.panel-notice p', (el) => el.textContent)).resolves.toMatch(/^You are on another tab/);
    await expect(panel.$eval('h1', (el) => el.textContent)).resolves.toBe(seedExpected.title);
    await firefoxScreenshot(panel, 'firefox-sidebar-switched-tab');
    await other.close();
    await panel.close();
  });
});
