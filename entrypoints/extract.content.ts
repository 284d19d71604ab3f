import { extractPage } from '@/utils/core/extract/pipeline';
import { EXTRACT_REQUEST_KEY, type ExtractRequest, type ExtractResponse } from '@/utils/messages';

/**
 * Injected into the reader's tab only when they open the popup (`scripting.executeScript`);
 * never registered to run on its own. Reads the page with the core and returns plain JSON: the
 * article's identity, text and outline. Its actors and claims are read from that text by the
 * popup (`outline-tab.ts`), so the page compiles and runs only what needs the page.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractResponse {
    const request = (globalThis as Record<string, unknown>)[EXTRACT_REQUEST_KEY] as ExtractRequest | undefined;
    const contentType = document.contentType || 'text/html';
    if (!/html|xml/.test(contentType)) return { ok: false, kind: 'unsupported', contentType };
    try {
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
