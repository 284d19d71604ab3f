import { addDateLanguages, type DateParsers, dateLanguageOf, dateParser } from '@/utils/core/dates/date-languages';
import { extractPage } from '@/utils/core/extract/pipeline';
import { readLanguage } from '@/utils/core/metadata/identity';
import { readJsonLdArticle } from '@/utils/core/metadata/json-ld';
import { readMetaTags } from '@/utils/core/metadata/meta-tags';
import { DATE_LANGUAGES_KEY, EXTRACT_REQUEST_KEY, type ExtractRequest, type ExtractResponse } from '@/utils/messages';

/**
 * Whether the page is in a language whose dates in words need chrono's other languages, and they
 * are not here yet: the popup then injects them (`date-languages.js`) and asks again. English
 * pages, most of them, never load them.
 */
function needsDateLanguages(): boolean {
  const injected = (globalThis as Record<string, unknown>)[DATE_LANGUAGES_KEY] as DateParsers | undefined;
  if (injected) addDateLanguages(injected);
  const needed = dateLanguageOf(readLanguage(document, readMetaTags(document), readJsonLdArticle(document)));
  return needed !== null && !dateParser(needed);
}

/**
 * Injected into the reader's tab only when they open the popup (`scripting.executeScript`);
 * never registered to run on its own. Reads the page with the core and returns plain JSON: the
 * article's identity, text and outline. Its actors and claims are read from that text by the
 * popup (`outline-tab.ts`), so the page compiles and runs only what needs the page. An unlisted
 * script, not a content script: WXT's content-script context would add its code, and announce
 * every injection to the page with a DOM event.
 */
export default defineUnlistedScript({
  main(): ExtractResponse {
    const request = (globalThis as Record<string, unknown>)[EXTRACT_REQUEST_KEY] as ExtractRequest | undefined;
    const contentType = document.contentType || 'text/html';
    if (!/html|xml/.test(contentType)) return { ok: false, kind: 'unsupported', contentType };
    try {
      if (needsDateLanguages()) return { ok: false, kind: 'needs-dates' };
      const now = new Date(request?.now ?? Date.now());
      const started = performance.now();
      const result = extractPage(document, {
        url: location.href,
        now,
        outlineAnyway: request?.outlineAnyway === true,
      });
      return { ok: true, result, timings: { extractMs: performance.now() - started } };
    } catch (error) {
      return { ok: false, kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  },
});
