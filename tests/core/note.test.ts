import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/core/extract/extract-article';
import { compareCaptures, versionChanges } from '../../utils/core/library/revision';
import type { Version } from '../../utils/core/library/saved-article';
import { articleBody } from '../../utils/core/markdown/article-body';
import { articleNote, notArticleNote } from '../../utils/core/markdown/article-note';
import { escapeMarkdown } from '../../utils/core/markdown/escape';
import { DEFAULT_NOTE_OPTIONS, noteOptionsFrom, parseTags } from '../../utils/core/markdown/note-options';
import { textBody } from '../../utils/core/markdown/text-body';
import { textFragmentLinker } from '../../utils/core/markdown/text-fragment';
import type { Article } from '../../utils/core/types';
import { asArticle, copyEditSeed, reviseSeed, SEED, seedExpected } from '../helpers/fixtures';
import { allNodes, headingsOf, itemsOf, readNote, sectionOf, textOf } from '../helpers/markdown';

/** The capture time as the extension and the command line write it. */
const captured = new Date(seedExpected.capturedAt).toISOString();
const seedHtml = (page: string) => readFileSync(`${SEED}${page}`, 'utf8');
const extract = (html: string, now = captured): Article =>
  asArticle(
    extractArticle(parseHTML(html).document as unknown as Document, { url: seedExpected.url, now: new Date(now) }),
  );

/** The seed as the reader saved it, then revised: a day later, one claim rewritten. */
function revisedSeed() {
  const html = seedHtml('polistratics-relative-dates.html');
  const first = extract(html);
  const revised = extract(reviseSeed(html), '2025-07-13T08:00:00Z');
  const versions: Version[] = [
    { capturedAt: captured, published: first.published, updated: first.updated, changes: null },
    {
      capturedAt: '2025-07-13T08:00:00.000Z',
      published: revised.published,
      updated: revised.updated,
      changes: versionChanges(compareCaptures(first, revised)),
    },
  ];
  return { revised, versions };
}

describe.each(Object.keys(seedExpected.pages))('the seed note from %s', (page) => {
  const article = extract(seedHtml(page));
  const note = articleNote({ article, captured }, DEFAULT_NOTE_OPTIONS);

  it('is the note in tests/fixtures/notes (a real export, reviewed by hand)', async () => {
    await expect(note).toMatchFileSnapshot(`../fixtures/notes/${page.replace('.html', '.md')}`);
  });

  it('has the article’s properties for Obsidian', () => {
    const dates = seedExpected.pages[page] as { published: string; updated: string };
    expect(readNote(note).properties).toEqual({
      title: seedExpected.title,
      source: seedExpected.url,
      author: seedExpected.author,
      site: seedExpected.site,
      published: dates.published,
      updated: dates.updated,
      captured,
      reading_time: seedExpected.readingTimeMinutes,
      actors: article.actors.slice(0, 12).map((a) => a.name),
      tags: ['dossier'],
    });
  });

  it('reads as the title, a byline, the outline, key actors and key claims, and nothing else', () => {
    const { tree } = readNote(note);
    expect(headingsOf(tree)).toEqual([`1 ${seedExpected.title}`, '2 Outline', '2 Key actors', '2 Key claims']);
    expect(textOf(tree.children[1] as never)).toMatch(/^Team Polistratics · Polistratics · Published 2025-07-08 · /);
    const sections = sectionOf(tree, 'Outline')[0];
    expect(allNodes(sections as never).filter((n) => n.type === 'listItem').length).toBeGreaterThanOrEqual(
      seedExpected.sections.length,
    );
    // Nested as the article nests them: the numbered obstacles sit under their H2.
    expect(itemsOf(tree, 'Outline')).not.toContain('1. Israeli Military Objectives vs. Ceasefire Terms');
    expect(textOf(sections as never)).toContain('1. Israeli Military Objectives vs. Ceasefire Terms');
    expect(itemsOf(tree, 'Key actors')).toContain('Steve Witkoff — person, US envoy, 1 mention');
    const key = article.claims.filter((c) => c.key);
    expect(itemsOf(tree, 'Key claims')).toHaveLength(8);
    expect(itemsOf(tree, 'Key claims')[0]).toBe(`${key[0]?.text} ↗`);
    const kinds = new Set(allNodes(tree).map((n) => n.type));
    expect(kinds).not.toContain('html');
    expect(kinds).not.toContain('table');
  });

  it('links every claim to its sentence on the page', () => {
    const { tree } = readNote(note);
    const links = sectionOf(tree, 'Key claims').flatMap((n) => allNodes(n).filter((m) => m.type === 'link'));
    for (const [i, claim] of article.claims.filter((c) => c.key).entries()) {
      const link = links[i];
      expect(link?.type === 'link' && link.url).toBe(
        textFragmentLinker(seedExpected.url, `${article.title}\n${article.text}`)(claim.text),
      );
    }
  });
});

