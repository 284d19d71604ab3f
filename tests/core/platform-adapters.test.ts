import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../scripts/load-page';
import { SITE_ADAPTERS } from '../../utils/core/extract/adapters';
import { blockText } from '../../utils/core/extract/block-text';
import { bloggerAdapter } from '../../utils/core/extract/blogger';
import { ghostAdapter } from '../../utils/core/extract/ghost';
import { mediumAdapter } from '../../utils/core/extract/medium';
import { extractPage } from '../../utils/core/extract/pipeline';
import type { SiteAdapter, SiteFields } from '../../utils/core/extract/site-adapter';
import { squarespaceAdapter } from '../../utils/core/extract/squarespace';
import { substackAdapter } from '../../utils/core/extract/substack';
import { wordpressAdapter } from '../../utils/core/extract/wordpress';
import { readMetaTags } from '../../utils/core/metadata/meta-tags';

/** Real WCXB pages, one post per platform and some non-post pages (see `tests/fixtures/platforms/SOURCE.md`). */
const PLATFORMS = fileURLToPath(new URL('../fixtures/platforms/', import.meta.url));

const pages = new Map<string, Promise<Document>>();
const page = (name: string): Promise<Document> => {
  if (!pages.has(name)) pages.set(name, loadPage(`${PLATFORMS}${name}.html.gz`));
  return pages.get(name) as Promise<Document>;
};

/** The adapter's reading of a fresh clone of the page, as the pipeline calls it. */
const read = async (adapter: SiteAdapter, name: string): Promise<SiteFields | null> => {
  const doc = await page(name);
  return adapter.extract(doc.cloneNode(true) as Document, readMetaTags(doc));
};

/** What a reader sees of one post: its header, and its body's first and last words, headings and what is not in it. */
interface Post {
  adapter: SiteAdapter;
  name: string;
  title: string;
  subtitle: string | null;
  authors: string[];
  site: string | null;
  publishedText: string;
  publishedIso: string | null;
  updatedText: string | null;
  readingTimeMinutes: number | null;
  begins: string;
  /** The body's last words, where the page's body ends where WCXB's ground truth does. */
  ends?: string;
  includes: string[];
  /** Platform furniture the page shows in or beside the body: never in the body's text. */
  furniture: string[];
  /** Furniture that is a block of its own ("Share", "Subscribe"): no block of the body is exactly it. */
  furnitureBlocks?: string[];
  headings: number;
  firstHeading: string;
}

