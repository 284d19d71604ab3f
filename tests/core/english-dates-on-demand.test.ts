import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { en } from 'chrono-node';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { extractPage } from '../../utils/core/extract/pipeline';
import { settleBody } from '../../utils/core/extract/settle-body';
import { FIXTURES } from '../helpers/fixtures';

// A WordPress post whose dates cannot be read without chrono's English.
const URL_ = 'https://budgettravelwithgabby.com/budget-travelers-guide-to-travel-insurance/';
const NOW = new Date('2026-01-01T00:00:00Z');
const html = gunzipSync(readFileSync(`${FIXTURES}platforms/wordpress--0071.html.gz`)).toString('utf8');
const load = () => settleBody(parseHTML(html).document as unknown as Document);

describe('chrono’s English, loaded only when a page’s dates need it', () => {
  it('stops a read that needs it, and the read goes on from its dates once it is there, as one read would', async () => {
    const whole = extractPage(load(), { url: URL_, now: NOW });
    // The extension's extractor: a fresh copy of the core, with no chrono language added.
    vi.resetModules();
    const fresh = await import('../../utils/core/extract/pipeline');
    const languages = await import('../../utils/core/dates/date-languages');
    const doc = load();
    const clone = vi.spyOn(doc, 'cloneNode');
    const memo = {};
    expect(() => fresh.extractPage(doc, { url: URL_, now: NOW, memo })).toThrow(languages.EnglishDatesMissing);
    languages.addDateLanguages({ en });
    const resumed = fresh.extractPage(doc, { url: URL_, now: NOW, memo });
    expect(resumed).toEqual(whole);
    // The clone and Readability's reading were made once, by the read that stopped.
    expect(clone).toHaveBeenCalledTimes(1);
  });

  it('reads a page whose dates the fast path reads without it', async () => {
    vi.resetModules();
    const fresh = await import('../../utils/core/extract/pipeline');
    const seed = parseHTML(readFileSync(`${FIXTURES}wix-seed/polistratics-relative-dates.html`, 'utf8'));
    const page = fresh.extractPage(seed.document as unknown as Document, { url: 'https://example.com/post', now: NOW });
    expect(page.isArticle && page.published).toMatchObject({ iso: expect.any(String) });
  });
});
