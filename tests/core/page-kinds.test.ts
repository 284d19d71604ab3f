import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../scripts/load-page';
import type { PageEvidence } from '../../utils/core/extract/page-evidence';
import { extractPage } from '../../utils/core/extract/pipeline';
import { FIXTURES, SEED, seedExpected } from '../helpers/fixtures';
import { englishReason } from '../helpers/i18n';

const NOW = new Date('2026-01-20T00:00:00Z');
describe('pages that are not articles', () => {
  it.each([
    [
      'product--4050',
      'https://www.drinco.com/stainless-steel-double-wall-vacuum-insulated-water-bottle',
      'product',
      /product page/,
    ],
    [
      'service--0248',
      'https://dbseer.com/service/data-analytics-agency/',
      'service',
      /service, pricing or landing page/,
    ],
    // Long prose with no byline or date, marked by the site as a WebPage and not an article.
    ['service--0112', 'https://www.geico.com/travel-insurance/', 'service', /service, pricing or landing page/],
    ['documentation--2864', 'https://www.postgresql.org/docs/current/indexes.html', 'documentation', /documentation/],
    ['forum--0541', 'https://bbs.archlinux.org/viewtopic.php?id=309936', 'forum', /discussion thread/],
    // A Q&A page that says so in microdata only, with no JSON-LD.
    [
      'forum--0360',
      'https://expatriates.stackexchange.com/questions/964/how-to-book-flights-when-moving-to-another-country',
      'forum',
      /discussion thread/,
    ],
    // A thread marked as DiscussionForumPosting, with a byline, dates and share links as posts have.
    [
      'forum--0559',
      'https://open.vanillaforums.com/discussion/39620/higher-logic-has-terminated-open-source-vanilla',
      'forum',
      /discussion thread/,
    ],
  ])('%s is said to be a %s page in one sentence, and can be outlined anyway', async (name, url, kind, sentence) => {
    const doc = await loadPage(`${FIXTURES}kinds/${name}.html.gz`);
    const page = extractPage(doc, { url, now: NOW });
    expect(page).toMatchObject({ isArticle: false, pageKind: kind, outlineAnyway: true });
    expect(page.isArticle ? '' : page.reason).toMatch(sentence);
    expect(page.isArticle ? '' : page.reason).toMatch(/\.$/);
    // The popup says the same, from its catalog, in the reader's language.
    expect(page.isArticle ? '' : englishReason(page)).toBe(page.isArticle ? '' : page.reason);
    const anyway = extractPage(doc, { url, now: NOW, outlineAnyway: true });
    expect(anyway.isArticle && anyway.wordCount).toBeGreaterThan(50);
  });

  it('judges the address the reader is on, not a canonical link that names the front page; the front page itself is not an article', () => {
    const page = (canonical: string) =>
      parseHTML(
        `<html><head><link rel="canonical" href="${canonical}"><meta property="og:type" content="article"></head><body><main><h1>How to make slow queries fast again</h1>${'<p>An index turns a scan of the whole table into a walk down a tree, so the query reads a few pages instead of all of them.</p>'.repeat(12)}</main></body></html>`,
      ).document as unknown as Document;
    const doc = page('https://blog.example.com/');
    const post = extractPage(doc, { url: 'https://blog.example.com/blog/post/2026-01-26-slow-queries/view', now: NOW });
    expect(post.isArticle).toBe(true);
    // The same prose at the site's own address is its front page (a pitch, the latest post's teaser),
    // whatever its tags say, campaign parameters or not…
    for (const url of ['https://blog.example.com/', 'https://blog.example.com/?utm_source=news&srsltid=x1']) {
      const front = extractPage(doc, { url, now: NOW });
      expect(front).toMatchObject({ isArticle: false, outlineAnyway: true });
      expect(front.isArticle ? '' : front.reason).toMatch(/front page/);
      expect(front.isArticle ? '' : englishReason(front)).toBe(front.isArticle ? '' : front.reason);
    }
    // …but not a post that the address picks by its query, nor a post saved as a file.
    const byQuery = 'https://blog.example.com/?p=123';
    expect(extractPage(page(byQuery), { url: byQuery, now: NOW }).isArticle).toBe(true);
    const saved = page('https://blog.example.com/slow-queries-fast-again');
    expect(extractPage(saved, { url: 'file:///home/reader/slow-queries.html', now: NOW }).isArticle).toBe(true);
  });

  it('still reads a real article as one', async () => {
    const doc = await loadPage(`${SEED}polistratics-relative-dates.html`);
    expect(extractPage(doc, { url: seedExpected.url, now: new Date(seedExpected.capturedAt) }).isArticle).toBe(true);
  });

  it('weighs a headline in Japanese as wide as the English one that says as much, sees share links and WebPage markup', () => {
    const evidenceOf = (title: string, extra = '') => {
      const { document } = parseHTML(
        `<html><head><title>${title}</title></head><body><main><h1>${title}</h1>${'<p>本文の段落です。これは記事の本文で、十分な長さがあります。An index turns a scan into a walk down a tree.</p>'.repeat(8)}${extra}</main></body></html>`,
      );
      let evidence: PageEvidence | undefined;
      extractPage(document as unknown as Document, { url: 'https://news.example/a/1', now: NOW }, (e) => {
        evidence = e;
      });
      return evidence as PageEvidence;
    };
    // Twenty-two Han and kana characters, and forty-five Latin ones.
    expect(evidenceOf('東京で新しい図書館が開館し多くの市民が訪れた').titleWidth).toBeCloseTo(
      evidenceOf('A new library opens in Tokyo and crowds visit').titleWidth,
      1,
    );
    // A site's page marked a WebPage, and nothing in it an article; a post's graph holds both.
    const ld = (types: string[]) =>
      `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': types.map((t) => ({ '@type': t })) })}</script>`;
    expect(evidenceOf('A title', ld(['WebPage', 'Organization'])).webPageOnly).toBe(1);
    expect(evidenceOf('A title', ld(['WebPage', 'BlogPosting'])).webPageOnly).toBe(0);
    expect(evidenceOf('A title').webPageOnly).toBe(0);
    const share = '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a>';
    expect(evidenceOf('A title', share).shareLinks).toBe(1);
    expect(evidenceOf('A title').shareLinks).toBe(0);
  });
});
