import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractPage } from '../utils/core/extract/pipeline';
import { withAnalysis } from '../utils/core/outline/analyse-article';
import type { ExtractResponse } from '../utils/messages';
import { type OutlineState, outlineTab } from '../utils/outline-tab';
import { SEED, seedExpected } from './helpers/fixtures';

const NOW = new Date('2025-07-12T09:30:00Z');
/** The analysis where the tests run: in this process, as the popup runs it. */
const ANALYSER = { analyse: async (page: Parameters<typeof withAnalysis>[0]) => withAnalysis(page) };

/** Opens a tab in the fake browser and makes the extractor answer `response` (or throw). */
async function tabAnswering(url: string, answer: () => Promise<ExtractResponse>) {
  const tab = await fakeBrowser.tabs.create({ url });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { files?: string[] }) =>
    injection.files ? [{ frameId: 0, result: await answer() }] : [{ frameId: 0, result: undefined }]) as never);
  return String(tab.id);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('outlining a tab from the popup', () => {
  it('refuses the browser’s own pages without injecting anything', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    await expect(outlineTab(String(tab.id), NOW, ANALYSER)).resolves.toMatchObject({ kind: 'restricted' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('turns a refused injection into a restricted-page sentence', async () => {
    const tab = await tabAnswering('https://example.com/', () =>
      Promise.reject(new Error('Cannot access contents of the page.')),
    );
    await expect(outlineTab(tab, NOW, ANALYSER)).resolves.toEqual({
      kind: 'restricted',
      reason: 'The browser does not let extensions read this page.',
    });
  });

  it('passes the capture time to the extractor and shows its article', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/post' });
    const answer = {
      isArticle: false,
      url: 'https://example.com/post',
      title: null,
      reason: 'This page has too little running text to outline (12 words); it does not look like an article.',
      reasonKey: 'tooShort',
      reasonArgs: [12],
    };
    const injected = [{ frameId: 0, result: { ok: true, result: answer } }];
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(injected as never);
    await expect(outlineTab(String(tab.id), NOW, ANALYSER)).resolves.toEqual({
      kind: 'not-article',
      reason: 'This page has too little running text to outline (12 words); it does not look like an article.',
      outlineAnyway: false,
    });
    expect(inject.mock.calls[0][0]).toMatchObject({ args: ['__dossierExtractRequest', { now: NOW.toISOString() }] });
    expect(inject.mock.calls[1][0]).toMatchObject({ files: ['/extract.js'] });
  });

  it('shows the outline as soon as the page is read, then the article with its actors and claims', async () => {
    const { document } = parseHTML(readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8'));
    const page = extractPage(document as unknown as Document, { url: seedExpected.url, now: NOW });
    const tab = await tabAnswering(seedExpected.url, async () => ({ ok: true, result: page }));
    const heard: OutlineState[] = [];
    const final = await outlineTab(tab, NOW, { ...ANALYSER, onOutline: (state) => heard.push(state) });
    expect(heard.map((state) => state.kind)).toEqual(['outline']);
    expect(heard[0]).toMatchObject({
      page: { title: seedExpected.title, sections: page.isArticle ? page.sections : [] },
    });
    expect(final.kind === 'article' && final.article.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(['Qatar', 'Hamas']),
    );
  });

  it('injects chrono’s other languages only into a page that needs them, then reads it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.de/artikel' });
    const answer = {
      isArticle: false,
      url: 'https://example.de/artikel',
      title: null,
      reason: '',
      reasonKey: 'noMainText',
    };
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
      files?: string[];
    }) => {
      if (!injection.files) return [{ frameId: 0, result: undefined }];
      const ready = injection.files.includes('/date-languages.js');
      return [{ frameId: 0, result: ready ? { ok: true, result: answer } : { ok: false, kind: 'needs-dates' } }];
    }) as never);
    await expect(outlineTab(String(tab.id), NOW, ANALYSER)).resolves.toMatchObject({ kind: 'not-article' });
    expect(inject.mock.calls.map(([injection]) => (injection as { files?: string[] }).files)).toEqual([
      undefined,
      ['/extract.js'],
      ['/date-languages.js', '/extract.js'],
    ]);
  });

  it('names a PDF as a PDF', async () => {
    const tab = await tabAnswering('https://example.com/report.pdf', async () => ({
      ok: false,
      kind: 'unsupported',
      contentType: 'application/pdf',
    }));
    await expect(outlineTab(tab, NOW, ANALYSER)).resolves.toMatchObject({
      kind: 'restricted',
      reason: expect.stringMatching(/PDF/),
    });
  });

  it('gives up on a page that never answers, with a sentence instead of an endless spinner', async () => {
    vi.useFakeTimers();
    const tab = await tabAnswering('https://example.com/busy', () => new Promise<never>(() => {}));
    const state = outlineTab(tab, NOW, ANALYSER);
    await vi.advanceTimersByTimeAsync(20_000);
    await expect(state).resolves.toMatchObject({ kind: 'error', reason: expect.stringMatching(/too long/) });
  });

  it('treats a malformed answer as an error, not an article', async () => {
    const tab = await tabAnswering('https://example.com/odd', async () => ({ nonsense: true }) as never);
    await expect(outlineTab(tab, NOW, ANALYSER)).resolves.toMatchObject({ kind: 'error' });
  });
});