describe('the note’s options', () => {
  const article = extract(seedHtml('polistratics-relative-dates.html'));

  it('adds the full article as Markdown, its headings under "## Article", its lists as lists', () => {
    const note = articleNote(
      { article, captured, body: articleBody(article.html) },
      { ...DEFAULT_NOTE_OPTIONS, article: true },
    );
    const { tree } = readNote(note);
    const headings = headingsOf(tree);
    expect(headings.slice(4)).toEqual(['2 Article', ...article.sections.map((s) => `${s.level + 1} ${s.title}`)]);
    const body = sectionOf(tree, 'Article');
    expect(body.filter((n) => n.type === 'list').length).toBeGreaterThanOrEqual(5);
    expect(textOf({ type: 'root', children: body } as never)).toContain(
      'Qatar is one of the few states with both the credibility and access to communicate directly',
    );
  });

  it('leaves out what the reader turned off, and lists every claim when asked', () => {
    const note = articleNote(
      { article, captured },
      { ...DEFAULT_NOTE_OPTIONS, frontMatter: false, outline: false, actors: false, claims: 'all', claimLinks: false },
    );
    const { properties, tree } = readNote(note);
    expect(properties).toBeNull();
    expect(note.startsWith(`# ${seedExpected.title}`)).toBe(true);
    expect(headingsOf(tree)).toEqual([`1 ${seedExpected.title}`, '2 Claims']);
    expect(itemsOf(tree, 'Claims')).toHaveLength(article.claims.length);
    expect(allNodes(tree).filter((n) => n.type === 'link')).toHaveLength(1); // the source address only
    expect(
      headingsOf(readNote(articleNote({ article, captured }, { ...DEFAULT_NOTE_OPTIONS, claims: 'none' })).tree),
    ).not.toContain('2 Key claims');
  });

  it('lists what each update of a saved article changed, the old wording struck through', async () => {
    const { revised, versions } = revisedSeed();
    const note = articleNote(
      { article: revised, captured: versions[1]?.capturedAt as string, versions },
      DEFAULT_NOTE_OPTIONS,
    );
    await expect(note).toMatchFileSnapshot('../fixtures/notes/polistratics-revised.md');
    const { tree } = readNote(note);
    expect(headingsOf(tree).slice(-2)).toEqual(['2 Changes', '3 Captured 2025-07-13 (updated 2025-07-12)']);
    const changed = sectionOf(tree, 'Changes').flatMap((n) => allNodes(n).filter((m) => m.type === 'listItem'));
    expect(changed.map((n) => textOf(n))).toEqual([
      'Claim changed (the quoted words changed: responded “positively” to → rejected): Hamas, for its part, has responded “positively” to rejected the latest proposal but is seeking amendments that remain opaque.',
    ]);
    // The changed words are marked: the old ones struck, the new ones in bold.
    const marked = (type: string) =>
      sectionOf(tree, 'Changes').flatMap((n) =>
        allNodes(n)
          .filter((m) => m.type === type)
          .map((m) => textOf(m)),
      );
    expect(marked('delete')).toEqual(['responded “positively” to']);
    expect(marked('strong')).toEqual(['rejected']);
    // Without the option, or with no update yet, there is no such section.
    expect(
      articleNote({ article: revised, captured, versions }, { ...DEFAULT_NOTE_OPTIONS, changes: false }),
    ).not.toContain('## Changes');
    expect(
      articleNote({ article: revised, captured, versions: versions.slice(0, 1) }, DEFAULT_NOTE_OPTIONS),
    ).not.toContain('## Changes');
  });

  it('gives a copy-edit its line only: recorded, never listed as a change', () => {
    const { versions } = revisedSeed();
    const html = seedHtml('polistratics-relative-dates.html');
    const copyEdited = extract(copyEditSeed(html), '2025-07-13T08:00:00Z');
    const wording: Version = {
      capturedAt: '2025-07-13T08:00:00.000Z',
      published: copyEdited.published,
      updated: copyEdited.updated,
      changes: versionChanges(compareCaptures(extract(html), copyEdited)),
    };
    const note = articleNote({ article: copyEdited, captured, versions: [versions[0], wording] }, DEFAULT_NOTE_OPTIONS);
    const section = sectionOf(readNote(note).tree, 'Changes');
    expect(textOf({ type: 'root', children: section } as never)).toContain('Wording only (2 fixes).');
    expect(section.flatMap((n) => allNodes(n).filter((m) => m.type === 'listItem'))).toEqual([]);
  });

  it('converts tables (with or without a header row), struck text, code and links the GFM way', () => {
    const body = articleBody(
      '<table><tr><th>Country</th><th>Role</th></tr><tr><td>Qatar</td><td>mediator | host</td></tr></table>' +
        '<table><tr><td>a</td><td>b</td></tr></table>' +
        '<p><s>withdrawn</s> <a href="https://example.com/a_(b)">a link</a> <code>x*y</code></p>' +
        '<pre><code>line 1\n# not a heading</code></pre><ul><li>one<ul><li>two</li></ul></li></ul>',
    );
    const { tree } = readNote(body);
    const tables = tree.children.filter((n) => n.type === 'table');
    expect(tables).toHaveLength(2);
    expect(textOf(tables[0] as never)).toBe('CountryRoleQatarmediator | host');
    expect(textOf(tables[1] as never)).toBe('ab');
    const kinds = allNodes(tree).map((n) => n.type);
    expect(kinds).toEqual(expect.arrayContaining(['delete', 'link', 'inlineCode', 'code', 'list']));
    expect(kinds).not.toContain('heading');
    expect(kinds).not.toContain('html');
    const link = allNodes(tree).find((n) => n.type === 'link');
    expect(link?.type === 'link' && link.url).toBe('https://example.com/a_(b)');
  });

  it('writes a saved article’s text, which has no HTML, as paragraphs', () => {
    expect(textBody('Introduction\n\n# Not a heading\n\n| a | b |\n\n')).toBe(
      'Introduction\n\n\\# Not a heading\n\n\\| a \\| b \\|',
    );
  });

  it('reads settings defensively: a damaged value takes its default, tags are cleaned', () => {
    expect(noteOptionsFrom(undefined)).toEqual(DEFAULT_NOTE_OPTIONS);
    expect(noteOptionsFrom({ article: 'yes', claims: 'some', tags: ['#to read', 7, '2025', 'gaza/talks'] })).toEqual({
      ...DEFAULT_NOTE_OPTIONS,
      tags: ['to-read', 'gaza/talks'],
    });
    expect(parseTags('dossier, #to read,, gaza!, dossier')).toEqual(['dossier', 'to-read', 'gaza']);
  });
});

