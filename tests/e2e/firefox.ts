import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { RESULTS_DIR, servePages } from './harness';

export const FIREFOX = '/usr/bin/firefox-esr';
/** The Firefox test build: the production manifest plus http://127.0.0.1 access (`npm run build:e2e`). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3-e2e');
/** The add-on's internal UUID, pinned so that its pages have a known address. */
const UUID = '6b1c4d8e-0f2a-4b7c-9d3e-5a6f7b8c9d0e';
const GECKO_ID = 'dossier@dossier-extension';

/** A test file's Firefox: pages served from 127.0.0.1, and Debian's Firefox ESR with the add-on installed. */
export interface FirefoxSession {
  origin: string;
  browser: Browser;
  /** `moz-extension://…/` for the add-on's own pages. */
  base: string;
  /** Where Firefox saves downloads, without asking. */
  downloads: string;
  close: () => Promise<void>;
}

/**
 * Serves `pages` and starts Firefox ESR headless over WebDriver BiDi with the add-on installed as
 * a temporary add-on. Firefox 153 lets automation open moz-extension pages only with
 * `--remote-allow-system-access`; UTC fixes the date text. `language` asks for Firefox's interface
 * in another language, whose language pack Debian installs beside Firefox (`firefox-esr-l10n-de`).
 */
export async function startFirefox(pages: Record<string, string>, language?: string): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: install Debian's firefox-esr package`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`no build in ${FIREFOX_EXTENSION_DIR}: run npm run build:e2e`);
  const server = await servePages(pages);
  const downloads = mkdtempSync(join(tmpdir(), 'dossier-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TZ: 'UTC' },
    downloadBehavior: { policy: 'allow', downloadPath: downloads },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      ...(language ? { 'intl.locale.requested': language } : {}),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    origin: server.origin,
    browser,
    base: `moz-extension://${UUID}/`,
    downloads,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the add-on's pages. Puppeteer's `goto` may never hear "load" from a moz-extension
 * page, so the navigation is not awaited: the page's own document is waited for instead.
 */
export async function openAddonPage({ browser, base }: FirefoxSession, path: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`${base}${path}`).catch(() => undefined);
  // Until the add-on's page has replaced about:blank, a query may land in the old document.
  for (let tries = 0; tries < 100; tries++) {
    const ready = await page
      .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
      .catch(() => false);
    if (ready) return page;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${base}${path} did not open`);
}

/** Opens `url` in a tab and returns its id, as the add-on's `tabs` API knows it. */
export async function openFirefoxTab(session: FirefoxSession, url: string): Promise<number> {
  const tab = await session.browser.newPage();
  await tab.goto(url);
  const probe = await openAddonPage(session, 'popup.html');
  const id = await probe.evaluate(async (address) => {
    const api = (
      globalThis as unknown as {
        browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      }
    ).browser;
    return (await api.tabs.query({})).find((t) => t.url === address)?.id;
  }, url);
  await probe.close();
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Saves what a person would see, for a human to look at after the run. */
export async function firefoxScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}
