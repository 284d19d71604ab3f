import { describe, expect, it } from 'vitest';
import { loadPage } from '../../scripts/load-page';
import { extractPage } from '../../utils/core/extract/pipeline';
import { FIXTURES } from '../helpers/fixtures';

const NOW = new Date('2026-03-20T00:00:00Z');

/** The header a reader sees in the popup for a real page: title, authors, publication day. */
async function header(id: string, url: string) {
  const page = extractPage(await loadPage(`${FIXTURES}identity/${id}.html.gz`), { url, now: NOW });
  if (!page.isArticle) throw new Error(`${id} was refused: ${page.reason}`);
  return { title: page.title, authors: page.authors, day: page.published?.iso.slice(0, 10) ?? null };
}

describe('the header of article pages read from their markup as a browser would', () => {
  it('finds the article of a page whose <script> stands between </head> and <body>', async () => {
    expect(
      await header(
        '0456',
        'https://www.businessweekly.co.uk/posts/human-input-crucial-to-maximise-effectiveness-of-ai-says-new-research',
      ),
    ).toEqual({
      title: 'Human input crucial to maximise effectiveness of AI, says new research',
      authors: ['Newsdesk'],
      day: '2025-12-19',
    });
  });

  it('reads the unlabelled day beside the authors’ names of an author card', async () => {
    expect(await header('0233', 'https://shakuro.com/blog/how-apps-are-made-guide-to-mobile-app-development')).toEqual({
      title: 'How Are Mobile Apps Created? A Complete 2025 Guide to Mobile Apps Development, Design, and Launch',
      authors: ['Moses Kim', 'Kate Shokurova'],
      day: '2024-04-08',
    });
  });

  it('reads the headline and date of a section whose class names a menu it sits under', async () => {
    const found = await header('4010', 'https://getfreewrite.com/blogs/articles/75-percent-mechanical-keyboard');
    expect(found.title).toBe('The Best 75% Mechanical Keyboards to Buy in 2025');
    expect(found.day).toBe('2025-06-10');
  });

  it('takes the name out of a dateline byline ("Dec. 19, 2025 · Niko Matsakis on behalf of …")', async () => {
    const found = await header('0379', 'https://blog.rust-lang.org/2025/12/19/what-do-people-love-about-rust/');
    expect(found.authors).toEqual(['Niko Matsakis']);
    expect(found.day).toBe('2025-12-19');
  });

  it('takes the name out of a byline whose date follows on the next line ("Andrew Gerrand<br>4 August 2010")', async () => {
    expect(await header('2862', 'https://go.dev/blog/defer-panic-and-recover')).toEqual({
      title: 'Defer, Panic, and Recover',
      authors: ['Andrew Gerrand'],
      day: '2010-08-04',
    });
  });

  it('never takes a reviewer’s name for the author: reviews written as <article> are not the page’s article', async () => {
    const doc = await loadPage(`${FIXTURES}kinds/product--4050.html.gz`);
    const url = 'https://www.drinco.com/stainless-steel-double-wall-vacuum-insulated-water-bottle';
    const page = extractPage(doc, { url, now: NOW, outlineAnyway: true });
    expect(page.isArticle && page.authors).toEqual([]);
  });

  it.each([
    [
      '4416',
      'https://www.tigerdata.com/blog/best-practices-for-query-optimization-in-postgresql',
      'The demands of modern applications',
    ],
    [
      '4486',
      'https://www.texasmattressmakers.com/blog/what-is-best-mattress-side-sleepers/',
      'If you sleep on your side',
    ],
  ])(
    'outlines %s, where Readability finds next to nothing, from the block that holds its paragraphs',
    async (id, url, opening) => {
      const page = extractPage(await loadPage(`${FIXTURES}identity/${id}.html.gz`), {
        url,
        now: NOW,
        outlineAnyway: true,
      });
      expect(page.isArticle && page.wordCount).toBeGreaterThan(1000);
      expect(page.isArticle && page.text).toMatch(new RegExp(`^${opening}`));
    },
  );

  it.each([
    [
      '4705',
      'https://www.chicagobotanic.org/plant-information/smart-gardener/denizens-dark-indoor-plants-low-light-spaces',
      'Palms',
      'Nina Koziol is a garden writer and horticulturist',
    ],
    [
      '4255',
      'https://gurussolutions.com/crm-comparison-chart',
      'Mobile Access',
      'Enables access to CRM data and tasks from anywhere',
    ],
  ])(
    'outlines all of %s, whose sections sit in blocks of their own, not only the one Readability keeps',
    async (id, url, lastSection, lastWords) => {
      const page = extractPage(await loadPage(`${FIXTURES}identity/${id}.html.gz`), { url, now: NOW });
      if (!page.isArticle) throw new Error(`${id} was refused: ${page.reason}`);
      expect(page.sections.at(-1)?.title).toBe(lastSection);
      expect(page.text).toContain(lastWords);
      expect(page.text).not.toMatch(/privacy policy|all rights reserved/i);
    },
  );

  it('reads a page with no <html> element as a browser does, byline and all', async () => {
    expect(await header('0452', 'https://davidbau.com/archives/2025/12/16/vibe_coding.html')).toMatchObject({
      authors: ['David'],
      day: '2025-12-16',
    });
  });

  it('takes "Last updated March 3, 2025 by Erik Demaine." for the writer and an update, not the publication day', async () => {
    const page = extractPage(await loadPage(`${FIXTURES}identity/0406.html.gz`), {
      url: 'https://erikdemaine.org/foldcut',
      now: NOW,
    });
    if (!page.isArticle) throw new Error(`0406 was refused: ${page.reason}`);
    expect(page.authors).toEqual(['Erik Demaine']);
    expect(page.published).toBeNull();
    expect(page.updated?.iso).toBe('2025-03-03');
  });
});
