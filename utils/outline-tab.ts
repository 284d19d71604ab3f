/**
 * The popup's one job against the browser: outline a tab. Wires `tabs` and `scripting` to the
 * core; every decision (what is restricted, what is an article) is made by the core, and said
 * here in the reader's language.
 */
import { type AccessRefusal, injectionRefusedReason, restrictedReason, unsupportedReason } from './core/page-access';
import type { Article, NotArticle, PageArticle } from './core/types';
import { formatNumber, t } from './i18n';
import { EXTRACT_REQUEST_KEY, type ExtractRequest, isExtractResponse } from './messages';
import { POPUP_MARKS } from './popup-marks';

export type OutlineState =
  | { kind: 'loading' }
  /** The article as read from the page, on screen while its actors and claims are read. */
  | { kind: 'outline'; page: PageArticle; now: Date; tabId: number }
  | { kind: 'article'; article: Article; now: Date; tabId: number }
  /** `outlineAnyway`: the page has a body the reader may outline all the same. */
  | { kind: 'not-article'; reason: string; outlineAnyway: boolean }
  /** The browser forbids reading this page: retrying cannot help. */
  | { kind: 'restricted'; reason: string }
  | { kind: 'error'; reason: string };

/** The sentence for a page the browser does not let Dossier read. */
const refusal = (why: AccessRefusal): string => (why.key === 'fileType' ? t(why.key, why.contentType) : t(why.key));

/** The sentence for a page that is not an article, in the reader's language; the core's English without a translation. */
const notArticle = (page: NotArticle): string =>
  t(page.reasonKey, ...(page.reasonArgs ?? []).map(formatNumber)) || page.reason;

/** Where the built extractor lands (WXT: `entrypoints/extract.ts`). */
const EXTRACTOR_FILE = '/extract.js' as const;
/** chrono's languages besides English, injected before the extractor when the page needs them. */
const DATE_LANGUAGES_FILE = '/date-languages.js' as const;

/** A page whose main thread is stuck never answers; the reader gets a retry instead of a spinner. */
const EXTRACT_TIMEOUT_MS = 20_000;

class TimeoutError extends Error {}

/** `promise`, or a TimeoutError after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The tab to outline: the one named in the popup's URL (`?tab=12`), else the active tab. */
async function targetTab(tabParam: string | null): Promise<Browser.tabs.Tab | undefined> {
  if (tabParam && /^\d+$/.test(tabParam)) return browser.tabs.get(Number(tabParam));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * How a reader of tabs has the actors and claims read: they come from the extracted text, not the
 * page, so the analysis is not injected into it. `onOutline` hears the outline as soon as the page
 * is read, before its actors and claims are.
 */
export interface Analyser {
  analyse: (page: PageArticle) => Promise<Article>;
  onOutline?: (state: OutlineState) => void;
}

/**
 * Injects the extractor into the tab and turns whatever happens into one state for the popup.
 * `outlineAnyway` outlines a page that does not look like an article, at the reader's word.
 */
export async function outlineTab(
  tabParam: string | null,
  now: Date,
  { analyse, onOutline }: Analyser,
  outlineAnyway = false,
): Promise<OutlineState> {
  const tab = await targetTab(tabParam);
  if (tab?.id === undefined) return { kind: 'error', reason: t('noTab') };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { kind: 'restricted', reason: refusal(restricted) };

  let response: unknown;
  try {
    const request: ExtractRequest = { now: now.toISOString(), outlineAnyway };
    await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: (key: string, value: ExtractRequest) => {
        (globalThis as Record<string, unknown>)[key] = value;
      },
      args: [EXTRACT_REQUEST_KEY, request],
    });
    performance.mark(POPUP_MARKS.injectStart);
    const inject = async (files: Array<typeof EXTRACTOR_FILE | typeof DATE_LANGUAGES_FILE>) => {
      const injections = browser.scripting.executeScript({ target: { tabId: tab.id as number }, files });
      const [injection] = await withTimeout(injections, EXTRACT_TIMEOUT_MS);
      return injection?.result;
    };
    response = await inject([EXTRACTOR_FILE]);
    // A page in another language: its dates' parsers, then the extractor again (the last file's
    // result is the injection's).
    if (isExtractResponse(response) && !response.ok && response.kind === 'needs-dates')
      response = await inject([DATE_LANGUAGES_FILE, EXTRACTOR_FILE]);
    performance.mark(POPUP_MARKS.injectEnd, {
      detail: isExtractResponse(response) && response.ok ? response.timings : null,
    });
  } catch (error) {
    if (error instanceof TimeoutError) {
      return { kind: 'error', reason: t('pageTimeout') };
    }
    const message = error instanceof Error ? error.message : String(error);
    const refused = injectionRefusedReason(message, tab.url);
    return refused
      ? { kind: 'restricted', reason: refusal(refused) }
      : { kind: 'error', reason: t('readFailed', message) };
  }

  if (!isExtractResponse(response)) {
    return { kind: 'error', reason: t('noAnswer') };
  }
  if (!response.ok) {
    if (response.kind === 'unsupported')
      return { kind: 'restricted', reason: refusal(unsupportedReason(response.contentType)) };
    return { kind: 'error', reason: t('outlineFailed', response.kind === 'error' ? response.message : response.kind) };
  }
  const { result } = response;
  if (!result.isArticle) {
    return { kind: 'not-article', reason: notArticle(result), outlineAnyway: result.outlineAnyway === true };
  }
  onOutline?.({ kind: 'outline', page: result, now, tabId: tab.id });
  return { kind: 'article', article: await analyse(result), now, tabId: tab.id };
}

/** Outlines the tab now; whatever goes wrong comes back as a state with one sentence, never as a rejection. */
export function readTab(tabParam: string | null, outlineAnyway: boolean, analyser: Analyser): Promise<OutlineState> {
  performance.mark(POPUP_MARKS.readStart);
  return outlineTab(tabParam, new Date(), analyser, outlineAnyway).catch((error: unknown) => ({
    kind: 'error',
    reason: t('readFailed', String(error)),
  }));
}
