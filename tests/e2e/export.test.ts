import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, seedExpected, withCanonical } from '../helpers/fixtures';
import { headingsOf, itemsOf, readNote } from '../helpers/markdown';
import { importCopies, openPopup, openTab, type Session, screenshot, startSession } from './harness';

const seedHtml = readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8');
/** The seed, its canonical address pointed at the test server so that its claim links land there. */
const pages: Record<string, string> = { '/seed.html': seedHtml };
const FILE_NAME = 'Qatar and the United States The Twin Engines of Gaza Diplomacy.md';

let session: Session;
let context: BrowserContext;
let id: string;

beforeAll(async () => {
  session = await startSession(pages);
  pages['/seed.html'] = withCanonical(seedHtml, `${session.origin}/seed.html`);
  ({ context, id } = session);
});

afterAll(() => session?.close());

/** The popup as a page for the seed in a tab, at the seed's capture time, once it shows the article. */
async function seedPopup(): Promise<Page> {
  const tabId = await openTab(context, id, `${session.origin}/seed.html`);
  const { popup } = await openPopup(session, tabId, new Date(seedExpected.capturedAt));
  await popup.getByRole('heading', { level: 1 }).waitFor();
  return popup;
}

/** What the clipboard holds, pasted as a reader would (Ctrl+V) into a text box added to `page`. */
async function paste(page: Page): Promise<string> {
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-here';
    document.body.append(box);
  });
  await page.focus('#paste-here');
  await page.keyboard.press('Control+V');
  const text = await page.inputValue('#paste-here');
  await page.evaluate(() => document.getElementById('paste-here')?.remove());
  return text;
}

/** Clicks `button` and returns what the browser downloaded: its file name and bytes. */
async function downloadOf(page: Page, button: string): Promise<{ name: string; data: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), data: readFileSync(path) };
}

describe('Markdown export', () => {
  it('copies and downloads the outline as a note whose claims link to their sentences on the page', async () => {
    const popup = await seedPopup();
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(popup.getByRole('status').filter({ hasText: 'Copied' }).textContent()).resolves.toBe(
      'Copied as Markdown.',
    );
    const copied = await paste(popup);
    const { properties, tree } = readNote(copied);
    expect(properties).toMatchObject({ title: seedExpected.title, published: '2025-07-08', tags: ['dossier'] });
    expect(headingsOf(tree)).toEqual([`1 ${seedExpected.title}`, '2 Outline', '2 Key actors', '2 Key claims']);
    expect(itemsOf(tree, 'Key claims')).toHaveLength(8);

    const file = await downloadOf(popup, 'Download .md');
    expect(file.name).toBe(FILE_NAME);
    expect(file.data.toString('utf8')).toBe(copied);
    await screenshot(popup, 'popup-export');
    await popup.close();

    // Each claim's link opens the page scrolled to that claim's own sentence.
    const links = [...copied.matchAll(/^- (.*) \[↗\]\(<([^>]+)>\)$/gm)];
    expect(links).toHaveLength(8);
    const reader = await context.newPage();
    for (const [, , target] of links) {
      expect(target?.startsWith(`${session.origin}/seed.html#:~:text=`)).toBe(true);
      // The note's item is the claim, its hedge cues in brackets when it has them, and the link.
      const claim = itemsOf(tree, 'Key claims')
        [links.findIndex((l) => l[2] === target)]?.replace(/ ↗$/, '')
        .replace(/ \(hedged: [^)]*\)$/, '') as string;
      await reader.goto('about:blank');
      await reader.goto(target as string);
      await expect
        .poll(() =>
          reader.evaluate((sentence) => {
            const block = [...document.querySelectorAll('p, li')].find((el) =>
              el.textContent?.replace(/\s+/g, ' ').includes(sentence),
            );
            const box = block?.getBoundingClientRect();
            return Boolean(box && window.scrollY > 0 && box.top < window.innerHeight && box.bottom > 0);
          }, claim),
        )
        .toBe(true);
    }
    await reader.close();
  });

  it('follows the settings page: sections, claims, full text and tags as the reader chose', async () => {
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${id}/options.html`);
    await settings.getByRole('checkbox', { name: /^Key actors/ }).uncheck();
    await settings.getByRole('checkbox', { name: /^Full article text/ }).check();
    await settings.getByRole('radio', { name: 'Every claim' }).check();
    await settings.getByRole('textbox', { name: /Tags/ }).fill('#gaza, to read');
    await settings.getByRole('textbox', { name: /Tags/ }).press('Tab');
    // The page tidies the tags once it has saved them: wait for that, as a reader would see it.
    await expect.poll(() => settings.getByRole('textbox', { name: /Tags/ }).inputValue()).toBe('gaza, to-read');
    await screenshot(settings, 'options-page');

    const popup = await seedPopup();
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await popup.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const { properties, tree } = readNote(await paste(popup));
    expect(properties).toMatchObject({ tags: ['gaza', 'to-read'] });
    const headings = headingsOf(tree);
    expect(headings.slice(0, 4)).toEqual([`1 ${seedExpected.title}`, '2 Outline', '2 Claims', '2 Article']);
    expect(headings).toContain('3 Qatar’s Distinct Leverage');
    expect(itemsOf(tree, 'Claims').length).toBeGreaterThan(8);
    await popup.close();

    await settings.getByRole('button', { name: 'Restore the defaults' }).click();
    await expect(settings.getByRole('checkbox', { name: /^Key actors/ }).isChecked()).resolves.toBe(true);
    await settings.close();
  });

  it('exports saved articles from the library as a zip of notes, with progress for a large library', async () => {
    const popup = await seedPopup();
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await popup.locator('.library__status').waitFor();
    await popup.close();

    const library = await context.newPage();
    await library.goto(`chrome-extension://${id}/library.html`);
    await library.getByRole('checkbox', { name: `Select “${seedExpected.title}”` }).check();
    const one = await downloadOf(library, 'Export 1 selected as Markdown');
    expect(one.name).toMatch(/^dossier-notes-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(one.data));
    expect(Object.keys(files)).toEqual([FILE_NAME]);
    const note = readNote(strFromU8(files[FILE_NAME] as Uint8Array));
    expect(headingsOf(note.tree)).toEqual([`1 ${seedExpected.title}`, '2 Outline', '2 Key actors', '2 Key claims']);

    // 400 more saved articles (copies of the seed under other addresses), then "Export all".
    await importCopies(library, 400, (seed, i) => ({
      ...seed,
      address: `${seed.address}?copy=${i}`,
      latest: { ...seed.latest, title: i % 2 ? `Copy ${i}` : seed.latest.title },
    }));
    await library.reload();
    await library.evaluate(() => {
      const seen: number[] = [];
      (globalThis as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        if (bar) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const all = await downloadOf(library, 'Export all as Markdown');
    const names = Object.keys(unzipSync(new Uint8Array(all.data)));
    expect(names).toHaveLength(401);
    expect(names.filter((n) => n.startsWith('Qatar and the United States'))).toHaveLength(201);
    expect(names).toContain('Qatar and the United States The Twin Engines of Gaza Diplomacy (2).md');
    const seen = await library.evaluate(() => (globalThis as unknown as { progressSeen: number[] }).progressSeen);
    expect(new Set(seen).size).toBeGreaterThan(1);
    await expect(library.getByRole('status').filter({ hasText: 'Exported' }).textContent()).resolves.toBe(
      'Exported 401 notes as Markdown.',
    );
    await library.setViewportSize({ width: 900, height: 700 });
    await screenshot(library, 'library-export', false);
    await library.close();
  });
});
