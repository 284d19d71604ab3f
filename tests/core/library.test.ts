import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/core/extract/extract-article';
import { articleAddress, originPattern } from '../../utils/core/library/article-address';
import { diffClaims } from '../../utils/core/library/claim-diff';
import { comparableText } from '../../utils/core/library/comparable-text';
import {
  facets,
  filterLibrary,
  type LibraryQuery,
  prepareEntries,
  sortLibrary,
} from '../../utils/core/library/library-view';
import { compareCaptures } from '../../utils/core/library/revision';
import { asArticle, claimOf, copyEditSeed, reviseSeed, SEED, seedExpected } from '../helpers/fixtures';

const SEED_HTML = readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8');

/** The seed page as captured at `now`, after `edit` changed its HTML. */
function capture(now: string, edit: (html: string) => string = (html) => html) {
  const { document } = parseHTML(edit(SEED_HTML));
  return asArticle(extractArticle(document as unknown as Document, { url: seedExpected.url, now: new Date(now) }));
}

const claim = (text: string) => claimOf(text);

describe('the address a saved article is known by', () => {
  it('drops tracking parameters and the fragment, and keeps what picks the page', () => {
    expect(articleAddress('https://WWW.Example.com/post/a?utm_source=nl&id=7&fbclid=x&gclid=y&a=1#comments')).toBe(
      'https://www.example.com/post/a?a=1&id=7',
    );
    expect(articleAddress('https://example.com/post/a?utm_medium=email')).toBe('https://example.com/post/a');
    // Google's click id on links from its shopping and search results.
    expect(articleAddress('https://example.com/post/a?srsltid=AfmBOo1')).toBe('https://example.com/post/a');
  });

  it('prefers the canonical URL, resolved against the page', () => {
    expect(articleAddress('https://m.example.com/a?ref_src=tw', '/post/a')).toBe('https://m.example.com/post/a');
    expect(articleAddress('https://m.example.com/a', 'https://example.com/post/a')).toBe('https://example.com/post/a');
    expect(articleAddress('https://example.com/a', 'javascript:alert(1)')).toBe('https://example.com/a');
  });

  it('asks to watch the whole site, on any port, in a pattern both Chrome and Firefox match', () => {
    expect(originPattern('https://www.example.com/post/a?id=7')).toBe('https://www.example.com/*');
    expect(originPattern('http://127.0.0.1:8080/post/a')).toBe('http://127.0.0.1/*');
  });
});

describe('what counts as a change of text', () => {
  it('ignores quotes, dashes, punctuation and spacing, not words', () => {
    expect(comparableText('Hamas has responded “positively” — for now.')).toBe(
      comparableText('Hamas  has responded "positively" - for now'),
    );
    expect(comparableText('Hamas has responded positively.')).not.toBe(comparableText('Hamas has responded.'));
  });
});

describe('the difference between two versions’ claims', () => {
  it('matches claims by similarity: unchanged, changed, added and removed', () => {
    const before = [
      claim('The US has offered Israel security guarantees.'),
      claim('Hamas has responded “positively” to the latest proposal but is seeking amendments.'),
      claim('Hospitals in Gaza are struggling to cope with the influx of wounded.'),
    ];
    const after = [
      claim('The US has offered Israel security guarantees.'),
      claim('Hamas has rejected the latest proposal but is seeking amendments.'),
      claim('Egypt has opened the Rafah crossing for aid convoys.'),
    ];
    const diff = diffClaims(before, after);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0].before.text).toMatch(/^Hamas has responded/);
    expect(diff.changed[0].after.text).toMatch(/^Hamas has rejected/);
    expect(diff.added.map((c) => c.text)).toEqual(['Egypt has opened the Rafah crossing for aid convoys.']);
    expect(diff.removed.map((c) => c.text)).toEqual([
      'Hospitals in Gaza are struggling to cope with the influx of wounded.',
    ]);
    expect(diffClaims(before, after)).toEqual(diff);
  });
});

