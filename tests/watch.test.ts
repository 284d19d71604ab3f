import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePage } from '../scripts/load-page';
import { extractArticle } from '../utils/core/extract/extract-article';
import { isDue } from '../utils/core/library/watch-schedule';
import { loadIndex, saveArticle } from '../utils/library-store';
import { checkWatched } from '../utils/watch';
import { asArticle, reviseSeed, SEED, seedExpected } from './helpers/fixtures';

const SEED_HTML = readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8');
const CAPTURED = new Date(seedExpected.capturedAt);
const REVISED = reviseSeed(SEED_HTML);

const HOUR = 3_600_000;
/** The parser page's work, in Node: linkedom for the browser's DOMParser. */
const read = async (html: string, url: string, now: Date) => extractArticle(parsePage(html), { url, now });
const capture = (published: string | null, savedAt: string, lastCheckedAt: string) => ({
  savedAt,
  lastCheckedAt,
  latest: { published: published ? ({ iso: published, source: 'json-ld', precision: 'day' } as const) : null },
});

describe('when a watched article is due for a check', () => {
  it('waits a quarter of the article’s age, at least an hour and at most a week', () => {
    const now = new Date('2025-07-12T12:00:00Z');
    // Four days old: checked again after a day.
    const fourDays = '2025-07-08T12:00:00Z';
    expect(isDue(capture(fourDays, '2025-07-10T00:00Z', '2025-07-11T13:00Z') as never, now)).toBe(false);
    expect(isDue(capture(fourDays, '2025-07-10T00:00Z', '2025-07-11T11:00Z') as never, now)).toBe(true);
    // Published two hours ago: not within the hour, then hourly.
    const twoHours = '2025-07-12T10:00:00Z';
    expect(isDue(capture(twoHours, '2025-07-12T10:00Z', '2025-07-12T11:30Z') as never, now)).toBe(false);
    expect(isDue(capture(twoHours, '2025-07-12T10:00Z', '2025-07-12T10:59Z') as never, now)).toBe(true);
    // Years old: weekly.
    const old = capture('2020-01-01', '2025-01-01T00:00Z', new Date(now.getTime() - 6 * 24 * HOUR).toISOString());
    expect(isDue(old as never, now)).toBe(false);
  });
});

describe('checking watched sites in the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    const { document } = parseHTML(SEED_HTML);
    const seed = asArticle(extractArticle(document as unknown as Document, { url: seedExpected.url, now: CAPTURED }));
    await saveArticle(seed, seedExpected.url, CAPTURED);
  });

  it('reads nothing on a site the reader did not allow', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const load = vi.fn();
    await expect(checkWatched(new Date('2025-07-20T00:00:00Z'), { load, read })).resolves.toEqual({
      checked: 0,
      updated: 0,
    });
    expect(load).not.toHaveBeenCalled();
  });

  it('records an update on an allowed site as a new version and counts it on the badge', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const load = vi.fn().mockResolvedValue(REVISED);
    const result = await checkWatched(new Date('2025-07-14T12:00:00Z'), { load, read });
    expect(load).toHaveBeenCalledWith(seedExpected.url);
    expect(result).toEqual({ checked: 1, updated: 1 });
    expect((await loadIndex()).entries[0]).toMatchObject({ versions: 2, seenVersions: 1 });
    expect(badge).toHaveBeenLastCalledWith({ text: '1' });
  });

  it('does not re-read an article that is not due, unless the reader asks', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const load = vi.fn().mockResolvedValue(SEED_HTML);
    const soon = new Date(CAPTURED.getTime() + 10 * 60_000);
    await expect(checkWatched(soon, { load, read })).resolves.toEqual({ checked: 0, updated: 0 });
    await expect(checkWatched(soon, { load, read, force: true })).resolves.toEqual({ checked: 1, updated: 0 });
  });
});
