import type { MetaTags } from '../metadata/meta-tags';
import { attrOf, bodyHas, namesOf, removeFurniture, textOf } from './adapter-helpers';
import { noSiteFields, type SiteAdapter, type SiteFields } from './site-adapter';

/** Inside a Blogger post body: "Read more" jump links (on list pages) and share or subscribe gadgets. */
const FURNITURE = '.jump-link, .post-share-buttons, .share-button, .blog-feeds, form';

/**
 * A Blogger post page ("item" page). Newer layouts mark it `body.item-view` or `body.item`;
 * classic ones do not, but there the blog's list widget (`#Blog1`) holds exactly one
 * `.post-outer`. Label and search results ("Showing posts with label …") say so in
 * `.status-msg-wrap` and are lists, whatever their length.
 */
function isItemPage(doc: Document, blog: Element): boolean {
  if (bodyHas(doc, 'item-view') || bodyHas(doc, 'item')) return true;
  return blog.querySelectorAll('.post-outer').length === 1 && !doc.querySelector('.status-msg-wrap');
}

/**
 * Blogger posts (`<meta name=generator content=blogger>`): the body is `.post-body` in the one
 * post of the blog widget; its `.post-title`, `.post-author` ("Posted by …") and published date
 * (`abbr.published[title]` in classic layouts, `.published[datetime]` in newer ones, else the
 * `.date-header` over the post) are read inside that post, so that the dates and titles of the
 * "Popular posts" gadgets, which reuse Blogger's `.post` classes, are never the article's.
 */
export const bloggerAdapter: SiteAdapter = {
  name: 'blogger',
  extract(doc: Document, meta: MetaTags): SiteFields | null {
    if (meta.get('generator')?.toLowerCase() !== 'blogger') return null;
    const blog = doc.querySelector('.blog-posts, #Blog1');
    const bodies = blog?.querySelectorAll('.post-body');
    if (!blog || bodies?.length !== 1 || !isItemPage(doc, blog)) return null;
    const content = bodies[0];
    const post = content.closest('.post, .hentry, .blog-post, .post-outer') ?? blog;
    const published = post.querySelector('.published, [itemprop="datePublished"]');
    const dateHeader = content.closest('.date-outer')?.querySelector('.date-header');
    removeFurniture(content, FURNITURE);
    return {
      ...noSiteFields('blogger'),
      title: textOf(post.querySelector('.post-title, .entry-title')),
      authors: namesOf(post.querySelectorAll('.post-author .fn, .post-author [itemprop="name"], span.post-author')),
      site: textOf(doc.querySelector('.Header h1, .Header .title, .header-widget h1')),
      publishedText: textOf(published) ?? textOf(dateHeader),
      publishedIso: attrOf(published, 'title') ?? attrOf(published, 'datetime'),
      content,
    };
  },
};
