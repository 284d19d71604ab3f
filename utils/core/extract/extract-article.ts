import { withAnalysis } from '../outline/analyse-article';
import type { ExtractContext, ExtractResult } from '../types';
import { extractPage } from './pipeline';

/**
 * The article in `doc` with its key actors and claims, or why there is none: `extractPage`, then
 * `analyseArticle` on the text and outline it found. Its own module, so that the extractor
 * injected into pages (`extractPage` alone) never reaches the analysis.
 */
export function extractArticle(doc: Document, context: ExtractContext): ExtractResult {
  const page = extractPage(doc, context);
  return page.isArticle ? withAnalysis(page) : page;
}
