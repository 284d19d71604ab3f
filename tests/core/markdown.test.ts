import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../utils/core/markdown/escape';
import { outlineToMarkdown } from '../../utils/core/markdown/outline-markdown';
import type { Article } from '../../utils/core/types';

const article: Article = {
  isArticle: true,
  url: 'https://example.com/a',
  canonicalUrl: 'https://example.com/a',
  title: 'Tariffs *and* [trade]',
  author: 'A. Writer',
  authors: ['A. Writer'],
  site: 'Example',
  published: { iso: '2025-07-08T06:12:00.000Z', source: 'json-ld', precision: 'instant' },
  updated: null,
  readingTimeMinutes: 4,
  readingTimeSource: 'word-count',
  language: 'en',
  leadImage: null,
  wordCount: 900,
  text: '',
  html: '',
  sections: [
    { level: 2, title: 'Background', points: ['Tariffs', 'Quotas_and_caps'] },
    { level: 4, title: '1. A skipped level', points: [] },
    { level: 2, title: '# Not a heading', points: [] },
  ],
  actors: [],
  claims: [],
};

describe('the outline as Markdown', () => {
  it('has the title, byline with ISO dates, link, and sections nested with their points', () => {
    expect(outlineToMarkdown(article)).toBe(
      `${[
        '# Tariffs \\*and\\* \\[trade\\]',
        'A. Writer · Example · Published 2025-07-08 · 4 min read',
        '<https://example.com/a>',
        '## Outline',
        '- Background\n  - _Tariffs_\n  - _Quotas\\_and\\_caps_\n  - 1\\. A skipped level\n- \\# Not a heading',
        '## Key actors',
        '_No actors found._',
        '## Key claims',
        '_No claims found._',
      ].join('\n\n')}\n`,
    );
  });

  it('says why a page is not an article', () => {
    const md = outlineToMarkdown({
      isArticle: false,
      url: 'https://example.com/',
      title: 'Home',
      reason: 'No article here.',
    });
    expect(md).toContain('> Not an article: No article here.');
  });

  it('keeps list markers and emphasis inert', () => {
    expect(escapeMarkdown('- dash')).toBe('\\- dash');
    expect(escapeMarkdown('2) two')).toBe('2\\) two');
    expect(escapeMarkdown('a_b|c`d')).toBe('a\\_b\\|c\\`d');
  });
});