const POSTS: Post[] = [
  {
    adapter: substackAdapter,
    name: 'substack--0460',
    title: 'Process Knowledge Management, Part IV',
    subtitle: 'From Theory to Practice, The Procedural Knowledge Ontology',
    authors: ['Jessica Talisman'],
    site: 'Intentional Arrangement',
    publishedText: 'Dec 19, 2025',
    publishedIso: null,
    updatedText: null,
    readingTimeMinutes: null,
    begins: 'A special thank you to the PERKS team at Cefriel.',
    ends: 'additional support to knowledge transfer and (re)training/onboarding of (new) employees.”',
    // A footnote, which stays with the post.
    includes: ['The ontology is available at the permanent W3ID identifier'],
    furniture: ['Thank you for supporting Intentional Arrangement', 'Discussion about this post', 'Ready for more?'],
    furnitureBlocks: ['Share', 'Subscribe'],
    headings: 14,
    firstHeading: 'Introduction',
  },
  {
    adapter: mediumAdapter,
    name: 'medium--4433',
    title: 'Forbidden Career Advice for Software Developers',
    subtitle: null,
    authors: ['Brian Jenney'],
    site: null,
    publishedText: 'Dec 1, 2025',
    publishedIso: null,
    updatedText: null,
    readingTimeMinutes: 6,
    begins: 'The Stuff No One Tells You',
    ends: 'then join Parsity and learn how to do exactly that.',
    includes: ['I want to offer you some politically incorrect career advice.'],
    furniture: ['Press enter or click to view image in full size', '6 min read', 'Written by Brian Jenney'],
    furnitureBlocks: ['Listen', 'Share', 'Forbidden Career Advice for Software Developers'],
    headings: 6,
    firstHeading: 'The road to hell is paved with good intentions',
  },
  {
    adapter: ghostAdapter,
    name: 'ghost--4372',
    // The headline on the page; WCXB's title is the page's SEO title ("18 new sci-fi and fantasy books…").
    title: "Here's the May 2025 book list",
    subtitle: '18 new SF/F books to check out',
    authors: ['Andrew Liptak'],
    site: 'Transfer Orbit',
    publishedText: '01 May 2025',
    publishedIso: '2025-05-01',
    updatedText: null,
    readingTimeMinutes: null,
    begins: 'Warmer weather is finally reaching us here in Vermont',
    ends: 'and has to decide to follow her purpose, or her heart.',
    // A call-to-action card the author wrote: prose, kept.
    includes: ['If you find a book on this list that catches your eye, please consider supporting Transfer Orbit!'],
    // The byline (inside `.gh-content` in this theme) and a bookmark card of another page.
    furniture: ['Andrew Liptak', 'The Folio Society goes cyberpunk', '← Previous'],
    furnitureBlocks: ['Book List'],
    headings: 19,
    firstHeading: 'The Devils by Joe Abercrombie (May 13th)',
  },
  {
    adapter: bloggerAdapter,
    name: 'blogger--0441',
    title: 'Small adventures with small language models',
    subtitle: null,
    // The post's byline slot is empty on the page (WCXB's "Mike Woodward" is not in its markup).
    authors: [],
    site: 'Engora Data Blog',
    publishedText: 'December 19, 2025',
    publishedIso: '2025-12-19T15:18:00-05:00',
    updatedText: null,
    readingTimeMinutes: null,
    begins: 'Small is the new large',
    ends: 'Lastly, look at the YouTube tutorials out there.',
    includes: ["I've been talking to people about small language models (SLMs) for a little while now."],
    furniture: ['Email This', 'BlogThis!', 'Share to X', 'Labels:', 'Post a Comment', 'Popular Posts'],
    headings: 12,
    firstHeading: 'Small is the new large',
  },
  {
    adapter: squarespaceAdapter,
    name: 'squarespace--0011',
    title: 'How To Design A Room Like An Interior Designer [Step By Step]',
    subtitle: null,
    authors: ['Tina Flint Huffman'],
    site: 'Greenhouse Studio',
    // Squarespace 7.1 shows no year, and writes the same "Apr 12" in `datetime`: no ISO date.
    publishedText: 'Apr 12',
    publishedIso: null,
    updatedText: null,
    readingTimeMinutes: null,
    begins: 'Does overwhelm and paralysis set in at the thought of how to even start decorating your space?',
    includes: ['There’s nothing better than coming home to a place you love.'],
    // The "Written By" byline and the author bio box, and the social-links block's inline CSS.
    furniture: ['Written By', 'Websites • Marketing • SEO for Service Providers', 'social-icons-style-border'],
    headings: 19,
    firstHeading: '1. Make A Budget',
  },
  {
    adapter: wordpressAdapter,
    name: 'wordpress--0071',
    title: 'Budget Traveler’s Guide To Travel Insurance',
    subtitle: null,
    authors: ['Gabby Boucher'],
    site: null,
    publishedText: 'January 12, 2025',
    publishedIso: '2025-01-12T15:33:02+00:00',
    updatedText: 'January 22, 2025',
    readingTimeMinutes: null,
    begins: 'Thoughts on travel insurance from a budget traveler who never thought she would need it…until she did.',
    includes: ['fully reimbursed me for the 700 USD I spent on rabies treatments in South Africa.'],
    // Jetpack's share and like bars (with their "Share this:" and "Like this:" headings) and an affiliate-disclosure plugin.
    furniture: ['Share this:', 'Like this:', 'Click to share on WhatsApp', 'This post may contain affiliate links'],
    headings: 22,
    firstHeading: 'What Is Travel Insurance?',
  },
];

