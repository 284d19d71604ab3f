import { describe, expect, it } from 'vitest';
import { loadPage, parsePage } from '../../scripts/load-page';
import { extractPage } from '../../utils/core/extract/pipeline';
import { FIXTURES } from '../helpers/fixtures';

// The shapes below are those of real pages in WCXB's development split (0452, 2362, 0456).
describe('a parsed page in the shape a browser gives it', () => {
  it('makes the <html> element of a page that opens with <head>', () => {
    const doc = parsePage(
      '<!DOCTYPE html>\n<head><title>Vibe Coding</title></head>\n<body><p>Posted by David</p></body>',
    );
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.title).toBe('Vibe Coding');
    expect(doc.body.textContent).toBe('Posted by David');
  });

  it('moves a <style> written before <!DOCTYPE html> into the head', () => {
    const doc = parsePage(
      '<style>.x{display:none}</style>\n<!DOCTYPE html>\n<html><head><title>AI-Powered SEO</title></head><body><h1>AI-Powered SEO</h1></body></html>',
    );
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.title).toBe('AI-Powered SEO');
    expect(doc.head.querySelector('style')).not.toBeNull();
    expect(doc.body.querySelector('h1')?.textContent).toBe('AI-Powered SEO');
  });

  it('moves a <script> between </head> and <body> into the head, and text after </body> into the body', () => {
    const doc = parsePage('<html><head></head><script>var a;</script><body><p>One</p></body><p>Two</p></html>');
    expect(doc.head.querySelector('script')).not.toBeNull();
    expect(Array.from(doc.body.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['One', 'Two']);
  });

  it('ends the head at the first element a head does not hold, and moves it and what follows into the body', () => {
    const doc = parsePage(
      '<html><head><title>Dental Care</title><div class="notice"><p>We are open.</p></div><style>p{}</style></head><body><p>Our dentists</p></body></html>',
    );
    expect(doc.title).toBe('Dental Care');
    expect(doc.head.querySelector('div, p, style')).toBeNull();
    expect(Array.from(doc.body.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
      'We are open.',
      'Our dentists',
    ]);
  });

  it('reads a real page whose text is written inside <head> as a browser does (Readability threw on it)', async () => {
    const doc = await loadPage(`${FIXTURES}identity/0135.html.gz`);
    const page = extractPage(doc, {
      url: 'https://onehealthohio.org/dental-care/',
      now: new Date('2026-01-20T00:00:00Z'),
      outlineAnyway: true,
    });
    expect(page).toMatchObject({ isArticle: true, title: 'ONE Health Ohio Centers that Offer Dental' });
    expect(page.isArticle && page.text).toMatch(/Dental services are available for adults and children/);
  });

  it('gives an empty file, and a page with no <body> tag, the body a browser makes', () => {
    for (const html of ['', '<!doctype html>', '<!-- nothing -->']) {
      const doc = parsePage(html);
      expect([doc.documentElement.localName, doc.head.localName, doc.body.localName]).toEqual(['html', 'head', 'body']);
    }
    const bare = parsePage('<title>Notes</title><p>First</p><script>x()</script><p>Second</p>');
    expect(bare.title).toBe('Notes');
    expect(bare.body.textContent).toBe('Firstx()Second');
  });

  it('nests no element deeper than a browser does (512), keeping every text in order', () => {
    const doc = parsePage(
      `<html><body>${'<div>'.repeat(2000)}<p>deep</p>${'</div>'.repeat(2000)}<p>after</p></body></html>`,
    );
    const depth = (el: Element | null): number => (el ? 1 + depth(el.parentElement) : 0);
    expect(Math.max(...Array.from(doc.querySelectorAll('*')).map(depth))).toBe(512);
    expect(doc.body.textContent).toBe('deepafter');
  });
});
