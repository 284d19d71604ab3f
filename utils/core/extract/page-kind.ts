import type { PageKind } from '../types';
import { type PageEvidence, pathOf } from './page-evidence';

/**
 * Below this many words of body text, nothing is an article, whatever its markup says. News
 * briefs and paywalled teasers run to 60–80 words, and are still articles to their readers.
 */
export const MIN_ARTICLE_WORDS = 50;

/**
 * How much each piece of evidence says "article" (positive) or "not an article" (negative): a
 * logistic model fitted on the tuning part of the WCXB development split (every page whose id does
 * not end in 0 or 5) and checked on the held-out part, with `bench:identity`. The features are
 * generic (markup, byline, dates, address words, the shape of the text), none is keyed to a site.
 */
const WEIGHTS: Record<keyof PageEvidence, number> = {
  jsonLdArticle: 1.01,
  ogArticle: 1.3,
  published: 0.31,
  visibleDate: 0.92,
  author: 1.4,
  headline: 0.12,
  platformPost: 1.58,
  product: -1.71,
  forum: -1.06,
  listing: 0,
  docs: -0.95,
  urlPost: 2.18,
  urlOther: -2.18,
  siteRoot: -0.96,
  logWords: 0.4,
  linkDensity: -0.57,
  paragraphShare: 0.59,
  logDates: -0.29,
  headingsPer100: -0.18,
};
const BIAS = -5.11;
/**
 * Pages scoring below this are not articles. It sits where the tuning part keeps 98.6 in 100
 * articles (94.5 in the held-out part): a reader who meets an article refused loses more than one who is shown a page's outline.
 */
const THRESHOLD = -1.5;

/** How strongly the evidence says "article" (above 0) or not (below). */
function articleScore(evidence: PageEvidence): number {
  let score = BIAS;
  for (const key of Object.keys(WEIGHTS) as Array<keyof PageEvidence>) score += WEIGHTS[key] * evidence[key];
  return score - THRESHOLD;
}

/** What a page that is not an article most looks like, from its strongest specific evidence. */
function otherKind(evidence: PageEvidence, path: string): Exclude<PageKind, 'article'> {
  if (evidence.siteRoot) return 'listing';
  if (
    evidence.forum ||
    /\/(forums?|threads?|questions?|community|topics?|t)\/|\/(viewtopic|showthread)\.php/i.test(path)
  )
    return 'forum';
  if (evidence.docs || /\/(docs?|documentation|manual|reference|api|kb|help)(\/|$)/i.test(path)) return 'documentation';
  if (evidence.product || /\/(products?|shop|store|item|dp)(\/|$)/i.test(path)) return 'product';
  if (evidence.listing || /\/(category|categories|tags?|collections?|catalog|search|c)(\/|$)/i.test(path))
    return 'listing';
  return 'service';
}

/** One sentence per kind, saying what the page looks like and what the reader can do. */
const REASONS: Record<Exclude<PageKind, 'article'>, string> = {
  product: 'This looks like a product page, not an article; choose Outline anyway to outline it all the same.',
  listing: 'This looks like a list of posts or products, not an article: open one of them to outline it.',
  forum: 'This looks like a discussion thread, not an article; choose Outline anyway to outline it all the same.',
  documentation: 'This looks like documentation, not an article; choose Outline anyway to see its sections.',
  service:
    'This looks like a service, pricing or landing page, not an article; choose Outline anyway to outline it all the same.',
};

const FRONT_PAGE = 'This is the site’s front page, not an article: open one of its articles to outline it.';

/** The page's kind and, for a page that is not an article, the sentence that says so. */
export function classifyPage(evidence: PageEvidence, url: string): { kind: PageKind; reason: string | null } {
  if (articleScore(evidence) >= 0) return { kind: 'article', reason: null };
  const kind = otherKind(evidence, pathOf(url));
  return { kind, reason: evidence.siteRoot ? FRONT_PAGE : REASONS[kind] };
}
