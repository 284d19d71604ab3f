import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticleDates } from '../../utils/core/dates/article-dates';
import { extractArticle } from '../../utils/core/extract/pipeline';
import { readJsonLdArticle } from '../../utils/core/metadata/json-ld';
import { readMetaTags } from '../../utils/core/metadata/meta-tags';

const NOW = new Date('2025-07-12T09:30:00Z');
const docOf = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const ld = (value: string) => `<script type="application/ld+json">${value}</script>`;

describe('JSON-LD', () => {
  it('finds the article inside an @graph', () => {
    const doc = docOf(
      ld(
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Example' },
            {
              '@type': ['NewsArticle'],
              headline: 'Inside the graph',
              author: [{ name: 'A. Writer' }, { name: 'B. Editor' }],
              datePublished: '2025-07-01',
            },
          ],
        }),
      ),
    );
    expect(readJsonLdArticle(doc)).toMatchObject({
      headline: 'Inside the graph',
      author: 'A. Writer, B. Editor',
      datePublished: '2025-07-01',
    });
  });

  it('skips a malformed block and reads the next one', () => {
    const doc = docOf(
      ld('{"@type": "BlogPosting", "headline": "broken",}') + ld('{"@type":"BlogPosting","headline":"good"}'),
    );
    expect(readJsonLdArticle(doc)?.headline).toBe('good');
  });

  it('ignores nodes that are not articles', () => {
    expect(readJsonLdArticle(docOf(ld('{"@type":"Organization","name":"Org"}')))).toBeNull();
  });
});

describe('published and updated dates', () => {
  it('prefer JSON-LD to meta tags and meta tags to visible text', () => {
    const doc = docOf(
      ld('{"@type":"Article","datePublished":"2025-07-01T10:00:00Z"}') +
        '<meta property="article:published_time" content="2025-06-01T10:00:00Z">' +
        '<meta property="article:modified_time" content="2025-07-03T10:00:00Z">',
    );
    const dates = readArticleDates(readMetaTags(doc), NOW, null, readJsonLdArticle(doc), null);
    expect(dates.published).toEqual({ iso: '2025-07-01T10:00:00.000Z', source: 'json-ld', precision: 'instant' });
    expect(dates.updated).toEqual({ iso: '2025-07-03T10:00:00.000Z', source: 'meta', precision: 'instant' });
  });

  it('drop an "updated" date that is not after the published one', () => {
    const same = docOf(
      ld('{"@type":"Article","datePublished":"2025-07-01T10:00:00Z","dateModified":"2025-07-01T10:00:00Z"}'),
    );
    expect(readArticleDates(readMetaTags(same), NOW, null, readJsonLdArticle(same), null).updated).toBeNull();
    const before = docOf(ld('{"@type":"Article","datePublished":"2025-07-05","dateModified":"2025-07-01"}'));
    expect(readArticleDates(readMetaTags(before), NOW, null, readJsonLdArticle(before), null).updated).toBeNull();
  });

  it('read <time datetime> inside the article, never from a related-post card outside it', () => {
    const prose = `<p>${'Words of the article body. '.repeat(60)}</p>`;
    const doc = docOf(
      '<meta property="og:type" content="article"><title>A post</title>',
      `<article><time datetime="2025-07-02">2 July</time><h1>A post</h1>${prose}</article>` +
        '<aside><h2>Related</h2><time datetime="2025-07-10">10 July</time></aside>',
    );
    const result = extractArticle(doc, { url: 'https://example.com/a-post', now: NOW });
    expect(result.isArticle && result.published).toEqual({ iso: '2025-07-02', source: 'time', precision: 'day' });
  });
});

describe('identity', () => {
  const prose = `<p>${'Words of the article body go on for a while here. '.repeat(30)}</p>`;
  const outline = (head: string) =>
    extractArticle(docOf(`<meta property="og:type" content="article">${head}`, `<article>${prose}</article>`), {
      url: 'https://news.example.com/story',
      now: NOW,
    });

  it('drops the site name from the end of the title', () => {
    const result = outline(
      '<title>Ports reopen after strike | The Harbour Times</title><meta property="og:site_name" content="The Harbour Times">',
    );
    expect(result.title).toBe('Ports reopen after strike');
  });

  it('keeps a title that only looks like it has a suffix', () => {
    const result = outline(
      '<title>Trade talks - what next?</title><meta property="og:site_name" content="The Harbour Times">',
    );
    expect(result.title).toBe('Trade talks - what next?');
  });

  it('names the author without "By", and falls back to the host for the site', () => {
    const result = outline('<title>Story</title><meta name="author" content="By Ada Okafor">');
    expect(result.isArticle && [result.author, result.site]).toEqual(['Ada Okafor', 'news.example.com']);
  });

  it('passes over a placeholder publication date for the next source', () => {
    const result = outline(
      '<title>Story</title><meta property="article:published_time" content="0001-01-01T00:00:00Z">' +
        '<meta name="parsely-pub-date" content="2025-07-01T08:00:00Z">',
    );
    expect(result.isArticle && result.published?.iso).toBe('2025-07-01T08:00:00.000Z');
  });
});
