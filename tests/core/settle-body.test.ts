import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { settleBody } from '../../utils/core/extract/settle-body';

/** A page as the command line parses it, settled as a browser would have built it. */
const settled = (html: string) => settleBody(parseHTML(html).document as unknown as Document);

// The shapes below are those of real pages in WCXB's development split (0452, 2362, 0456).
describe('a parsed page in the shape a browser gives it', () => {
  it('makes the <html> element of a page that opens with <head>', () => {
    const doc = settled(
      '<!DOCTYPE html>\n<head><title>Vibe Coding</title></head>\n<body><p>Posted by David</p></body>',
    );
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.title).toBe('Vibe Coding');
    expect(doc.body.textContent).toBe('Posted by David');
  });

  it('moves a <style> written before <!DOCTYPE html> into the head', () => {
    const doc = settled(
      '<style>.x{display:none}</style>\n<!DOCTYPE html>\n<html><head><title>AI-Powered SEO</title></head><body><h1>AI-Powered SEO</h1></body></html>',
    );
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.title).toBe('AI-Powered SEO');
    expect(doc.head.querySelector('style')).not.toBeNull();
    expect(doc.body.querySelector('h1')?.textContent).toBe('AI-Powered SEO');
  });

  it('moves a <script> between </head> and <body> into the head, and text after </body> into the body', () => {
    const doc = settled('<html><head></head><script>var a;</script><body><p>One</p></body><p>Two</p></html>');
    expect(doc.head.querySelector('script')).not.toBeNull();
    expect(Array.from(doc.body.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['One', 'Two']);
  });
});
