import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviseSeed, SEED, seedExpected } from '../helpers/fixtures';
import { openPopup, openTab, RESULTS_DIR, type Session, startSession } from './harness';

/**
 * The store listings' images, taken from the real extension on the sample article: the Chrome Web
 * Store and addons.mozilla.org take 1280×800 screenshots, and the Chrome Web Store a 440×280 tile.
 * They land in test-results/store/ on every browser run, so a release uploads what was tested.
 */
const STORE_DIR = join(RESULTS_DIR, 'store');
// The sample as its JSON-LD dates it, so that the popup's dates read the same on every day.
const seedHtml = readFileSync(`${SEED}polistratics-jsonld.html`, 'utf8');
const pages = { '/seed.html': seedHtml, '/seed-revised.html': reviseSeed(seedHtml) };
/** The popup's size at most: Chrome's popups stop at 600 pixels high, and Dossier's scrolls within. */
const POPUP = { width: 400, height: 600 };
/** When the sample was read ("4 days ago" meant 8 July), and the day after, when it had been revised. */
const CAPTURED = new Date(seedExpected.capturedAt);
const NEXT_DAY = new Date(CAPTURED.getTime() + 24 * 3600_000);
/**
 * The sample is saved without its site’s stylesheet or images; this stands in for them, so that the page
 * behind the popup looks like the blog post a reader meets. Dossier's own UI is shown as it is.
 */
const BLOG_STYLE = `body { max-width: 760px; margin: 32px 0 0 72px; font: 18px/1.6 Georgia, serif; color: #222; }
  a { margin-right: 1.2em; color: #444; } h1 { font-size: 38px; line-height: 1.2; }
  ul:first-of-type { list-style: none; padding: 0; color: #666; font-size: 15px; }
  img { display: none; }`;

let session: Session;
beforeAll(async () => {
  session = await startSession(pages);
});
afterAll(() => session?.close());

/** A PNG's size, from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The article as a reader sees it in a 1280×800 window. */
async function articleShot(path: string): Promise<Buffer> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${session.origin}${path}`);
  await page.addStyleTag({ content: BLOG_STYLE });
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

/**
 * The popup for the tab showing `path`, as the toolbar opens it, once `ready` is on screen;
 * scrolled, as a reader would, to bring `scrollTo` to its top.
 */
async function popupShot(path: string, ready: string, scrollTo?: string, now = CAPTURED): Promise<Buffer> {
  const tabId = await openTab(session.context, session.id, `${session.origin}${path}`);
  const { popup } = await openPopup(session, tabId, now);
  await popup.setViewportSize(POPUP);
  await popup.locator(ready).first().waitFor();
  if (scrollTo)
    await popup
      .locator(scrollTo)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const shot = await popup.screenshot();
  await popup.close();
  return shot;
}

/** Renders `html` at `width`×`height` and saves it as `name` among the store images. */
async function compose(html: string, width: number, height: number, name: string): Promise<Buffer> {
  const page: Page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  const shot = await page.screenshot();
  await page.close();
  mkdirSync(STORE_DIR, { recursive: true });
  writeFileSync(join(STORE_DIR, name), shot);
  return shot;
}

/** The popup as it drops from the toolbar, over the article, the page dimmed a little behind it. */
const popupOverArticle = (article: Buffer, popup: Buffer) => `
  <div style="position:relative;width:1280px;height:800px;overflow:hidden">
    <img src="${dataUrl(article)}" style="position:absolute;inset:0;filter:brightness(0.82)">
    <img src="${dataUrl(popup)}" style="position:absolute;top:12px;right:24px;border-radius:8px;
      box-shadow:0 12px 40px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)">
  </div>`;

describe('the store images', () => {
  it('show the popup over the article: its identity and outline, then its actors and claims', async () => {
    const article = await articleShot('/seed.html');
    const top = await popupShot('/seed.html', '.chip__name');
    const outline = await compose(popupOverArticle(article, top), 1280, 800, 'screenshot-1-outline.png');
    expect(pngSize(outline)).toEqual({ width: 1280, height: 800 });
    const actors = await popupShot('/seed.html', '.chip__name', 'h2:has-text("Key actors")');
    const claims = await compose(popupOverArticle(article, actors), 1280, 800, 'screenshot-2-actors-claims.png');
    expect(pngSize(claims)).toEqual({ width: 1280, height: 800 });
  });

  it('include a 440×280 tile: the name, what it does, and the popup’s top', async () => {
    const popup = await popupShot('/seed.html', '.chip__name');
    const icon = readFileSync('public/icon/128.png');
    const tile = `
      <div style="width:440px;height:280px;display:flex;overflow:hidden;background:#eef2fb;
        font-family:system-ui,sans-serif;color:#1d2330">
        <div style="flex:0 0 190px;padding:28px 0 0 24px;box-sizing:border-box">
          <img src="${dataUrl(icon)}" width="56" height="56">
          <div style="font-size:30px;font-weight:700;margin-top:10px">Dossier</div>
          <div style="font-size:15px;line-height:1.35;margin-top:8px;color:#3b4456">
            Outline what you read: who, when, sections, actors, claims.</div>
          <div style="font-size:12px;margin-top:12px;color:#2f5bd3;font-weight:600">Nothing leaves your machine.</div>
        </div>
        <div style="flex:1;position:relative">
          <img src="${dataUrl(popup)}" style="position:absolute;top:22px;left:8px;width:300px;border-radius:6px;
            box-shadow:0 8px 24px rgba(0,0,0,.25)">
        </div>
      </div>`;
    const shot = await compose(tile, 440, 280, 'tile-440x280.png');
    expect(pngSize(shot)).toEqual({ width: 440, height: 280 });
  });
  it('show what changed in a saved article since the reader saved it', async () => {
    const tabId = await openTab(session.context, session.id, `${session.origin}/seed.html`);
    const { popup } = await openPopup(session, tabId, CAPTURED);
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await popup.locator('.library__status').waitFor();
    await popup.close();
    const article = await articleShot('/seed-revised.html');
    const update = await popupShot('/seed-revised.html', '.changes__changed', undefined, NEXT_DAY);
    const shot = await compose(popupOverArticle(article, update), 1280, 800, 'screenshot-3-changes.png');
    expect(pngSize(shot)).toEqual({ width: 1280, height: 800 });
  });

  it('show the library, searched by an actor', async () => {
    const library = await session.context.newPage();
    await library.setViewportSize({ width: 1280, height: 800 });
    await library.goto(`chrome-extension://${session.id}/library.html`);
    await library.getByRole('searchbox', { name: 'Search the library' }).fill('witkoff');
    await library.locator('.entry').first().waitFor();
    await library.getByRole('button', { name: 'Outline and versions' }).first().click();
    await library.locator('.history__versions > li').first().waitFor();
    const shot = await library.screenshot();
    await library.close();
    mkdirSync(STORE_DIR, { recursive: true });
    writeFileSync(join(STORE_DIR, 'screenshot-4-library.png'), shot);
    expect(pngSize(shot)).toEqual({ width: 1280, height: 800 });
  });
});