describe('a revisit of the seed article', () => {
  const saved = capture(seedExpected.capturedAt);

  it('is no new version the next day, when "3 days ago" has become "4 days ago"', () => {
    const nextDay = capture('2025-07-13T09:30:00Z', (html) =>
      html.replaceAll('4 days ago', '5 days ago').replaceAll('3 days ago', '4 days ago'),
    );
    expect(nextDay.updated?.iso).toBe(saved.updated?.iso);
    const revision = compareCaptures(saved, nextDay);
    expect(revision).toMatchObject({ textChanged: false, updatedMoved: false, isNewVersion: false });
    expect(revision.claims).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('is a new version when the article was updated and a paragraph edited, with the claim that changed', () => {
    const revised = capture('2025-07-13T09:30:00Z', reviseSeed);
    expect(revised.updated?.iso).toBe('2025-07-12');
    const revision = compareCaptures(saved, revised);
    expect(revision).toMatchObject({ textChanged: true, updatedMoved: true, isNewVersion: true });
    expect(revision.claims.changed).toHaveLength(1);
    expect(revision.claims.changed[0].after.text).toMatch(/^Hamas, for its part, has rejected the latest proposal/);
    expect(revision.claims.added).toEqual([]);
    expect(revision.claims.removed).toEqual([]);
    expect(revision.sections).toEqual({ added: [], removed: [] });
  });

  it('is substantive for a changed claim, and the claim change says why', () => {
    const revision = compareCaptures(saved, capture('2025-07-13T09:30:00Z', reviseSeed));
    expect(revision.substantive).toBe(true);
    expect(revision.claims.changed[0]).toMatchObject({ substantive: true, reason: { kind: 'quote' } });
  });

  it('is a copy-edit when only spelling and grammar changed, though the updated date moved', () => {
    const revision = compareCaptures(saved, capture('2025-07-13T09:30:00Z', copyEditSeed));
    expect(revision).toMatchObject({ isNewVersion: true, updatedMoved: true, substantive: false });
    expect(revision.claims.changed.map((c) => c.substantive)).toEqual([false, false]);
  });

  const paragraph = 'Qatar’s approach is marked by pragmatism and quiet persistence.';
  const addBefore = (html: string, what: string) =>
    html.replace(paragraph, `${what}</span></span></p><p><span><span>${paragraph}`);

  it('is substantive when a paragraph of new facts or a section is added', () => {
    const newFacts = capture(seedExpected.capturedAt, (html) =>
      addBefore(
        html,
        'Negotiators met again on Thursday in a hotel near the airport, and mediators described the mood as businesslike.',
      ),
    );
    expect(compareCaptures(saved, newFacts)).toMatchObject({
      substantive: true,
      claims: { added: [expect.anything()] },
    });
    const section = capture(seedExpected.capturedAt, (html) =>
      html.replace(paragraph, `</span></span></p><h2><span>Regional reactions</span></h2><p><span><span>${paragraph}`),
    );
    expect(compareCaptures(saved, section)).toMatchObject({
      substantive: true,
      sections: { added: ['Regional reactions'] },
    });
  });

  it('reads a section title only recapitalised or repunctuated as the same section', () => {
    const retitled = capture(seedExpected.capturedAt, (html) =>
      html.replace('Qatar’s Distinct Leverage', 'Qatar’s distinct leverage:'),
    );
    expect(compareCaptures(saved, retitled)).toMatchObject({
      sections: { added: [], removed: [] },
      substantive: false,
    });
  });

  it('is substantive when a figure changes outside the claims, in a line too short to be one', () => {
    const listed = (n: string) => (html: string) => addBefore(html, `Round ${n} of talks`);
    const before = capture(seedExpected.capturedAt, listed('7'));
    const revision = compareCaptures(before, capture(seedExpected.capturedAt, listed('8')));
    expect(revision).toMatchObject({ substantive: true, figures: { kind: 'figure', before: '7', after: '8' } });
    expect(revision.claims.changed).toEqual([]);
  });

  it('is no new version when only the typography changed', () => {
    const retypeset = capture(seedExpected.capturedAt, (html) => html.replaceAll('“', '"').replaceAll('”', '"'));
    expect(compareCaptures(saved, retypeset).isNewVersion).toBe(false);
  });
});

describe('searching and sorting the library list', () => {
  const row = (id: string, title: string, site: string, actors: string[], savedAt: string, updated: string | null) => ({
    entry: {
      id,
      address: `https://${site}/${id}`,
      title,
      site,
      savedAt,
      published: null,
      updated: updated ? ({ iso: updated, source: 'visible-text', precision: 'day' } as const) : null,
      versions: 1,
      seenVersions: 1,
      lastVersionAt: savedAt,
    },
    search: { actors, keyClaims: [`${title} is discussed here.`], words: `${id === 'a' ? 'ceasefire ' : ''}analysis` },
  });
  const rows = [
    row(
      'a',
      'Qatar and the United States',
      'polistratics.com',
      ['Qatar', 'Steve Witkoff'],
      '2025-07-12T09:00Z',
      '2025-07-09',
    ),
    row('b', 'Tariffs and trade', 'example.com', ['China', 'Donald Trump'], '2025-07-14T09:00Z', null),
    row(
      'c',
      'Zelenskiy in Brussels',
      'example.com',
      ['Volodymyr Zelenskiy', 'European Union'],
      '2025-07-13T09:00Z',
      '2025-07-15',
    ),
  ];
  const entries = rows.map((r) => r.entry);
  const prepared = prepareEntries(entries, new Map(rows.map((r) => [r.entry.id, r.search])));
  const query = (q: Partial<LibraryQuery>): LibraryQuery => ({
    text: '',
    site: null,
    actor: null,
    sort: 'saved',
    ...q,
  });
  const queryLibrary = (list: typeof prepared, q: LibraryQuery) => filterLibrary(sortLibrary(list, q.sort), q);
  const ids = (q: Partial<LibraryQuery>) => queryLibrary(prepared, query(q)).map((e) => e.id);

  it('searches titles only until the actors and claims have loaded', () => {
    const titlesOnly = prepareEntries(entries, new Map());
    expect(queryLibrary(titlesOnly, query({ text: 'witkoff' }))).toEqual([]);
    expect(queryLibrary(titlesOnly, query({ text: 'tariffs' })).map((e) => e.id)).toEqual(['b']);
  });

  it('finds by title, actor, claim or text words, ignoring case and accents, all words required', () => {
    expect(ids({ text: 'witkoff' })).toEqual(['a']);
    expect(ids({ text: 'ZELENSKIY brussels' })).toEqual(['c']);
    expect(ids({ text: 'trump qatar' })).toEqual([]);
    expect(ids({ text: 'ceasefire' })).toEqual(['a']);
  });

  it('filters by site and actor, and sorts by saved date or last update', () => {
    expect(ids({ site: 'example.com' })).toEqual(['b', 'c']);
    expect(ids({ actor: 'Qatar' })).toEqual(['a']);
    expect(ids({})).toEqual(['b', 'c', 'a']);
    expect(ids({ sort: 'updated' })).toEqual(['c', 'b', 'a']);
    expect(facets(prepared)).toEqual({
      sites: ['example.com', 'polistratics.com'],
      actors: ['China', 'Donald Trump', 'European Union', 'Qatar', 'Steve Witkoff', 'Volodymyr Zelenskiy'],
    });
  });
});
