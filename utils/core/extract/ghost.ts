import type { MetaTags } from '../metadata/meta-tags';
import {
  attrOf,
  bodyHas,
  minutesRead,
  namesOf,
  onlyOne,
  removeFurniture,
  textOf,
  withoutReadingTime,
} from './adapter-helpers';
import { noSiteFields, type SiteAdapter, type SiteFields } from './site-adapter';

/** The headline, standfirst and body classes of Ghost's own themes (Casper, Source, Headline) and common others. */
const TITLE = 'h1.gh-article-title, h1.article-title, h1.post-full-title, h1.post-title, h1.single-title';
const EXCERPT = '.gh-article-excerpt, .article-excerpt, .post-full-custom-excerpt, .post-excerpt, .single-excerpt';
const BODIES = [
  '.gh-content',
  '.post-full-content .post-content',
  '.post-content',
  '.post-full-content',
  '.article-content',
];

/**
 * Ghost cards that are not the post's prose: signup forms, button cards ("Go to website"),
 * link previews of other pages, the members' paywall notice; and the byline that some themes
 * (Headline, Source) place inside `.gh-content`.
 */
const FURNITURE =
  '.gh-article-meta, .kg-signup-card, .kg-button-card, .kg-bookmark-card, .gh-post-upgrade-cta, .kg-header-card button, form';

/**
 * Ghost posts: the generator says "Ghost 5.x" and `body.post-template` marks a post (the home,
 * tag, author and static pages are `home-template`, `tag-template`, `author-template`,
 * `page-template`, and give null). Themes differ, so the headline, standfirst and body are read
 * from the classes Ghost's own themes use, inside the headline's `<article>`; the byline is Ghost's
 * `{{authors}}` links (/author/slug/) and the first `<time datetime>` of the post, outside the
 * cards of other posts. `og:site_name` is the publication's title as its owner set it.
 */
export const ghostAdapter: SiteAdapter = {
  name: 'ghost',
  extract(doc: Document, meta: MetaTags): SiteFields | null {
    if (!meta.get('generator')?.startsWith('Ghost') || !bodyHas(doc, 'post-template')) return null;
    const title = doc.querySelector(TITLE) ?? onlyOne(doc, 'article h1');
    const post = title?.closest('article') ?? doc.querySelector('main') ?? doc.querySelector('body');
    if (!title || !post) return null;
    // Prev/next and "read more" cards are articles of their own inside the post's container.
    const own = (el: Element) =>
      el.parentElement?.closest('article') === post.closest('article') || !el.closest('article');
    const ownOf = (selector: string) => Array.from(post.querySelectorAll(selector)).filter(own);
    const content = BODIES.map((selector) => ownOf(selector)).find((found) => found.length === 1)?.[0] ?? null;
    // The byline is outside the body, or in the body's own `.gh-article-meta` (Headline, Source).
    const inByline = (el: Element) => !content?.contains(el) || el.closest('.gh-article-meta') !== null;
    const time = ownOf('time').find(inByline);
    const minutes = ownOf('time, span, div')
      .filter((el) => el.children.length === 0 && !content?.contains(el))
      .map((el) => minutesRead(textOf(el)))
      .find((n) => n !== null);
    const fields = {
      ...noSiteFields('ghost'),
      title: textOf(title),
      subtitle: textOf(ownOf(EXCERPT)[0]),
      authors: namesOf(ownOf('a[href*="/author/"]').filter(inByline)),
      site: meta.get('og:site_name'),
      publishedText: withoutReadingTime(textOf(time)),
      publishedIso: attrOf(time, 'datetime'),
      readingTimeMinutes: minutes ?? null,
      content,
    };
    removeFurniture(content ?? post, FURNITURE);
    return fields;
  },
};
