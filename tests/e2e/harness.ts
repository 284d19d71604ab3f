import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** The test build: the production manifest plus http://127.0.0.1 access (`wxt build --mode e2e`). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const RESULTS_DIR = resolve('test-results');

/** Serves fixed pages from 127.0.0.1 on a free port; nothing else is reachable. */
export async function servePages(
  pages: Record<string, string>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    // The query is ignored, so a test can open its own copy of a page ("/seed.html?tab=3").
    const body = pages[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The browser's interface language and its locale for pages: British English unless a test asks for another. */
export interface Language {
  /** Chromium on Linux takes its interface language, and so the extension's catalog, from `LANGUAGE`. */
  language: string;
  locale: string;
}
const BRITISH: Language = { language: 'en_GB', locale: 'en-GB' };

/**
 * Debian's Chromium, headless, with the extension loaded, in a fresh profile. The British locale
 * and UTC make the expected date text ("8 Jul 2025") independent of the machine.
 */
export async function launchWithExtension({
  language,
  locale,
}: Language = BRITISH): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`no build in ${EXTENSION_DIR}: run npm run build:e2e`);
  const profile = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    env: { ...process.env, LANGUAGE: language },
    timezoneId: 'UTC',
    viewport: { width: 400, height: 600 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Refuses, at once, every request that is not to the test server: pages' fonts, trackers and images elsewhere. */
export async function refuseOtherHosts(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
}

/** The extension's id, as chrome://extensions lists it. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  const id = await page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { developerPrivate: { getExtensionsInfo(): Promise<Array<{ id: string; name: string }>> } };
      }
    ).chrome;
    const infos = await api.developerPrivate.getExtensionsInfo();
    return infos.find((info) => info.name === 'Dossier')?.id;
  });
  await page.close();
  if (!id) throw new Error('Dossier is not loaded in chrome://extensions');
  return id;
}

/**
 * Opens `url` in a background tab through the extension's own `tabs` API and returns the tab's
 * id: that works for every address, including chrome:// pages whose URL the extension may not see.
 */
export async function openTab(context: BrowserContext, id: string, url: string): Promise<number> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${id}/popup.html`);
  const tabId = await probe.evaluate(async (target) => {
    type Tabs = {
      create(p: object): Promise<{ id?: number; status?: string }>;
      get(id: number): Promise<{ status?: string }>;
    };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const { id } = await tabs.create({ url: target, active: false });
    if (id === undefined) return undefined;
    for (let i = 0; i < 100 && (await tabs.get(id)).status !== 'complete'; i++) {
      await new Promise((done) => setTimeout(done, 50));
    }
    return id;
  }, url);
  await probe.close();
  if (tabId === undefined) throw new Error(`could not open ${url}`);
  return tabId;
}

/** A test file's browser: pages served from 127.0.0.1, and Chromium with the extension loaded. */
export interface Session {
  origin: string;
  context: BrowserContext;
  /** The extension's id. */
  id: string;
  close: () => Promise<void>;
}

/** Serves `pages` (still mutable afterwards) and starts Chromium with the extension, in `language`. */
export async function startSession(pages: Record<string, string>, language?: Language): Promise<Session> {
  const server = await servePages(pages);
  const browser = await launchWithExtension(language);
  return {
    origin: server.origin,
    context: browser.context,
    id: await extensionId(browser.context),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the popup as a page for `tabId`, its clock fixed at `now`: the capture time that relative
 * dates on the page ("4 days ago") mean, as they did for the reader who saw them.
 */
export async function openPopup(
  { context, id }: Session,
  tabId: number,
  now: Date,
): Promise<{ popup: Page; started: number }> {
  const popup = await context.newPage();
  await popup.clock.setFixedTime(now);
  const started = performance.now();
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  return { popup, started };
}

/** Saves what a person would see (the whole page, or only the window), for a human to look at after the run. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** A saved article as a test copies it: the fields a copy changes, and the rest as stored. */
export interface StoredArticle {
  address: string;
  savedAt: string;
  latest: { title: string };
  [field: string]: unknown;
}

/**
 * Fills the library from one of the extension's pages: `copy` makes each of `count` articles from
 * the first one saved, and the library imports them as a reader's backup would be imported.
 */
export async function importCopies(
  page: Page,
  count: number,
  copy: (saved: StoredArticle, i: number) => StoredArticle,
): Promise<void> {
  type Chrome = {
    storage: { local: { get(k: null): Promise<Record<string, unknown>> } };
    runtime: { sendMessage(m: object): Promise<unknown> };
  };
  const stored = await page.evaluate(async () => {
    const all = await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null);
    return Object.entries(all).find(([key]) => key.startsWith('dossier:article:'))?.[1];
  });
  if (!stored) throw new Error('nothing saved to copy');
  const articles = Array.from({ length: count }, (_, i) => ({ ...copy(stored as StoredArticle, i), id: `copy${i}` }));
  await page.evaluate(
    (list) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
        type: 'library:import',
        articles: list,
      }),
    articles,
  );
}
