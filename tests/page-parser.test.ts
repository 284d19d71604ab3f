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
  Object.assign(fakeBrowser, { offscreen: { createDocument } });
  Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => (open ? [{}] : [])) });
  // The parser page answers only once it is open.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => (open ? PAGE : undefined)) as never);
  return createDocument;
}

describe('the background’s parser page (Chrome’s offscreen document)', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.restoreAllMocks();
  });

  it('is created once for reads that arrive together, and asked only once it is ready', async () => {
    const createDocument = fakeOffscreen();
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
    const createDocument = fakeOffscreen();
    await (await import('../utils/page-parser')).readPage('<p>1</p>', PAGE.url, new Date());
    vi.resetModules();
    await (await import('../utils/page-parser')).readPage('<p>2</p>', PAGE.url, new Date());
    expect(createDocument).toHaveBeenCalledTimes(1);
  });
});
