import { readArticleDates } from '../dates/article-dates';
import { readIdentity, readLanguage } from '../metadata/identity';
import { readJsonLdArticle } from '../metadata/json-ld';
import { type MetaTags, readMetaTags } from '../metadata/meta-tags';
import { markHeadingLevels, readSections } from '../outline/sections';
import { readingMinutes } from '../text/reading-time';
import type { ExtractContext, PageResult } from '../types';
import { SITE_ADAPTERS } from './adapters';
import { mainArticle } from './article-header';
import { blockText, countWords } from './block-text';
import { type PageContext, removeBoilerplate } from './boilerplate';
import { cleanHtml } from './clean-html';
import { textIn } from './dom-kinds';
import { type PageEvidence, readPageEvidence } from './page-evidence';
import { classifyPage, MIN_ARTICLE_WORDS } from './page-kind';
import { paragraphBlock } from './paragraph-block';
import { runReadability } from './readability-step';
import type { SiteFields } from './site-adapter';

/** The fields of the first site adapter that recognises the page, or null. */
function readSiteFields(clone: Document, meta: MetaTags): SiteFields | null {
  for (const adapter of SITE_ADAPTERS) {
    const fields = adapter.extract(clone, meta);
    if (fields) return fields;
  }
  return null;
}

/** Pages with more elements than this are refused rather than freezing the reader's tab. */
export const MAX_ELEMENTS = 150_000;

/**
 * The article in `doc` as read from the page, before any analysis, or why there is none. The
 * steps, in order:
 * 1. clone the page (nothing may change the live document) and mark heading levels on the clone;
 * 2. a site adapter reads the body and its markers, or else Readability finds the body (and where
 *    it finds next to none, or keeps one part of a page built of many, the block that holds most
 *    of the page's paragraphs is the body);
 * 3. JSON-LD, meta tags and the adapter give identity and dates, read from the untouched page;
 * 4. the body gives text, safe HTML, word count, reading time and the section outline;
 * 5. the article test (`page-kind.ts`): enough body text, and evidence (markup, byline, dates,
 *    address, the shape of the text) that says "article" rather than product, listing, thread,
 *    documentation or service page; the reader may outline such a page anyway.
 * `bench:extract` measures this against Readability; `bench:outline` measures the analysis.
 */
export function extractPage(
  doc: Document,
  { url, now, outlineAnyway = false }: ExtractContext,
  trace?: (evidence: PageEvidence) => void,
): PageResult {
  // querySelectorAll, not getElementsByTagName('*'): linkedom answers 0 to the latter.
  const elements = doc.querySelectorAll('*').length;
  if (elements > MAX_ELEMENTS) {
    return {
      isArticle: false,
      url,
      title: doc.title || null,
      reason: `This page is too large to outline (${elements.toLocaleString('en')} elements).`,
      reasonKey: 'tooLarge',
      reasonArgs: [elements],
    };
  }

  // Metadata is read from the live page, which is only read; the body is found on a clone,
  // because Readability rewrites what it is given (and can leave it without a root element).
  const jsonLd = readJsonLdArticle(doc);
  const meta = readMetaTags(doc);
  const clone = doc.cloneNode(true) as Document;
  markHeadingLevels(clone);
  const site = readSiteFields(clone, meta);
  const article = mainArticle(doc);
  const language = readLanguage(doc, meta, jsonLd);
  const readability = site?.content ? null : runReadability(clone);
  const found = site?.content ?? readability?.content ?? null;
  const identity = readIdentity({ doc, meta, url, site, jsonLd, readability, article });
  const dates = readArticleDates({
    doc,
    meta,
    now,
    url,
    site,
    jsonLd,
    article,
    language,
    header: identity.header,
    authors: identity.authors,
  });
  const trim = { url: identity.canonicalUrl, title: identity.title };
  if (found) removeBoilerplate(found, trim);
  // An adapter's body element can be all but empty too (a theme that fills it by script).
  const content = orParagraphBlock(found, doc, trim, !site?.content);

  if (!content) {
    const reason = 'Dossier could not find the main text of this page; it does not look like an article.';
    return { isArticle: false, url, title: identity.title, reason, reasonKey: 'noMainText' };
  }
  const text = blockText(content);
  const wordCount = countWords(text);
  // The address the reader is on (a saved file's, the canonical one): a canonical link may name
  // the site's front page for every post.
  const address = /^https?:/i.test(url) ? url : identity.canonicalUrl;
  const evidence = readPageEvidence({
    doc,
    meta,
    jsonLd,
    url: address,
    canonicalUrl: identity.canonicalUrl,
    content,
    wordCount,
    dates,
    authors: identity.authors,
    headline: identity.hasHeadline,
    platformPost: site !== null,
    title: identity.title,
  });
  trace?.(evidence);
  // A reader who asks for the outline anyway (or compares two versions they saved) gets it, however short.
  if (wordCount < MIN_ARTICLE_WORDS && !outlineAnyway) {
    const reason = `This page has too little running text to outline (${wordCount} words); it does not look like an article.`;
    return { isArticle: false, url, title: identity.title, reason, reasonKey: 'tooShort', reasonArgs: [wordCount] };
  }
  const page = classifyPage(evidence, address);
  if (page.kind !== 'article' && !outlineAnyway) {
    const { reason, reasonKey, kind } = page;
    return { isArticle: false, url, title: identity.title, reason, reasonKey, pageKind: kind, outlineAnyway: true };
  }

  const pageMinutes = site?.readingTimeMinutes ?? null;
  return {
    isArticle: true,
    url,
    canonicalUrl: identity.canonicalUrl,
    title: identity.title ?? identity.canonicalUrl,
    author: identity.authors.join(', ') || null,
    authors: identity.authors,
    site: identity.site,
    published: dates.published,
    updated: dates.updated,
    readingTimeMinutes: pageMinutes ?? readingMinutes(wordCount),
    readingTimeSource: pageMinutes ? 'page' : 'word-count',
    language,
    leadImage: identity.leadImage,
    wordCount,
    text,
    html: cleanHtml(content, identity.canonicalUrl),
    sections: readSections(content, identity.title),
  };
}

