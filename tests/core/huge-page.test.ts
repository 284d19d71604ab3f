import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/core/extract/extract-article';
import { MAX_ELEMENTS } from '../../utils/core/extract/pipeline';
import { englishReason } from '../helpers/i18n';

describe('a page too large to outline', () => {
  it('is refused with a sentence saying so, instead of freezing the reader’s tab', () => {
    const body = '<p>word</p>'.repeat(MAX_ELEMENTS + 1);
    const doc = parseHTML(`<!doctype html><html><head><title>Huge</title></head><body>${body}</body></html>`)
      .document as unknown as Document;
    const result = extractArticle(doc, { url: 'https://example.com/huge', now: new Date('2025-07-12T09:30:00Z') });
    expect(result).toMatchObject({ isArticle: false, title: 'Huge' });
    expect(!result.isArticle && result.reason).toMatch(/^This page is too large to outline \(150,00\d elements\)\.$/);
    expect(!result.isArticle && englishReason(result)).toBe(!result.isArticle && result.reason);
  });
});
