import type { MetaTags } from '../metadata/meta-tags';
import { looksLikeDate, minutesRead, namesOf, removeFurniture, textOf } from './adapter-helpers';
import { noSiteFields, type SiteAdapter, type SiteFields } from './site-adapter';

/**
 * Medium's furniture inside the story: the byline block and the "Press enter or click to view
 * image in full size" label of every figure are both marked `speechify-ignore` (Medium's own
 * "not part of the story" mark), and the story's headline and subtitle open the body.
 */
const FURNITURE = '.speechify-ignore, h1.pw-post-title, .pw-subtitle-paragraph, button';

/**
 * Medium stories, on medium.com and on publications' own domains alike: every Medium page names
 * the app in `al:android:app_name`, and a story has `h1.pw-post-title` with the body's paragraphs
 * (`p.pw-post-body-paragraph`) in the story's `<article>`, split into one `<section>` per part.
 * The byline (the block after the headline) holds the author's link (`---byline--` in its
 * tracking URL), "N min read" and the date; "Published in …" below the story names the
 * publication. Profile, publication home and tag pages have no `h1.pw-post-title` and give null.
 */
export const mediumAdapter: SiteAdapter = {
  name: 'medium',
  extract(doc: Document, meta: MetaTags): SiteFields | null {
    if (meta.get('al:android:app_name') !== 'Medium') return null;
    const title = doc.querySelector('article h1.pw-post-title');
    const content = title?.closest('article');
    if (!title || !content?.querySelector('.pw-post-body-paragraph')) return null;
    const byline = content.querySelector('.speechify-ignore');
    const spans = Array.from(byline?.querySelectorAll('span') ?? []).map(textOf);
    const publication = textOf(doc.querySelector('a[href*="post_publication_info"] h2'));
    const fields = {
      ...noSiteFields('medium'),
      title: textOf(title),
      subtitle: textOf(content.querySelector('.pw-subtitle-paragraph')),
      authors: namesOf(byline?.querySelectorAll('a[href*="---byline--"]') ?? []),
      site: publication?.replace(/^Published in\s+/i, '') ?? null,
      publishedText: spans.find(looksLikeDate) ?? null,
      readingTimeMinutes: minutesRead(spans.find((text) => minutesRead(text) !== null)),
      content,
    };
    // Read first, removed last: the byline is part of the furniture.
    removeFurniture(content, FURNITURE);
    return fields;
  },
};
