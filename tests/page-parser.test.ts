import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const PAGE = { isArticle: false, url: 'https://example.com/a', title: null, reason: '', reasonKey: 'noMainText' };

/** Chrome's offscreen API, which WXT's fake browser lacks: a document that takes a moment to open. */
function fakeOffscreen() {
  let open = false;
  const createDocument = vi.fn(async () => {
    if (open) throw new Error('Only a single offscreen document may be created.');
    await new Promise((done) => setTimeout(done, 20));
    open = true;
  });
  const closeDocument = vi.fn(async () => {
    open = false;
  });
  Object.assign(fakeBrowser, { offscreen: { createDocument, closeDocument } });
  Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => (open ? [{}] : [])) });
  // The parser page answers only once it is open.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => (open ? PAGE : undefined)) as never);
  return { createDocument, closeDocument };
}

describe('the background’s parser page (Chrome’s offscreen document)', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.restoreAllMocks();
  });

  it('is created once for reads that arrive together, and asked only once it is ready', async () => {
    const { createDocument } = fakeOffscreen();
    const { readPage } = await import('../utils/page-parser');
    const now = new Date('2025-07-12T09:30:00Z');
    const answers = await Promise.all([1, 2, 3].map((n) => readPage(`<p>${n}</p>`, PAGE.url, now)));
    expect(answers).toEqual([PAGE, PAGE, PAGE]);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/parser.html', reasons: ['DOM_PARSER'] }),
    );
  });

  it('is not created again when a restarted background finds it open', async () => {
    const { createDocument } = fakeOffscreen();
    await (await import('../utils/page-parser')).readPage('<p>1</p>', PAGE.url, new Date());
    vi.resetModules();
    await (await import('../utils/page-parser')).readPage('<p>2</p>', PAGE.url, new Date());
    expect(createDocument).toHaveBeenCalledTimes(1);
  });

  it('is closed once no read has come for ten seconds, and opened again for the next', async () => {
    vi.useFakeTimers();
    const { createDocument, closeDocument } = fakeOffscreen();
    const { readPage } = await import('../utils/page-parser');
    const read = readPage('<p>1</p>', PAGE.url, new Date());
    await vi.advanceTimersByTimeAsync(50);
    await read;
    await vi.advanceTimersByTimeAsync(9_000);
    expect(closeDocument).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(closeDocument).toHaveBeenCalledTimes(1);
    const again = readPage('<p>2</p>', PAGE.url, new Date());
    await vi.advanceTimersByTimeAsync(50);
    await expect(again).resolves.toEqual(PAGE);
    expect(createDocument).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
