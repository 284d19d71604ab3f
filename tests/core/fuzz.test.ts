import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/load-page';
import { NEWS } from '../helpers/fixtures';
import { EXTREME_PAGES, hostilePage } from '../helpers/hostile-html';
import { readPage } from '../helpers/read-page';

const context = { url: 'https://example.com/2025/07/post', now: new Date('2025-07-12T09:30:00Z') };

/** What the article's HTML may hold: the tags and attributes a reader's note and panel show, nothing else. */
const ALLOWED_TAGS = new Set(
  `p h1 h2 h3 h4 h5 h6 ul ol li blockquote pre code em strong b i u s sub sup br hr a img figure figcaption
  table thead tbody tr th td dl dt dd`.split(/\s+/),
);
const ALLOWED_ATTRIBUTE: Record<string, RegExp> = {
  'a href': /^(https?:|mailto:)/i,
  'img src': /^https?:/i,
  'img alt': /.*/s,
};

/** Every element and attribute of an article's HTML that the allowlist does not admit. */
function outsideAllowlist(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return Array.from(document.body.querySelectorAll('*')).flatMap((el) => {
    const tag = el.localName;
    if (!ALLOWED_TAGS.has(tag)) return [`<${tag}>`];
    return Array.from(el.attributes)
      .filter((attribute) => !ALLOWED_ATTRIBUTE[`${tag} ${attribute.name}`]?.test(attribute.value))
      .map((attribute) => `<${tag} ${attribute.name}="${attribute.value}">`);
  });
}

/** A page's markup that a Markdown viewer would render as HTML, if a note carried it unescaped (not `\<p`). */
const RAW_MARKUP = /(?<!\\)<\/?(script|style|iframe|img|a|svg|object|embed|form|input|template|div|p)\b/i;

/** Reads a page as the command line does; asserts what a reader would notice, whatever the page holds. */
function expectAnswered(html: string): void {
  const { result, note } = readPage(parsePage(html), context);
  if (result.isArticle) {
    expect(outsideAllowlist(result.html)).toEqual([]);
    expect(result.sections.every((section) => typeof section.title === 'string')).toBe(true);
  } else {
    expect(result.reason).toMatch(/\S/);
  }
  expect(note).not.toMatch(RAW_MARKUP);
}

/** A few of the news fixtures, to be cut short at random points. */
const realPages = readdirSync(`${NEWS}html`)
  .sort()
  .filter((_, index) => index % 30 === 0)
  .map((name) => gunzipSync(readFileSync(`${NEWS}html/${name}`)).toString('utf8'));

describe('pages broken, hostile or extreme', () => {
  // The time limits are hang guards, not benchmarks: `npm run bench:robust` measures the time.
  it.each(Object.entries(EXTREME_PAGES))('%s: gets an answer, never an exception', { timeout: 60_000 }, (_, html) => {
    expectAnswered(html);
  });

  it('random markup, broken JSON-LD and pages cut short never throw, and never leak markup into the article or the note', () => {
    fc.assert(
      fc.property(hostilePage(realPages), (html) => expectAnswered(html)),
      { seed: 20261207, numRuns: 300 },
    );
  }, 120_000);
});
