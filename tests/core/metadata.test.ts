import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/core/extract/extract-article';
import { readJsonLdArticle } from '../../utils/core/metadata/json-ld';
import { readPageDates } from '../helpers/page-dates';

const NOW = new Date('2025-07-12T09:30:00Z');
const docOf = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
/** The dates of a page with no site adapter, read at NOW. */
const datesOf = (doc: Document, language: string | null = null, url = 'https://example.com/post') =>
  readPageDates(doc, NOW, url, language);
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
      authors: ['A. Writer', 'B. Editor'],
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
    const dates = datesOf(doc);
    expect(dates.published).toEqual({ iso: '2025-07-01T10:00:00.000Z', source: 'json-ld', precision: 'instant' });
    expect(dates.updated).toEqual({ iso: '2025-07-03T10:00:00.000Z', source: 'meta', precision: 'instant' });
  });

  it('drop an "updated" date that is not after the published one', () => {
    const same = docOf(
      ld('{"@type":"Article","datePublished":"2025-07-01T10:00:00Z","dateModified":"2025-07-01T10:00:00Z"}'),
    );
    expect(datesOf(same).updated).toBeNull();
    const before = docOf(ld('{"@type":"Article","datePublished":"2025-07-05","dateModified":"2025-07-01"}'));
    expect(datesOf(before).updated).toBeNull();
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

describe('dates from every kind of source', () => {
  const prose = `<p>${'Words of the article body go on for a while here. '.repeat(20)}</p>`;

  it('reads og:updated_time when article:modified_time is missing', () => {
    const doc = docOf(
      '<meta property="article:published_time" content="2025-07-01T08:00:00Z">' +
        '<meta property="og:updated_time" content="2025-07-02T08:00:00Z">',
    );
    expect(datesOf(doc).updated).toEqual({ iso: '2025-07-02T08:00:00.000Z', source: 'meta', precision: 'instant' });
  });

  it('reads microdata and Dublin Core when JSON-LD and Open Graph say nothing', () => {
    const doc = docOf(
      '<meta name="DCTERMS.modified" content="2025-07-04T12:00:00Z">',
      `<article><time itemprop="datePublished" datetime="2025-07-02T09:00:00Z">2 July</time>${prose}</article>`,
    );
    expect(datesOf(doc)).toEqual({
      published: { iso: '2025-07-02T09:00:00.000Z', source: 'meta', precision: 'instant' },
      updated: { iso: '2025-07-04T12:00:00.000Z', source: 'meta', precision: 'instant' },
    });
  });

  it('reads labelled visible dates, both on one line', () => {
    const doc = docOf(
      '',
      `<article><p class="meta">Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM</p>${prose}</article>`,
    );
    const dates = datesOf(doc);
    // A clock time with no zone is the page's wall clock, not UTC: only its day is known.
    expect(dates.published).toEqual({ iso: '2024-11-18', source: 'visible-text', precision: 'day' });
    expect(dates.updated).toEqual({ iso: '2024-11-19', source: 'visible-text', precision: 'day' });
  });

  it('reads a label in its own element and a date in the page’s language', () => {
    const doc = docOf('', `<article><p><b>Veröffentlicht am</b> 2. Okt. 2022</p>${prose}</article>`);
    expect(datesOf(doc, 'de').published).toEqual({ iso: '2022-10-02', source: 'visible-text', precision: 'day' });
  });

  it('never takes a date from a comment or a related story', () => {
    const doc = docOf(
      '',
      `<article>${prose}<section class="comments"><p>Posted 3 hours ago</p><time datetime="2025-07-11">11 July</time></section>` +
        '<div class="related-stories"><p>Published July 10, 2025</p></div></article>',
    );
    expect(datesOf(doc)).toEqual({ published: null, updated: null });
  });

  it('keeps "Updated:" out of the published date', () => {
    const doc = docOf('', `<article><p>Updated: Jan 31</p><p>Published: Jan 23</p>${prose}</article>`);
    const dates = datesOf(doc);
    expect([dates.published?.iso, dates.updated?.iso]).toEqual(['2025-01-23', '2025-01-31']);
  });
});

describe('authors and the lead image', () => {
  const body = `<article><p>${'Words of the article body go on for a while here. '.repeat(20)}</p></article>`;
  const authorsOf = (head: string) => {
    const result = extractArticle(docOf(`${head}<meta property="og:type" content="article">`, body), {
      url: 'https://news.example.com/story',
      now: NOW,
    });
    return result.isArticle ? result.authors : null;
  };

  it('reads the summary card’s "Written by" field, and a login name only when nothing else names anyone', () => {
    expect(
      authorsOf(
        '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="7 minutes">' +
          '<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Paramita (Guha) Ghosh">',
      ),
    ).toEqual(['Paramita (Guha) Ghosh']);
    expect(authorsOf('<meta name="author" content="stephenlega">')).toEqual(['stephenlega']);
    expect(authorsOf('<meta name="author" content="adminn">')).toEqual([]);
  });

  it('lists every JSON-LD author and takes the JSON-LD image, made absolute', () => {
    const doc = docOf(
      ld(
        '{"@type":"NewsArticle","author":[{"name":"A. Writer"},{"name":"B. Editor"}],"image":[{"url":"/img/lead.jpg"}]}',
      ) +
        '<meta property="og:image" content="https://cdn.example.com/og.jpg"><meta property="og:type" content="article">',
      `<article><p>${'Words of the article body go on for a while here. '.repeat(20)}</p></article>`,
    );
    const result = extractArticle(doc, { url: 'https://news.example.com/story', now: NOW });
    expect(result.isArticle && [result.author, result.authors, result.leadImage]).toEqual([
      'A. Writer, B. Editor',
      ['A. Writer', 'B. Editor'],
      'https://news.example.com/img/lead.jpg',
    ]);
  });
});