describe('a hostile page as a note', () => {
  it('keeps its markup, script and links as text, in the outline and in the full article alike', () => {
    const html = readFileSync(new URL('../fixtures/hostile.html', import.meta.url), 'utf8');
    const page = asArticle(
      extractArticle(parseHTML(html).document as unknown as Document, {
        url: 'https://example.com/hostile',
        now: new Date(captured),
      }),
    );
    const note = articleNote(
      { article: page, captured, body: articleBody(page.html) },
      { ...DEFAULT_NOTE_OPTIONS, article: true },
    );
    const { properties, tree } = readNote(note);
    expect(properties).toMatchObject({ title: page.title, site: page.site });
    const kinds = new Set(allNodes(tree).map((n) => n.type));
    expect(kinds).not.toContain('html');
    expect(kinds).not.toContain('code');
    expect(page.title).toBe('Breaking news <img src=x onerror="window.__pwned=1">');
    expect(headingsOf(tree)).toEqual([
      `1 ${page.title}`,
      '2 Outline',
      '2 Key actors',
      '2 Key claims',
      '2 Article',
      // The page's H1 is the note's title, so the article's text does not repeat it.
      '3 Section with <script>alert(1)</script> in its title',
      '3 Second section',
    ]);
    // The javascript: link is gone; its words are still there, as text.
    const links = allNodes(tree).filter((n) => n.type === 'link');
    expect(links.every((l) => l.type === 'link' && /^https:\/\/example\.com\/hostile/.test(l.url))).toBe(true);
    expect(textOf(tree)).toContain('Its paragraphs carry event handlers, javascript links, inline');
    expect(textOf(tree)).toContain('ampersands & quotes "like these"');
  });
});

