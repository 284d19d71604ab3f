import { toNote } from '../../scripts/outline';
import { extractArticle } from '../../utils/core/extract/extract-article';
import type { ExtractContext, ExtractResult } from '../../utils/core/types';

/**
 * A parsed page read as the command line reads it: extraction, analysis, and the Markdown note
 * with the article's full text, so that every step a reader's page goes through runs.
 */
export function readPage(doc: Document, context: ExtractContext): { result: ExtractResult; note: string } {
  const result = extractArticle(doc, context);
  return { result, note: toNote(result, context.now, true) };
}
