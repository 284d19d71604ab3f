import { describe, expect, it } from 'vitest';
import { scorePage } from '../../scripts/bench/shingle-metric';
import { loadPage } from '../../scripts/load-page';
import { extractArticle } from '../../utils/core/extract/extract-article';
import { asArticle, extractFile, readJson, WIX } from '../helpers/fixtures';

interface PageExpected {
  capturedAt: string;
  /** The day the post shows, where WCXB's ground truth gives its JSON-LD instant's UTC day. */
  publishedDay?: string;
  site: string;
  updatedAt: string | null;
  readingTimeMinutes: number;
  sections: Array<[number, string]>;
}
interface GroundTruth {
  url: string;
  ground_truth: {
    title: string;
    author: string;
    publish_date: string;
    main_content: string;
    with: string[];
    without: string[];
  };
}

const expected = readJson<{ pages: Record<string, PageExpected> }>(
  new URL('../fixtures/wix-bench-expected.json', import.meta.url).pathname,
);

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe.each(Object.entries(expected.pages))('the Wix post %s', (id, page) => {
  const truth = readJson<GroundTruth>(`${WIX}${id}.ground-truth.json`);
  const gt = truth.ground_truth;
  const load = async () => asArticle(await extractFile(`${WIX}${id}.html.gz`, truth.url, page.capturedAt));

  it('has the ground truth title, author and publish date, to the JSON-LD instant or the day the post shows', async () => {
    const article = await load();
    expect(article.title).toBe(gt.title);
    expect(article.author).toBe(gt.author);
    if (page.publishedDay) expect(article.published).toMatchObject({ iso: page.publishedDay, precision: 'day' });
    else {
      expect(article.published?.iso.slice(0, 10)).toBe(gt.publish_date);
      expect(article.published).toMatchObject({ source: 'json-ld', precision: 'instant' });
    }
  });

  it('has the site, updated date, reading time and sections the page shows', async () => {
    const article = await load();
    expect(article.site).toBe(page.site);
    expect(article.updated?.iso ?? null).toBe(page.updatedAt);
    expect(article.readingTimeMinutes).toBe(page.readingTimeMinutes);
    expect(article.sections.map((s) => [s.level, s.title])).toEqual(page.sections);
  });

  it('keeps every ground-truth snippet and none of the page furniture', async () => {
    const text = squash((await load()).text);
    const missing = gt.with.filter((snippet) => !text.includes(squash(snippet)));
    const leaked = [...gt.without, 'Recent Posts', 'See All', 'Log In', 'Share via'].filter((snippet) =>
      text.includes(snippet),
    );
    expect(missing).toEqual([]);
    expect(leaked).toEqual([]);
    expect(text).not.toMatch(/\b\d+ (views|comments)\b/);
  });

  it('has the body text of the ground truth, shingle F1 at least 0.98', async () => {
    const score = scorePage(gt.main_content, (await load()).text);
    const precision = score.tp / (score.tp + score.fp);
    const recall = score.tp / (score.tp + score.fn);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.98);
  });
});

describe('Wix posts without JSON-LD (visible dates only)', () => {
  /** The page as its visible text alone dates it: JSON-LD and article meta removed. */
  async function visibleOnly(id: string, now: string) {
    const doc = await loadPage(`${WIX}${id}.html.gz`);
    for (const el of Array.from(
      doc.querySelectorAll('script[type="application/ld+json"], meta[property^="article:"]'),
    )) {
      el.remove();
    }
    return asArticle(extractArticle(doc, { url: 'https://example.com/post/x', now: new Date(now) }));
  }

  it('reads "Jan 4" as published and "Updated: Sep 19" as updated, never the other way round', async () => {
    const article = await visibleOnly('wcxb-dev-1781', '2025-12-20T00:00:00Z');
    expect(article.published).toEqual({ iso: '2025-01-04', source: 'visible-text', precision: 'day' });
    expect(article.updated).toEqual({ iso: '2025-09-19', source: 'visible-text', precision: 'day' });
  });

  it('never puts a date without a year after the capture time', async () => {
    // Read in early January 2026, "Sep 19" is last September, not next.
    const article = await visibleOnly('wcxb-dev-1781', '2026-01-02T00:00:00Z');
    expect(article.published?.iso).toBe('2025-01-04');
    expect(article.updated?.iso).toBe('2025-09-19');
  });

  it('takes a full visible date with its year', async () => {
    const article = await visibleOnly('wcxb-dev-0024', '2025-12-20T00:00:00Z');
    expect(article.published?.iso).toBe('2022-09-26');
    expect(article.updated).toBeNull();
  });
});

describe('a Wix page that is not a blog post', () => {
  it('is reported as not an article, with a reason a reader understands', async () => {
    const result = await extractFile(
      `${WIX}wcxb-test-4953-NONBLOG.html.gz`,
      'https://www.monroelandscapingny.com/',
      '2025-12-20T00:00:00Z',
    );
    expect(result.isArticle).toBe(false);
    if (!result.isArticle) expect(result.reason).toMatch(/not an article/);
  });
});

describe('a 2022 Wix post (older markup, in German)', () => {
  const file = `${WIX}trafilatura-strive-magazin.de.dating.html`;
  const url = 'https://www.strive-magazine.de/post/das-dating-dilemma-erfolgreicher-frauen';

  const truth = readJson<
    Record<string, { title: string; author: string; date: string; with: string[]; without: string[] }>
  >(`${WIX}trafilatura-strive-magazin.de.dating.evaldata.json`)[url];

  it('has trafilatura’s ground truth title, author, date and snippets', async () => {
    const article = asArticle(await extractFile(file, url, '2024-06-04T00:00:00Z'));
    expect([article.title, article.author, article.published?.iso.slice(0, 10)]).toEqual([
      truth.title,
      truth.author,
      truth.date,
    ]);
    expect(article.language).toBe('de');
    expect(article.readingTimeSource).toBe('word-count');
    expect(truth.with.filter((snippet) => !article.text.includes(snippet))).toEqual([]);
    expect(truth.without.filter((snippet) => article.text.includes(snippet))).toEqual([]);
  });

  it('does not change the live page', async () => {
    const doc = await loadPage(file);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url, now: new Date('2024-06-04T00:00:00Z') });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