describe('escaping', () => {
  it('keeps Markdown, HTML, Obsidian syntax and addresses as the text they are', () => {
    expect(escapeMarkdown('- dash')).toBe('\\- dash');
    expect(escapeMarkdown('2) two')).toBe('2\\) two');
    expect(escapeMarkdown('a_b|c`d')).toBe('a\\_b\\|c\\`d');
    expect(escapeMarkdown('AT&T &amp; <b>$5</b> ==hi== %%x%% ^id')).toBe(
      'AT&T \\&amp; \\<b\\>\\$5\\</b\\> =\\=hi=\\= %\\%x%\\% \\^id',
    );
    expect(escapeMarkdown('see https://x.org/a_b or www.y.org\n\n# next')).toBe(
      'see https\\://x.org/a\\_b or www\\.y.org \\# next',
    );
  });

  it('gives a page that is not an article a note that says why', () => {
    const note = notArticleNote(
      {
        isArticle: false,
        url: 'https://example.com/',
        title: 'Home | Shop',
        reason: 'This page has no article.',
        reasonKey: 'kind_listing',
      },
      captured,
      DEFAULT_NOTE_OPTIONS,
    );
    expect(readNote(note).properties).toEqual({
      title: 'Home | Shop',
      source: 'https://example.com/',
      captured,
      tags: ['dossier'],
    });
    expect(note).toContain(
      '# Home \\| Shop\n\n> Not an article: This page has no article.\n\n<https://example.com/>\n',
    );
  });
});

describe('links to a sentence on its page', () => {
  const url = 'https://example.com/a#top';
  it('gives a short sentence whole, with the syntax characters encoded', () => {
    expect(textFragmentLinker(url, '')('Hamas, for its part, has responded.')).toBe(
      'https://example.com/a#:~:text=Hamas%2C%20for%20its%20part%2C%20has%20responded.',
    );
  });

  it('gives a long one by its ends, the start long enough to occur once in the article', () => {
    const sentence =
      'Qatar and the United States, each wielding distinct but complementary forms of leverage, have brought the parties closer.';
    expect(textFragmentLinker(url, '')(sentence)).toBe(
      'https://example.com/a#:~:text=Qatar%20and%20the%20United%20States%2C,have%20brought%20the%20parties%20closer.',
    );
    // The title starts with the same five words: the start takes a sixth.
    const context = `Qatar and the United States, the twin engines\n${sentence}`;
    expect(textFragmentLinker(url, context)(sentence)).toBe(
      'https://example.com/a#:~:text=Qatar%20and%20the%20United%20States%2C%20each,have%20brought%20the%20parties%20closer.',
    );
  });
});
