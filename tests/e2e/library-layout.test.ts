import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, seedExpected } from '../helpers/fixtures';
import { importCopies, openPopup, openTab, type Session, screenshot, startSession } from './harness';

const TITLE = seedExpected.title;
const COPIES = 300;

let session: Session;
let library: Page;

/** The sample saved from the popup, then 300 older copies of it, on watched and unwatched sites. */
beforeAll(async () => {
  session = await startSession({ '/seed.html': readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8') });
  const tabId = await openTab(session.context, session.id, `${session.origin}/seed.html`);
  const { popup } = await openPopup(session, tabId, new Date(seedExpected.capturedAt));
  await popup.getByRole('button', { name: 'Save to library' }).click();
  await popup.locator('.library__status').waitFor();
  await popup.close();

  library = await session.context.newPage();
  await library.setViewportSize({ width: 1280, height: 800 });
  await library.goto(`chrome-extension://${session.id}/library.html`);
  const origin = session.origin;
  await importCopies(library, COPIES, (seed, i) => ({
    ...seed,
    // A third on the test server, whose site the e2e build may read: those show "Watching".
    address: i % 3 ? `https://news${i % 7}.example/story-${i}` : `${origin}/story-${i}.html`,
    savedAt: new Date(Date.parse(seed.savedAt) - (i + 1) * 3_600_000).toISOString(),
    latest: {
      ...seed.latest,
      title: i % 2 ? `Dispatch ${i}: ceasefire talks resume` : `${seed.latest.title} (${i})`,
    },
  }));
  await library.reload();
  await library.getByText(`${COPIES + 1} saved articles`).waitFor();
});

afterAll(() => session?.close());

/** The list entry whose title is exactly `title`. */
const entryFor = (title: string): Locator =>
  library.locator('.entry').filter({ has: library.getByRole('link', { name: title, exact: true }) });

/** Whether two boxes are at least `gap` px apart, side by side or one above the other. */
const apart = (a: Box, b: Box, gap: number) =>
  b.x - (a.x + a.width) >= gap ||
  a.x - (b.x + b.width) >= gap ||
  b.y - (a.y + a.height) >= gap ||
  a.y - (b.y + b.height) >= gap;
type Box = { x: number; y: number; width: number; height: number };

const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
};

/** Where the first entries of the list are on screen. */
const firstEntryBoxes = () => Promise.all([0, 1, 2, 3, 4].map((i) => boxOf(library.locator('.entry').nth(i))));

/** The visible text on the page whose colour contrasts least with what is behind it, and that contrast. */
const leastContrast = () =>
  library.evaluate(() => {
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (rgb: number[]) => {
      const [r = 0, g = 0, b = 0] = rgb.map((v) =>
        v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4,
      );
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const behind = (from: Element) => {
      for (let el: Element | null = from; el; el = el.parentElement) {
        const colour = rgba(getComputedStyle(el).backgroundColor);
        if (colour[3] !== 0) return colour;
      }
      return [255, 255, 255];
    };
    let least = { ratio: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // Disabled controls are exempt; screen-reader-only text is not seen.
      if (!el || !node.textContent?.trim() || !el.checkVisibility() || el.closest('.visually-hidden, :disabled'))
        continue;
      const [a, b] = [luminance(rgba(getComputedStyle(el).color)), luminance(behind(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < least.ratio) least = { ratio, text: node.textContent };
    }
    return least;
  });

describe('the library page at desktop width', () => {
  it('shows each entry’s actions as separate buttons, named for the article they act on', async () => {
    const entry = entryFor(TITLE);
    const names = [
      `Outline and versions of “${TITLE}”`,
      `Download .md of “${TITLE}”`,
      `Delete “${TITLE}”`,
      `Watch site of “${TITLE}” for updates`,
    ];
    const buttons = names.map((name) => entry.getByRole('button', { name, exact: true }));
    const boxes = await Promise.all(buttons.map(boxOf));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(apart(a, b, 4)).toBe(true);
    }
    // Each has an edge of its own: a border that shows against the page.
    const borders = await Promise.all(buttons.map((b) => b.evaluate((el) => getComputedStyle(el).borderTopWidth)));
    expect(borders).toEqual(['1px', '1px', '1px', '1px']);

    // An entry on the test server, which the e2e build may read, says it is watched instead.
    await expect(
      entryFor('Dispatch 3: ceasefire talks resume').locator('.entry__watching').textContent(),
    ).resolves.toBe('Watching this site for updates');
    await screenshot(library, 'library-desktop', false);
  });

  it('opens one entry’s outline and versions beside the list, without moving the list', async () => {
    const before = await firstEntryBoxes();
    const button = entryFor(TITLE).getByRole('button', { name: 'Outline and versions' });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await button.click();
    const detail = library.getByRole('region', { name: TITLE, exact: true });
    await detail.locator('.history__versions > li').first().waitFor();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(detail.getAttribute('id')).resolves.toBe(await button.getAttribute('aria-controls'));
    await expect(detail.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(TITLE);
    await expect(detail.locator('.history__sections > li').allTextContents()).resolves.toEqual(seedExpected.sections);

    const list = await boxOf(library.getByRole('list', { name: 'Saved articles' }));
    const view = await boxOf(detail);
    expect(view.x).toBeGreaterThanOrEqual(list.x + list.width + 16);
    expect(view.y).toBeLessThan(400);
    expect(await firstEntryBoxes()).toEqual(before);
    await screenshot(library, 'library-desktop-detail', false);

    // It stays in sight while the list scrolls, and scrolls on its own when it is longer.
    await library.evaluate(() => scrollTo(0, 4000));
    const scrolled = await boxOf(detail);
    expect(scrolled.y).toBeGreaterThanOrEqual(0);
    expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(800);

    // Another entry's replaces it; Escape closes it and gives the focus back to its button.
    const other = entryFor('Dispatch 1: ceasefire talks resume').getByRole('button', { name: 'Outline and versions' });
    await other.click();
    const otherDetail = library.getByRole('region', { name: 'Dispatch 1: ceasefire talks resume' });
    await otherDetail.waitFor();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(detail.count()).resolves.toBe(0);
    // Escape in the search box is the box's: it leaves the view open.
    await library.getByRole('searchbox', { name: 'Search the library' }).press('Escape');
    await expect(otherDetail.count()).resolves.toBe(1);
    await other.focus();
    await library.keyboard.press('Escape');
    await otherDetail.waitFor({ state: 'detached' });
    await expect(other.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(other.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // The close button does the same.
    await button.click();
    await detail.getByRole('button', { name: 'Close details' }).click();
    await detail.waitFor({ state: 'detached' });
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('moves the focus through the controls in reading order, each with a visible outline, and keeps it after a delete', async () => {
    await library.evaluate(() => scrollTo(0, 0));
    await library.getByRole('searchbox', { name: 'Search the library' }).focus();
    const stops: Array<{ name: string; outline: string }> = [];
    for (let i = 0; i < 15; i++) {
      await library.keyboard.press('Tab');
      stops.push(
        await library.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          // The backup's file input is hidden from sight: its label is what shows the focus.
          const shown = el.matches('input[type="file"]') ? (el.closest('label') as HTMLElement) : el;
          const style = getComputedStyle(shown);
          const name = el.getAttribute('aria-label') ?? shown.textContent?.trim() ?? '';
          return { name, outline: `${style.outlineStyle} ${style.outlineWidth}` };
        }),
      );
    }
    expect(stops.map((s) => s.name)).toEqual([
      'Site',
      'Actor',
      'Sort',
      'Check watched sites now',
      'Export backup',
      'Import backup',
      // "Export selected" is disabled until an entry is selected.
      'Export all as Markdown',
      'Note settings',
      `Select “${TITLE}”`,
      TITLE,
      `Outline and versions of “${TITLE}”`,
      `Download .md of “${TITLE}”`,
      `Delete “${TITLE}”`,
      `Watch site of “${TITLE}” for updates`,
      expect.stringMatching(/^Select “/),
    ]);
    for (const stop of stops) expect(stop.outline).toBe('solid 2px');

    // Deleting takes the entry and its button away: the focus goes to the notice's Undo instead.
    const dispatch = 'Dispatch 1: ceasefire talks resume';
    await entryFor(dispatch).getByRole('button', { name: 'Delete' }).press('Enter');
    await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await library.keyboard.press('Enter');
    await entryFor(dispatch).waitFor();
    // Undone, the entry is back and the focus with it.
    await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe(dispatch);
  });

  it('keeps text at 4.5:1 against its background, in the light and the dark palette', async () => {
    await entryFor(TITLE).getByRole('button', { name: 'Outline and versions' }).click();
    await library.locator('.history__versions > li').first().waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme });
      const least = await leastContrast();
      expect(least.ratio, `${colorScheme}: “${least.text}”`).toBeGreaterThanOrEqual(4.5);
    }
    await screenshot(library, 'library-desktop-dark', false);
    await library.emulateMedia({ colorScheme: 'light' });
  });
});