/** A platform's page that is not one post: its adapter says no, so that generic extraction decides. */
const NOT_POSTS: Array<[string, string, string, SiteAdapter]> = [
  ['substack', 'substack--4440', 'a publication’s About page', substackAdapter],
  ['medium', 'medium--2972', 'a publication’s home page', mediumAdapter],
  ['squarespace', 'squarespace--0147', 'a blog’s list page', squarespaceAdapter],
  ['wordpress', 'wordpress--2970', 'a home page', wordpressAdapter],
];

const squashed = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(POSTS)('the $adapter.name adapter on $name', (post) => {
  it('recognises the post and reads its header', async () => {
    const fields = await read(post.adapter, post.name);
    expect(fields).toMatchObject({
      platform: post.adapter.name,
      title: post.title,
      subtitle: post.subtitle,
      authors: post.authors,
      site: post.site,
      publishedText: post.publishedText,
      publishedIso: post.publishedIso,
      updatedText: post.updatedText,
      readingTimeMinutes: post.readingTimeMinutes,
    });
  });

  it('is the adapter the pipeline picks: no adapter before it claims the page', async () => {
    const doc = await page(post.name);
    const meta = readMetaTags(doc);
    const first = SITE_ADAPTERS.find((adapter) => adapter.extract(doc.cloneNode(true) as Document, meta));
    expect(first?.name).toBe(post.adapter.name);
  });

  it('returns exactly the post body, with its headings and without the platform furniture', async () => {
    // The furniture is on the page, so that its absence from the body means something.
    const pageText = squashed((await page(post.name)).querySelector('body')?.textContent ?? '');
    expect(post.furniture.filter((snippet) => !pageText.includes(snippet))).toEqual([]);
    const content = (await read(post.adapter, post.name))?.content;
    if (!content) throw new Error(`${post.name}: no content`);
    const text = squashed(blockText(content));
    expect(text.startsWith(post.begins)).toBe(true);
    if (post.ends) expect(text.endsWith(post.ends)).toBe(true);
    for (const snippet of post.includes) expect(text).toContain(snippet);
    expect(post.furniture.filter((snippet) => text.includes(snippet))).toEqual([]);
    const blocks = blockText(content).split(/\n+/).map(squashed);
    expect((post.furnitureBlocks ?? []).filter((block) => blocks.includes(block))).toEqual([]);
    const headings = Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'));
    expect(headings).toHaveLength(post.headings);
    expect(squashed(headings[0]?.textContent ?? '').startsWith(post.firstHeading)).toBe(true);
  });
});

describe('platform adapters on pages that are not their posts', () => {
  it.each(NOT_POSTS)('%s gives null on %s (%s)', async (_platform, name, _what, adapter) => {
    expect(await read(adapter, name)).toBeNull();
  });

  // Every adapter against every other platform's post: recognition is by the platform's own markers.
  const others = POSTS.flatMap((post) =>
    POSTS.filter((other) => other.adapter !== post.adapter).map(
      (other) => [post.adapter.name, other.name, post.adapter] as const,
    ),
  );
  it.each(others)('%s gives null on %s', async (_name, other, adapter) => {
    expect(await read(adapter, other)).toBeNull();
  });
});

describe('the pipeline on a Substack post', () => {
  it('outlines its sections: the headings Readability would drop come from the adapter’s body', async () => {
    const doc = await page('substack--0460');
    const result = extractPage(doc, {
      url: 'https://jessicatalisman.substack.com/p/process-knowledge-management-part-63a',
      now: new Date('2026-01-03T09:51:54Z'),
    });
    if (!result.isArticle) throw new Error(result.reason);
    expect(result.title).toBe('Process Knowledge Management, Part IV');
    expect(result.sections.length).toBe(14);
    expect(result.sections.slice(0, 3).map((s) => [s.level, s.title])).toEqual([
      [2, 'Introduction'],
      [3, 'The Problem PKO Addresses'],
      [2, 'Why Do I Care About Industrial Processes?'],
    ]);
    expect(result.text).not.toContain('Thank you for supporting Intentional Arrangement');
  });
});
