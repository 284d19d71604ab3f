import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asArticle, extractFile } from '../helpers/fixtures';

const HOSTILE = fileURLToPath(new URL('../fixtures/hostile.html', import.meta.url));

describe('a page that tries to inject markup and script', () => {
  const load = async () => asArticle(await extractFile(HOSTILE, 'https://evil.example/post', '2025-07-12T09:30:00Z'));

  it('keeps markup in titles and sections as literal text', async () => {
    const article = await load();
    expect(article.sections.map((s) => s.title)).toEqual([
      'Section with <script>alert(1)</script> in its title',
      'Second section',
    ]);
    expect(article.author).toBe('<script>window.__pwned=1</script>Mallory');
  });

  it('writes HTML with no script, handler, frame or javascript: URL left in it', async () => {
    const { html } = await load();
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const elements = Array.from(document.body.querySelectorAll('*'));
    expect(elements.filter((el) => /^(script|iframe|object|embed|style)$/i.test(el.tagName))).toEqual([]);
    const attributes = elements.flatMap((el) => Array.from(el.attributes).map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^on|javascript:/i.test(a))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('javascript links');
  });

  it('leaves script text out of the plain text', async () => {
    const { text } = await load();
    expect(text).not.toContain('window.__pwned=1</script>');
    expect(text).toContain('javascript links, inline scripts and frames');
  });
});
