/**
 * The background's reader: Chrome's offscreen document, an iframe of Firefox's background page.
 * It parses a watched page's HTML with the browser's own parser (`DOMParser`, which runs no
 * script and loads nothing) and outlines it with the core, and reads the actors and claims of a
 * page saved by the shortcut or the context menu, so that the background's service worker
 * carries neither a parser, nor the extractor, nor the analysis.
 */
import { ALL_DATE_LANGUAGES } from '@/utils/core/dates/all-date-languages';
import { addDateLanguages } from '@/utils/core/dates/date-languages';
import { extractArticle } from '@/utils/core/extract/extract-article';
import { withAnalysis } from '@/utils/core/outline/analyse-article';
import { isParserRequest } from '@/utils/messages';

// Watched pages may be in any language: this page is not injected, so it carries them all.
addDateLanguages(ALL_DATE_LANGUAGES);

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  // Only the extension's background asks: its pages and scripts share the extension's id.
  if (sender.id !== browser.runtime.id || !isParserRequest(message)) return undefined;
  if (message.type === 'parser:analyse') return Promise.resolve(withAnalysis(message.page));
  const doc = new DOMParser().parseFromString(message.html, 'text/html');
  return Promise.resolve(extractArticle(doc, { url: message.url, now: new Date(message.now) }));
});
