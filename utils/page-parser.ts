/**
 * Where the background has a watched page read: a page of the extension with a DOM
 * (`entrypoints/parser/`), kept out of the service worker, which has no `DOMParser` and is started
 * again and again. Chrome hosts it as an offscreen document (reason `DOM_PARSER`), created once
 * and only one at a time; Firefox's background is a page, and hosts it as an iframe.
 */
import type { Article, ExtractResult, PageArticle } from './core/types';
import type { ParserRequest } from './messages';

const PARSER_PAGE = '/parser.html';
/**
 * Idle this long, the parser page is closed: it holds a renderer process's memory. Shorter than
 * the time after which Chrome stops an idle service worker, so that the timer outlives no worker.
 */
const IDLE_MS = 10_000;

let ready: Promise<void> | null = null;
let frame: HTMLIFrameElement | null = null;
let asking = 0;
let idle: ReturnType<typeof setTimeout> | undefined;

/** Chrome: the offscreen document, unless one is open already (after the worker restarted). */
async function openOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(PARSER_PAGE);
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (open.length > 0) return;
  await browser.offscreen.createDocument({
    url: PARSER_PAGE,
    reasons: ['DOM_PARSER'],
    justification: 'Reads saved articles on sites the reader chose to watch, to notice their updates.',
  });
}

/** Firefox: an iframe of the background page, answering once it has loaded. */
function openFrame(): Promise<void> {
  return new Promise((done, fail) => {
    frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL(PARSER_PAGE);
    frame.addEventListener('load', () => done(), { once: true });
    frame.addEventListener('error', () => fail(new Error('the parser page did not load')), { once: true });
    document.body.append(frame);
  });
}

/** The parser page, opened on first use; a failed opening is tried again next time. */
function parser(): Promise<void> {
  ready ??= (import.meta.env.FIREFOX ? openFrame() : openOffscreen()).catch((error) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** Closes the parser page; the next read opens it again. */
async function close(): Promise<void> {
  ready = null;
  if (import.meta.env.FIREFOX) {
    frame?.remove();
    frame = null;
  } else await browser.offscreen.closeDocument().catch(() => undefined);
}

/** The parser page's answer to `request`; the page is closed once no read has come for a while. */
async function ask<T>(request: ParserRequest): Promise<T> {
  clearTimeout(idle);
  asking += 1;
  try {
    await parser();
    const answer = (await browser.runtime.sendMessage(request)) as T | undefined;
    if (!answer) throw new Error('the parser page did not answer');
    return answer;
  } finally {
    asking -= 1;
    if (asking === 0) idle = setTimeout(close, IDLE_MS);
  }
}

/** The page `html`, served at `url`, outlined as the popup would outline it at `now`. */
export const readPage = (html: string, url: string, now: Date): Promise<ExtractResult> =>
  ask({ type: 'parser:read', html, url, now: now.toISOString() });

/** A page read in a tab, with its actors and claims, read by the parser page. */
export const analyseInParser = (page: PageArticle): Promise<Article> => ask({ type: 'parser:analyse', page });
