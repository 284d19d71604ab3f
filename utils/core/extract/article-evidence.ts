import type { JsonLdArticle } from '../metadata/json-ld';
import type { MetaTags } from '../metadata/meta-tags';

/**
 * Below this many words of body text, nothing is an article, whatever its markup says. News
 * briefs and paywalled teasers run to 60–80 words, and are still articles to their readers.
 */
const MIN_ARTICLE_WORDS = 50;
/** Without any article markup, only this much running prose is taken for an article. */
const MIN_UNMARKED_ARTICLE_WORDS = 400;

/** Does the page say of itself that it is an article (a publication date counts)? */
export function hasArticleMarkup(
  doc: Document,
  meta: MetaTags,
  jsonLd: JsonLdArticle | null,
  isSitePost: boolean,
  hasPublishedDate: boolean,
): boolean {
  return (
    isSitePost ||
    hasPublishedDate ||
    jsonLd !== null ||
    meta.get('og:type') === 'article' ||
    doc.querySelector('[itemtype*="Article"], [itemtype*="BlogPosting"]') !== null ||
    // One <article> is a post; several are the cards of a listing page.
    doc.querySelectorAll('article').length === 1
  );
}

/** A site's home page (`https://example.com/`) is a front door, not an article. */
export function isSiteRoot(url: string): boolean {
  try {
    return /^\/?(index\.\w+)?$/.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * Why this page is not an article, in one sentence a reader can act on, or null when it is one.
 * Markup alone is not enough (every Wix page has `og:type`), and neither is text alone (service
 * pages are wordy): an article needs both, or a long run of prose away from the site's front door.
 */
export function notArticleReason(wordCount: number, markup: boolean, url: string): string | null {
  if (wordCount < MIN_ARTICLE_WORDS) {
    return `This page has too little running text to outline (${wordCount} words); it does not look like an article.`;
  }
  if (!markup && (wordCount < MIN_UNMARKED_ARTICLE_WORDS || isSiteRoot(url))) {
    return `This looks like a home, listing or service page, not an article: it has no article markup and only ${wordCount} words of running text.`;
  }
  return null;
}
