import { findActors } from '../actors/find-actors';
import { findClaims } from '../claims/find-claims';
import type { Actor, Article, Claim, PageArticle } from '../types';
import { isAnalysable } from './analysable';
import { readBodySentences } from './body-sentences';

/** What `analyseArticle` reads: plain article data, so a saved article can be analysed again. */
export type AnalysisInput = Pick<Article, 'title' | 'site' | 'authors' | 'text' | 'sections' | 'language'>;

/** The key actors and claims of an article, from its text and outline alone; none for other languages. */
export function analyseArticle(article: AnalysisInput): { actors: Actor[]; claims: Claim[] } {
  if (!isAnalysable(article.language, article.text)) return { actors: [], claims: [] };
  const body = readBodySentences(article.text, article.sections, article.language);
  const reading = findActors(body, { title: article.title, site: article.site, authors: article.authors });
  return { actors: reading.actors, claims: findClaims(body, reading, article.title) };
}

/** An article as read from its page, with its key actors and claims. */
export const withAnalysis = (page: PageArticle): Article => ({ ...page, ...analyseArticle(page) });
