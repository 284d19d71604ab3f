import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, seedExpected, WIX } from '../helpers/fixtures';
import { openTab, RESULTS_DIR, type Session, screenshot, startSession } from './harness';

const pages: Record<string, string> = {
  '/seed.html': readFileSync(`${SEED}polistratics-jsonld.html`, 'utf8'),
  // Another Wix post, for the reader's second tab.
  '/other.html': gunzipSync(readFileSync(`${WIX}wcxb-dev-0024.html.gz`)).toString('utf8'),
};

let session: Session;
beforeAll(async () => {
  session = await startSession(pages);
});
afterAll(() => session?.close());

/** The page of the tab showing `url`, as the test drives it. */
function tabPage(url: string): Page {
  const page = session.context.pages().find((p) => p.url() === url);
  if (!page) throw new Error(`no tab shows ${url}`);
  return page;
}

/**
 * What a command or a context-menu item does, asked of the background as the panel's buttons
 * ask it: browsers do not deliver synthetic key presses or menu clicks to extensions.
 */
function runCompanion(
  from: Page,
  action: 'outline' | 'save',
  tabId: number,
): Promise<{ ok: boolean; message?: string }> {
  return from.evaluate(
    ([a, t]) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; message?: string }> } };
        }
      ).chrome.runtime.sendMessage({ type: 'companion:run', action: a, tabId: t }),
    [action, tabId] as const,
  );
}

/** The side panel, opened as a page of its own at the width of Chrome's panel. */
async function openPanel(): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(`chrome-extension://${session.id}/sidepanel.html`);
  return panel;
}

describe('the side panel', () => {
  it('outlines only the tab the reader asked about, and offers, never reads, the tab they switch to', async () => {
    const seedUrl = `${session.origin}/seed.html`;
    const seedTab = await openTab(session.context, session.id, seedUrl);
    const panel = await openPanel();
    // Opened without being asked about a tab, it reads nothing and says how to ask.
    await expect(panel.locator('.panel-notice').textContent()).resolves.toMatch(
      /^Dossier reads a tab when you ask on it/,
    );
    await expect(panel.locator('h1').count()).resolves.toBe(0);

    // "Outline with Dossier" (context menu), or the toolbar button when it opens the panel.
    await expect(runCompanion(panel, 'outline', seedTab)).resolves.toMatchObject({ ok: true });
    await expect(panel.locator('h1').textContent()).resolves.toBe(seedExpected.title);
    await expect(panel.locator('.outline__title').allTextContents()).resolves.toEqual(seedExpected.sections);
    await panel.locator('.chip__name').first().waitFor();
    await expect(panel.locator('[aria-label="Key claims"] .claim').count()).resolves.toBe(8);

    // The panel stays while the reader reads: a claim clicked in it is shown in the page.
    const seed = tabPage(seedUrl);
    await seed.bringToFront();
    await panel.locator('.claim__text').first().click();
    await seed.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('dossier-claim'),
      undefined,
      { polling: 100 },
    );

    // The reader switches to another tab: the panel says so and keeps the article it had.
    const other = await session.context.newPage();
    await other.goto(`${session.origin}/other.html`);
    await other.bringToFront();
    const notice = panel.locator('.panel-notice');
    await expect(notice.textContent()).resolves.toMatch(/^You are on another tab\. Dossier has not read it/);
    await expect(panel.locator('h1').textContent()).resolves.toBe(seedExpected.title);
    await screenshot(panel, 'panel-switched-tab', false);
    // Back on the article's tab, the notice goes.
    await seed.bringToFront();
    await notice.waitFor({ state: 'detached' });

    await other.bringToFront();
    await panel.getByRole('button', { name: 'Outline this tab' }).click();
    await expect.poll(() => panel.locator('h1').textContent()).not.toBe(seedExpected.title);
    await notice.waitFor({ state: 'detached' });
    await screenshot(panel, 'panel-other-tab', false);
    await panel.close();
    await other.close();
  });

  it('sits beside the article, as the reader sees it', async () => {
    const seedUrl = `${session.origin}/seed.html?beside`;
    const tabId = await openTab(session.context, session.id, seedUrl);
    const panel = await openPanel();
    await runCompanion(panel, 'outline', tabId);
    await panel.locator('.chip__name').first().waitFor();
    const panelShot = await panel.screenshot();
    const article = tabPage(seedUrl);
    await article.setViewportSize({ width: 880, height: 800 });
    const articleShot = await article.screenshot();
    const beside = await session.context.newPage();
    await beside.setViewportSize({ width: 1280, height: 800 });
    const img = (png: Buffer) => `<img src="data:image/png;base64,${png.toString('base64')}">`;
    await beside.setContent(
      `<body style="margin:0;display:flex">${img(articleShot)}<div style="border-left:1px solid #c8ccd4">${img(panelShot)}</div></body>`,
    );
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'panel-beside-article.png'), await beside.screenshot());
    await beside.close();
    await panel.close();
  });
});

describe('the save shortcut and the context menu', () => {
  it('save the tab’s article to the library and mark the tab’s toolbar button', async () => {
    const url = `${session.origin}/seed.html?save`;
    const tabId = await openTab(session.context, session.id, url);
    const library = await session.context.newPage();
    await library.goto(`chrome-extension://${session.id}/library.html`);
    await expect(runCompanion(library, 'save', tabId)).resolves.toEqual({
      ok: true,
      type: 'companion',
      message: `Saved “${seedExpected.title}” to your library.`,
    });
    const badge = await library.evaluate(
      (tab) =>
        (
          globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
        ).chrome.action.getBadgeText({ tabId: tab }),
      tabId,
    );
    expect(badge).toBe('✓');
    await library.reload();
    await expect(library.locator('.entry__title').allTextContents()).resolves.toContain(seedExpected.title);
    await library.close();
  });
});

describe('the toolbar button', () => {
  it('opens the popup, or the side panel when the reader chooses it in the settings', async () => {
    const settings = await session.context.newPage();
    await settings.goto(`chrome-extension://${session.id}/options.html`);
    const popupOf = () =>
      settings.evaluate(() =>
        (
          globalThis as unknown as { chrome: { action: { getPopup(d: object): Promise<string> } } }
        ).chrome.action.getPopup({}),
      );
    await expect(popupOf()).resolves.toMatch(/\/popup\.html$/);
    await settings.getByRole('radio', { name: /^The side panel/ }).check();
    await expect.poll(popupOf).toBe('');
    await screenshot(settings, 'options-toolbar-choice', false);
    await settings.getByRole('radio', { name: /^A popup/ }).check();
    await expect.poll(popupOf).toMatch(/\/popup\.html$/);
    await settings.close();
  });
});
