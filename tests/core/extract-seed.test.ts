import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../scripts/load-page';
import { extractArticle } from '../../utils/core/extract/extract-article';
import { asArticle, seedExpected as expected, extractFile, SEED } from '../helpers/fixtures';

describe.each(Object.entries(expected.pages))('the seed page %s', (page, dates) => {
  const load = async () => asArticle(await extractFile(`${SEED}${page}`, expected.url, expected.capturedAt));

  it('has the title, author, site and reading time the reader sees', async () => {
    const article = await load();
    expect(article.title).toBe(expected.title);
    expect(article.author).toBe(expected.author);
    expect(article.site).toBe(expected.site);
    expect(article.readingTimeMinutes).toBe(expected.readingTimeMinutes);
    expect(article.readingTimeSource).toBe('page');
    expect(article.canonicalUrl).toBe(expected.url);
    expect(article.language).toBe('en');
  });

  it('resolves published and updated dates to real dates', async () => {
    const article = await load();
    expect(article.published?.iso).toBe(dates.published);
    expect(article.updated?.iso).toBe(dates.updated);
    // JSON-LD gives instants; a page with only "4 days ago" gives days.
    const precision = dates.published.length > 10 ? 'instant' : 'day';
    expect(article.published?.precision).toBe(precision);
    expect(article.updated?.precision).toBe(precision);
  });

  it('outlines all sections in order with their levels', async () => {
    const article = await load();
    expect(article.sections.map((s) => s.title)).toEqual(expected.sections);
    const levels = Object.fromEntries(article.sections.map((s) => [s.title, s.level]));
    expect(levels.Introduction).toBe(2);
    expect(levels['1. Israeli Military Objectives vs. Ceasefire Terms']).toBe(3);
    expect(levels['The Latest Developments: A Critical Juncture']).toBe(2);
  });

  it('keeps the body and leaves out comments, related posts, share buttons, stats and footer', async () => {
    const article = await load();
    expect(article.text).toContain('Qatar is one of the few states with both the credibility and access');
    expect(article.text).toContain('The world should watch with hope, but also with eyes wide open.');
    expect(expected.exclude.filter((junk) => article.text.includes(junk))).toEqual([]);
    expect(article.text).not.toContain('112 views');
    expect(article.text).not.toContain('Trump and Netanyahu: What the White House Meeting Changed');
  });

  it('separates blocks, so words from adjacent paragraphs never run together', async () => {
    const article = await load();
    expect(article.text).toContain('Introduction\n\nIn the relentless churn');
    expect(article.wordCount).toBeGreaterThan(1300);
  });

  it('does not change the live page', async () => {
    const doc = await loadPage(`${SEED}${page}`);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: expected.url, now: new Date(expected.capturedAt) });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('relative dates on the seed page', () => {
  it('stay the same day when the page is read a day later ("5 days ago" is the same as "4 days ago" was)', async () => {
    const html = readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8')
      .replaceAll('4 days ago', '5 days ago')
      .replaceAll('3 days ago', '4 days ago');
    const doc = parseHTML(html).document as unknown as Document;
    const article = asArticle(extractArticle(doc, { url: expected.url, now: new Date('2025-07-13T09:30:00Z') }));
    expect(article.published?.iso).toBe('2025-07-08');
    expect(article.updated?.iso).toBe('2025-07-09');
  });
});
