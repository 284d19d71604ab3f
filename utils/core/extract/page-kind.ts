import type { NotArticleReason, PageKind } from '../types';
import { isFrontPageAddress, type PageEvidence, pathOf } from './page-evidence';

/**
 * Below this many words of body text, nothing is an article, whatever its markup says. News
 * briefs and paywalled teasers run to 60–80 words, and are still articles to their readers.
 */
export const MIN_ARTICLE_WORDS = 50;

/**
 * How much each piece of evidence says "article" (positive) or "not an article" (negative): a
 * logistic model fitted on the tuning part of the WCXB development split (every page whose id does
 * not end in 0 or 5) and checked on the held-out part, with `bench:identity`. The features are
 * generic (markup, byline, dates, address words, the shape of the text and of its headline, the
 * page's furniture: buttons, pagers, form fields, code, share links), none is keyed to a site or
 * a language. Features that go together (buttons, fields, a phone link) share their weight, so a
 * small one alone means little.
 */
const WEIGHTS: Record<keyof PageEvidence, number> = {
  jsonLdArticle: 1.18,
  ogArticle: 0.94,
  visibleDate: 0.77,
  author: 0.92,
  headline: 0.43,
  platformPost: 1.39,
  product: -1.81,
  forum: -3.75,
  webPageOnly: -0.7,
  listing: 0.01,
  docs: -1.25,
  urlPost: 1.59,
  urlOther: -1.91,
  siteRoot: -1.85,
  logWords: 0.24,
  linkDensity: -1.87,
  paragraphShare: 0.05,
  logDates: -0.13,
  headingShare: -2.8,
  slugWords: 0.23,
  codeShare: -2.78,
  buttons: -0.24,
  pagination: -1.02,
  authorLink: 0.92,
  phoneLink: 0.24,
  menuLinks: 0.05,
  inputs: -0.14,
  longParagraphShare: 1.05,
  meanParagraph: 0.13,
  linkedHeadings: -0.08,
  titleWidth: 0.39,
  shareLinks: 1.12,
};
const BIAS = -6.68;
/**
 * Pages scoring below this are not articles. It sits where the tuning part keeps 97.5 in 100
 * articles (95.7 in the held-out part), at 89 in 100 of the pages called articles being articles
 * (93 in the held-out part, with the rules below): a reader who meets an article refused loses
 * more than one who is shown a page's outline.
 */
const THRESHOLD = -0.98;

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

/**
 * A page that marks itself as selling a thing (Product markup, "Add to cart") and says nothing of
 * being an article (no article markup, no author, no platform post) is a product page, however
 * long its description runs.
 */
const onlyProduct = (e: PageEvidence): boolean =>
  e.product === 1 && !e.jsonLdArticle && !e.ogArticle && !e.author && !e.platformPost;

/**
 * A page that marks itself as a discussion thread or a question and its answers
 * (DiscussionForumPosting, QAPage) is one, whatever else it says: threads carry Article markup
 * too, and run long, with bylines, dates and share links.
 */
const markedThread = (e: PageEvidence): boolean => e.forum === 1 && !e.platformPost;

/**
 * The reader is on the front page of a site that no platform adapter reads as a post: whatever
 * prose it opens with (a service's pitch, the latest post's teaser), its readers call it the
 * front page. The canonical link alone does not decide this (templates point every page to the
 * front page), so it stays one piece of evidence among others.
 */
const frontPage = (e: PageEvidence, url: string): boolean => isFrontPageAddress(url) && !e.platformPost;

/** The page's kind and, for a page that is not an article, the sentence that says so and its message. */
export function classifyPage(
  evidence: PageEvidence,
  url: string,
): { kind: 'article' } | { kind: Exclude<PageKind, 'article'>; reason: string; reasonKey: NotArticleReason } {
  if (!onlyProduct(evidence) && !markedThread(evidence) && !frontPage(evidence, url) && articleScore(evidence) >= 0)
    return { kind: 'article' };
  const kind = otherKind(evidence, pathOf(url));
  return evidence.siteRoot
    ? { kind, reason: FRONT_PAGE, reasonKey: 'frontPage' }
    : { kind, reason: REASONS[kind], reasonKey: `kind_${kind}` };
}