/**
 * Where Readability kept only part of a long page, the whole of it. Readability scores blocks
 * and keeps the best with its like-scored siblings; a guide or a list post whose sections sit in
 * separate containers (a card per item, a block per heading) loses all but one. The block that
 * holds most of the page's paragraphs (`paragraphBlock`) is the body instead when it holds half
 * again as many words and what it adds is running text: under a fifth of the added text in links,
 * where a page's teaser lists and "more stories" are mostly links. On WCXB's development articles
 * this lifts body F1 from 0.917 to 0.926; the 181-page news benchmark is unchanged.
 */
const WIDER_BODY = 1.5;
const ADDED_LINK_SHARE = 0.2;

/**
 * The body: Readability's or an adapter's, trimmed; or the block of a fresh clone that holds most
 * of the page's running text (`paragraphBlock`), trimmed the same way, when Readability found none
 * or next to none (fewer words than an article has), or when it kept only part (`WIDER_BODY`).
 * An adapter's body is widened only when all but empty: it knows its platform's markup.
 */
function orParagraphBlock(found: Element | null, doc: Document, trim: PageContext, mayWiden: boolean): Element | null {
  // Plain text is enough to count words where little was found; the body's text is read later.
  const words = (el: Element) => countWords(el.textContent ?? '');
  const foundWords = found ? words(found) : 0;
  const short = !found || foundWords < MIN_ARTICLE_WORDS;
  if (!short && !mayWiden) return found;
  // The text a reader sees: scripts and hidden parts would count as words otherwise.
  const foundSeen = found && !short ? blockText(found) : '';
  // Read on the page first, which it does not change: most pages need no clone.
  const onPage = paragraphBlock(doc);
  if (!onPage || (!short && words(onPage) <= WIDER_BODY * countWords(foundSeen))) return found;
  const clone = doc.cloneNode(true) as Document;
  markHeadingLevels(clone);
  const block = paragraphBlock(clone);
  if (!block) return found;
  removeBoilerplate(block, trim);
  if (!found || short) return words(block) > foundWords ? block : found;
  const blockSeen = blockText(block);
  if (countWords(blockSeen) <= WIDER_BODY * countWords(foundSeen)) return found;
  const added = blockSeen.length - foundSeen.length;
  const addedLinks = textIn(block, 'a') - textIn(found, 'a');
  return addedLinks < ADDED_LINK_SHARE * added ? block : found;
}
