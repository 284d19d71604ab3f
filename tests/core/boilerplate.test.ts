import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../utils/core/extract/block-text';
import { removeBoilerplate } from '../../utils/core/extract/boilerplate';

const PAGE = { url: 'https://news.example.com/2025/07/ports-reopen', title: 'Ports reopen after strike' };
const PROSE =
  'Dockworkers returned to the cranes on Monday after a nine-day strike that stranded hundreds of containers, union leaders said, and shipping lines expect the backlog to clear within two weeks.';

/** The text left of `body` after the furniture pass. */
function cleaned(body: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="content">${body}</div></body></html>`);
  const content = document.getElementById('content') as unknown as Element;
  removeBoilerplate(content, PAGE);
  return blockText(content);
}

describe('removing furniture from an article body', () => {
  it('keeps the prose', () => {
    expect(cleaned(`<p>${PROSE}</p><h2>What comes next</h2><p>${PROSE}</p>`)).toBe(
      `${PROSE}\n\nWhat comes next\n\n${PROSE}`,
    );
  });

  it.each([
    ['a caption', '<figure><img src="a.jpg"><figcaption>Cranes at dawn. Photo: J. Doe</figcaption></figure>'],
    ['a share bar by its class', '<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>'],
    ['a share bar by its words', '<div>Whatsapp Facebook Pint Baixar</div>'],
    ['a newsletter box', '<div class="newsletterSignup"><p>Get our newsletter in your inbox every morning.</p></div>'],
    ['a dateline', '<p>Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM</p>'],
    ['a dateline in Portuguese', '<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p>'],
    ['a byline with its date', '<p>By Justine Coleman - 11/18/19 11:04 PM EST</p>'],
    ['a related-stories list', '<ul><li><a href="/2025/07/other-story">Another story from this site</a></li></ul>'],
    ['the headline repeated', '<h2>Ports reopen after strike</h2>'],
    ['the page’s own address', '<p>https://news.example.com/2025/07/ports-reopen</p>'],
    ['a gallery counter', '<p>Image 1 of / 8</p><p>6</p>'],
    ['a photo credit in parentheses', '<p>Dockworkers wait at the gate on Monday. (AP Photo/Jane Roe, File)</p>'],
    ['a copyright notice', '<p>© 2025 Example News. All rights reserved.</p>'],
  ])('drops %s', (_, furniture) => {
    expect(cleaned(`<p>${PROSE}</p>${furniture}`)).toBe(PROSE);
  });

  it('keeps a paragraph that links to another site (a source, not a teaser)', () => {
    const source =
      '<p><a href="https://www.ilo.org/report">The full report by the International Labour Organization</a></p>';
    expect(cleaned(`<p>${PROSE}</p>${source}`)).toContain('International Labour Organization');
  });

  it.each([
    'Updated figures released on Monday show growth of 5 percent in the second quarter.',
    'By 2030, emissions must fall by 45 percent, the panel said.',
    'The site uses cookies to follow readers across 40 other websites, the regulator found.',
  ])('keeps prose that only starts like a dateline, byline or notice: %s', (sentence) => {
    expect(cleaned(`<p>${PROSE}</p><p>${sentence}</p>`)).toContain(sentence);
  });

  it('keeps a sentence that merely mentions subscribers or sharing', () => {
    const sentence = '<p>The company continued to sign up subscribers and share its data with regulators.</p>';
    expect(cleaned(`<p>${PROSE}</p>${sentence}`)).toContain('continued to sign up subscribers');
  });

  it('never removes a wrapper that holds most of the article, whatever its class', () => {
    expect(cleaned(`<div class="article-share-wrapper"><p>${PROSE}</p><p>${PROSE}</p></div>`)).toBe(
      `${PROSE}\n\n${PROSE}`,
    );
  });
});
