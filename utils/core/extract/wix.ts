import type { MetaTags } from '../metadata/meta-tags';
import { squash } from './dom-kinds';
import { noSiteFields, type SiteAdapter, type SiteFields } from './site-adapter';

const textOf = (el: Element | null | undefined): string | null => (el ? squash(el.textContent ?? '') || null : null);

/** "Updated: <span data-hook=time-ago>3 days ago</span>": the label sits in the parent's text. */
const isUpdatedLabel = (el: Element): boolean => /^\s*updated\b/i.test(el.parentElement?.textContent ?? '');

/**
 * Wix Blog posts (the 2022–2025 "Thunderbolt" markup): the post is `article[data-hook=post]`
 * with `h1[data-hook=post-title]`, `[data-hook=user-name]`, one or two `[data-hook=time-ago]`
 * (the second after "Updated:"), `[data-hook=time-to-read]` and the body in
 * `[data-hook=post-description]` (a section since 2025, a div before). Everything is read inside the post, so the titles and
 * dates of "Recent Posts" cards, which reuse the same hooks, are never taken for the article's.
 */
export const wixAdapter: SiteAdapter = {
  name: 'wix',
  extract(doc: Document, meta: MetaTags): SiteFields | null {
    // Every Wix page says so in its generator tag: other pages are not searched for the hooks.
    if (!meta.get('generator')?.startsWith('Wix.com')) return null;
    const title = doc.querySelector('h1[data-hook="post-title"]');
    if (!title) return null;
    const post = title.closest('article') ?? title.closest('[data-hook="post-page"]') ?? doc.body;
    const content = post?.querySelector('[data-hook="post-description"]');
    if (!post || !content) return null;
    // Button blocks ("Book Now") are calls to action placed in the body, never its prose.
    for (const button of Array.from(content.querySelectorAll('[data-hook^="button-viewer"]'))) button.remove();
    const times = Array.from(post.querySelectorAll('[data-hook="time-ago"]')).filter((el) => !content.contains(el));
    const minutes = textOf(post.querySelector('[data-hook="time-to-read"]'))?.match(/(\d+)\s*min/i);
    const author = textOf(post.querySelector('[data-hook="user-name"]'));
    return {
      ...noSiteFields('wix'),
      title: textOf(title),
      authors: author ? [author] : [],
      publishedText: textOf(times.find((el) => !isUpdatedLabel(el))),
      updatedText: textOf(times.find(isUpdatedLabel)),
      readingTimeMinutes: minutes ? Number(minutes[1]) : null,
      content,
    };
  },
};
