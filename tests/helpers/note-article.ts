import type { Article } from '../../utils/core/types';

/** An article with the seed's address and dates, and whatever else a test gives it. */
export function articleOf(fields: Partial<Article>): Article {
  return {
    isArticle: true,
    url: 'https://example.com/post/a?utm_source=x',
    canonicalUrl: 'https://example.com/post/a',
    title: 'A title',
    author: null,
    authors: [],
    site: null,
    published: { iso: '2025-07-08', source: 'visible-text', precision: 'day' },
    updated: null,
    readingTimeMinutes: 6,
    readingTimeSource: 'page',
    language: 'en',
    leadImage: null,
    wordCount: 1200,
    text: '',
    html: '',
    sections: [],
    actors: [],
    claims: [],
    ...fields,
  };
}
