import type { Article, PageArticle } from './core/types';

/** After the next frame is painted. */
const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));

/**
 * The popup's and panel's analysis of actors and claims, run in the extension page itself from a
 * chunk of its own, loaded once the outline is on screen: loading and compiling it earlier would
 * hold the outline back by as long.
 */
export async function analyseHere(page: PageArticle): Promise<Article> {
  await afterPaint();
  const { withAnalysis } = await import('./core/outline/analyse-article');
  return withAnalysis(page);
}
