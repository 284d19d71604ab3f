import type { MetaTags } from '../metadata/meta-tags';
import { attrOf, bodyClasses, namesOf, removeFurniture, textOf } from './adapter-helpers';
import { noSiteFields, type SiteAdapter, type SiteFields } from './site-adapter';

/**
 * What WordPress plugins put in and around a post that is not the post: share bars (Jetpack,
 * AddToAny, Social Warfare, Grow, Sassy, Shared Counts), related posts (Jetpack, YARPP, CRP),
 * likes, WordPress.com ads, affiliate disclosures, author boxes, generated tables of contents,
 * newsletter forms, lists of latest posts and button blocks. Each is a plugin's or block's own
 * class, never a theme's, so they are removed page-wide, for Readability too.
 */
const FURNITURE = `
  .sharedaddy #jp-post-flair .jp-relatedposts .jetpack-likes-widget-wrapper .wpcnt .wordads-ad-wrapper
  .addtoany_share_save_container .a2a_kit .swp_social_panel .social-warfare-button-container
  .dpsp-share-buttons [class*="dpsp-networks-btns"] .heateor_sss_sharing_container .shared-counts-wrap
  .yarpp-related .yarpp .crp_related .saboxplugin-wrap .abh_box .m-a-box .pp-multiple-authors-boxes-wrapper
  .wpadc-wrapper-class #ez-toc-container .lwptoc .wp-block-rank-math-toc-block
  .mc4wp-form .wpforms-container .wp-block-jetpack-subscriptions .wp-block-latest-posts .wp-block-buttons
`
  .trim()
  .split(/\s+/)
  .join(', ');

/** Page builders' sections: an `.entry-content` built of them is the whole page's layout, not the post's body. */
const BUILT = '.elementor, .et_pb_section, .wp-block-kadence-rowlayout, .vc_row, .fl-builder-content';

/** The post's id from `body.postid-123`, which WordPress's `body_class()` writes on every single post. */
const postIdOf = (classes: string[]): string | null => classes.find((c) => /^postid-\d+$/.test(c))?.slice(7) ?? null;

/** A `<time>` that is the modified date, whatever its classes say: microdata or its own label. */
const isModified = (el: Element): boolean =>
  el.getAttribute('itemprop') === 'dateModified' ||
  /^\s*(?:last\s+)?(?:updated|modified)\b/i.test(el.textContent ?? '');

/**
 * WordPress single posts: `body.single-post.postid-N` (pages are `body.page`, lists `home`,
 * `archive`, `search`, custom post types such as products `single-product`: all give null).
 * Themes and page builders differ, so only the markup of WordPress's own template tags is read,
 * inside the post's element (`#post-N`, from `post_class()`): the hentry headline
 * (`.entry-title`), the byline's author links, `time.entry-date` / `time.published` and
 * `time.updated`, and the body `.entry-content` when the post has exactly one. A page built with
 * Elementor or Divi has none of these, and gives only its furniture trimmed, for Readability.
 */
export const wordpressAdapter: SiteAdapter = {
  name: 'wordpress',
  extract(doc: Document, _meta: MetaTags): SiteFields | null {
    const classes = bodyClasses(doc);
    const id = postIdOf(classes);
    if (!id || !classes.includes('single-post')) return null;
    const post = doc.querySelector(`#post-${id}, article.post-${id}, .type-post.post-${id}`);
    const scope: ParentNode = post ?? doc;
    // Related-post cards are hentries of their own, with their titles, bylines and excerpts.
    const own = (el: Element) =>
      !el.parentElement?.closest('.hentry, article') || el.parentElement?.closest('.hentry, article') === post;
    const ownOf = (selector: string) => Array.from(scope.querySelectorAll(selector)).filter((el) => !post || own(el));
    const bodies = ownOf('.entry-content');
    const content = bodies.length === 1 && !bodies[0].querySelector(BUILT) ? bodies[0] : null;
    const outside = (el: Element) => !content?.contains(el);
    // The headline is an h1 on single posts; an h2 `.entry-title` counts only as the post's only one.
    const headings = post ? ownOf('.entry-title') : [];
    const title = ownOf('h1.entry-title')[0] ?? (headings.length === 1 ? headings[0] : null);
    // "published updated" is the theme saying both are one date; a labelled or dateModified one is the update.
    const times = ownOf('time.entry-date, time.published, time.updated').filter(outside);
    const published = times.find((el) => !isModified(el) && !el.matches('.updated:not(.published)'));
    const updated = times.find((el) => el !== published && (isModified(el) || el.matches('.updated')));
    const authors = ownOf(
      '.byline .author, .entry-meta .author a, .author.vcard .fn, .entry-author-name, a[rel="author"]',
    );
    removeFurniture(doc, FURNITURE);
    return {
      ...noSiteFields('wordpress'),
      title: textOf(title),
      authors: namesOf(authors.filter((el) => outside(el) && !el.closest('.comment, #comments'))),
      publishedText: textOf(published),
      updatedText: textOf(updated)?.replace(/^(?:last\s+)?(?:updated|modified)\s*(?:on)?:?\s*/i, '') ?? null,
      publishedIso: attrOf(published, 'datetime'),
      content,
    };
  },
};
