import type { MetaTags } from '../metadata/meta-tags';
import { attrOf, looksLikeDate, namesOf, removeFurniture, textOf } from './adapter-helpers';
import { noSiteFields, type SiteAdapter, type SiteFields } from './site-adapter';

/**
 * What Substack puts inside a post's body that is not the post: subscribe and share boxes, call
 * to action buttons ("Leave a comment", "Try X for free"), cards of other posts, the link and
 * expand buttons on headings and images.
 */
const FURNITURE = [
  '.subscription-widget-wrap',
  '.subscription-widget-wrap-editor',
  '.subscribe-widget',
  '.captioned-button-wrap',
  '.button-wrapper',
  '.embedded-post-wrap',
  '[class*="digestPostEmbed"]',
  '.install-substack-app-embed',
  '.header-anchor-parent',
  '.image-link-expand',
  'button',
  'form',
].join(', ');

/**
 * Substack posts: `article.newsletter-post` with `.post-header` (h1.post-title, h3.subtitle, the
 * byline's author links to substack.com/@name and its date) and the free part of the body in
 * `.available-content .body.markup` (the paywall box is outside it). The body is returned as the
 * content itself: Readability drops Substack's section headings (`h2.header-anchor-post`: the
 * class word "header" reads as page furniture to it), and the outline is made of those headings.
 * Publication home, archive and about pages have no `article.newsletter-post` and give null.
 */
export const substackAdapter: SiteAdapter = {
  name: 'substack',
  extract(doc: Document, _meta: MetaTags): SiteFields | null {
    const post = doc.querySelector('article.newsletter-post');
    const header = post?.querySelector('.post-header');
    const title = header?.querySelector('h1.post-title');
    if (!post || !header || !title) return null;
    const content = post.querySelector('.available-content .body.markup');
    if (content) removeFurniture(content, FURNITURE);
    // The byline: the avatar link has no text, the name link does; "/@name" or the older "/profile/".
    const authors = namesOf(header.querySelectorAll('a[href*="/@"], a[href*="/profile/"]'));
    // The date is a bare text leaf of the byline (its classes are hashed); likes and "∙ Paid" are not dates.
    const leaves = Array.from(header.querySelectorAll('div, span')).filter((el) => el.children.length === 0);
    const date = leaves.map(textOf).find(looksLikeDate) ?? null;
    // The navbar names the publication in text, or in the alt of its wordmark image.
    const navTitle = doc.querySelector('[data-testid="navbar"] h1, .navbar-title');
    return {
      ...noSiteFields('substack'),
      title: textOf(title),
      subtitle: textOf(header.querySelector('.subtitle')),
      authors,
      site: textOf(navTitle) ?? attrOf(navTitle?.querySelector('img'), 'alt'),
      publishedText: date,
      publishedIso: attrOf(header.querySelector('time[datetime]'), 'datetime'),
      content,
    };
  },
};
