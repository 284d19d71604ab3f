import { extractArticle } from '@/utils/core/extract/pipeline';
import { EXTRACT_REQUEST_KEY, type ExtractRequest, type ExtractResponse } from '@/utils/messages';

/**
 * Injected into the reader's tab only when they open the popup (`scripting.executeScript`);
 * never registered to run on its own. Runs the core on the page and returns plain JSON.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractResponse {
    const request = (globalThis as Record<string, unknown>)[EXTRACT_REQUEST_KEY] as ExtractRequest | undefined;
    const contentType = document.contentType || 'text/html';
    if (!/html|xml/.test(contentType)) return { ok: false, kind: 'unsupported', contentType };
    try {
      const now = new Date(request?.now ?? Date.now());
      return {
        ok: true,
        result: extractArticle(document, { url: location.href, now, outlineAnyway: request?.outlineAnyway === true }),
      };
    } catch (error) {
      return { ok: false, kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  },
});
