import type { MetaTags } from '../metadata/meta-tags';
import { attrOf, bodyClasses, namesOf, removeFurniture, textOf } from './adapter-helpers';
import { noSiteFields, type SiteAdapter, type SiteFields } from './site-adapter';

/** The body of a blog item, by template family: 7.1, then 7.0's microformat and older classes. */
const BODIES = ['.blog-item-content', '.e-content', '.entry-content', '.sqs-layout'];

/**
 * Squarespace blocks that are not the post's prose: newsletter and form blocks, buttons,
 * summary blocks (cards of other posts), social links, archive, tag cloud and search blocks.
 */
const FURNITURE = [
  '.sqs-block-newsletter',
  '.sqs-block-form',
  '.sqs-block-button',
  '[class*="sqs-block-summary"]',
  '[class*="sqs-block-socialaccountlinks"]',
  '.sqs-block-archive',
  '.sqs-block-tagcloud',
  '.sqs-block-search',
  '.sqs-block-spacer',
].join(', ');

/**
 * Squarespace blog posts: the body says `view-item` (a list is `view-list`) and
 * `collection-type-blog…` (products and pages are other collection types), and the page is
 * built of `.sqs-block`s. Every template marks the post with microformats: `article.hentry`,
 * its `.p-name`/`.entry-title` headline, `.p-author`, `time.dt-published`; 7.1 writes a bare
 * "Apr 12" in `datetime`, so only an ISO `datetime` is taken as one. The author bio, pagination,
 * share and comments are outside the body, which is the one `.blog-item-content` (7.1),
 * `.e-content` or `.entry-content` (7.0), or else the post's one `.sqs-layout`. The site's name
 * is the header's title, or the alt of its logo.
 */
export const squarespaceAdapter: SiteAdapter = {
  name: 'squarespace',
  extract(doc: Document, _meta: MetaTags): SiteFields | null {
    const classes = bodyClasses(doc);
    const isBlogItem = classes.includes('view-item') && classes.some((c) => c.startsWith('collection-type-blog'));
    if (!isBlogItem || !doc.querySelector('.sqs-block')) return null;
    const post = doc.querySelector('article.hentry, article.h-entry, article.BlogItem');
    if (!post) return null;
    const content =
      BODIES.map((selector) => post.querySelectorAll(selector)).find((found) => found.length === 1)?.[0] ?? null;
    const time = post.querySelector('time.dt-published, time.published, time[class*="meta-item--date"]');
    const iso = attrOf(time, 'datetime');
    const authors = post.querySelectorAll('.blog-author-name, .entry-author, a.p-author, .Blog-meta-item--author');
    removeFurniture(content ?? post, FURNITURE);
    return {
      ...noSiteFields('squarespace'),
      title: textOf(post.querySelector('.p-name, .entry-title, .BlogItem-title')),
      authors: namesOf(Array.from(authors).filter((el) => !content?.contains(el))),
      site:
        textOf(doc.querySelector('.header-title-text, .site-title, .Header-branding')) ??
        attrOf(doc.querySelector('.header-title-logo img, #logoImage img'), 'alt'),
      publishedText: textOf(time),
      publishedIso: iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso : null,
      content,
    };
  },
};
