/**
 * Whatever a page's strings hold, the exported note keeps its shape: the front matter reads
 * back with a YAML parser to exactly the values written, and the Markdown parses (CommonMark +
 * GFM, as Obsidian and GitHub read it) into the headings, lists and links intended, with no
 * text turned into a heading, table, HTML, code or quote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleNote } from '../../utils/core/markdown/article-note';
import { oneLine } from '../../utils/core/markdown/escape';
import { DEFAULT_NOTE_OPTIONS } from '../../utils/core/markdown/note-options';
import { textFragmentLinker } from '../../utils/core/markdown/text-fragment';
import type { Actor, Claim } from '../../utils/core/types';
import { allNodes, headingsOf, itemsOf, readNote, sectionOf, textOf } from '../helpers/markdown';
import { articleOf } from '../helpers/note-article';

/** Pieces of Markdown, YAML, HTML and Obsidian syntax, and text from other scripts. */
const PIECES = [
  '#',
  '# ',
  '*',
  '**',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '|',
  '`',
  '```',
  '~',
  '~~',
  '-',
  '- ',
  '---',
  '+',
  '=',
  '==',
  '%%',
  '$',
  '^',
  '\\',
  '<',
  '>',
  '<b>',
  '<!--',
  '&',
  '&amp;',
  '&#35;',
  '1.',
  '2)',
  ':',
  ': ',
  '"',
  "'",
  '{',
  '}',
  '@',
  '?',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '    ',
  '\u00a0',
  '\u2028',
  '\0',
  'www.a.com',
  'http://x.y/z_',
  '_@1.org',
  'mailto:a_b@x.org',
  'a',
  'Qatar',
  'حماس',
  'שלום',
  '🕊️',
  '👩🏽‍⚖️',
  'é',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join('')),
);

const actor = fc.record({ name: text, role: fc.option(text), mentions: fc.integer({ min: 1, max: 50 }) });
const claim = fc.record({ text, source: fc.option(text), hedgeCues: fc.array(text, { maxLength: 2 }) });
const section = fc.record({ title: text, points: fc.array(text, { maxLength: 3 }) });

const input = fc.record({
  title: text,
  author: fc.option(text),
  site: fc.option(text),
  sections: fc.array(section, { maxLength: 4 }),
  actors: fc.array(actor, { maxLength: 5 }),
  claims: fc.array(claim, { minLength: 1, maxLength: 5 }),
  tags: fc.array(fc.constantFrom('dossier', 'to-read', 'gaza/ceasefire'), { maxLength: 2 }),
});

/** Built by the generator, so a failing case prints as something a person can read. */
type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function noteFor(value: Input) {
  const actors: Actor[] = value.actors.map((a) => ({ ...a, kind: 'person', aliases: [], salience: a.mentions }));
  const claims: Claim[] = value.claims.map((c) => ({
    ...c,
    section: null,
    actors: [],
    hedged: c.hedgeCues.length > 0,
    quote: false,
    number: false,
    key: true,
  }));
  const article = articleOf({
    title: value.title,
    author: value.author,
    site: value.site,
    sections: value.sections.map((s) => ({ ...s, level: 2 })),
    actors,
    claims,
  });
  const options = { ...DEFAULT_NOTE_OPTIONS, tags: value.tags };
  return { article, actors, claims, note: articleNote({ article, captured: '2025-07-12T09:30:00.000Z' }, options) };
}

const filled = (s: string) => oneLine(s) !== '';

describe('a note holds any text', () => {
  it('reads its front matter back to exactly the values written', () => {
    fc.assert(
      fc.property(input, (value) => {
        const { article, note } = noteFor(value);
        const { properties } = readNote(note);
        expect(properties).toEqual({
          title: value.title,
          source: article.canonicalUrl,
          ...(value.author === null ? {} : { author: value.author }),
          ...(value.site === null ? {} : { site: value.site }),
          published: '2025-07-08',
          captured: '2025-07-12T09:30:00.000Z',
          reading_time: 6,
          actors: value.actors.map((a) => a.name).filter(filled),
          tags: value.tags,
        });
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('parses into the intended headings, lists and links, and nothing else', () => {
    fc.assert(
      fc.property(input, (value) => {
        const { article, actors, claims, note } = noteFor(value);
        const { tree } = readNote(note);
        expect(headingsOf(tree)).toEqual([
          `1 ${oneLine(value.title) || 'Untitled'}`,
          '2 Outline',
          '2 Key actors',
          '2 Key claims',
        ]);
        const kinds = new Set(allNodes(tree).map((n) => n.type));
        for (const kind of [
          'html',
          'table',
          'code',
          'inlineCode',
          'blockquote',
          'thematicBreak',
          'image',
          'definition',
        ]) {
          expect(kinds).not.toContain(kind);
        }

        expect(itemsOf(tree, 'Outline')).toEqual(value.sections.map((s) => oneLine(s.title)).filter(Boolean));
        const points = sectionOf(tree, 'Outline')
          .filter((n) => n.type === 'list')
          .flatMap((n) => allNodes(n).filter((m) => m.type === 'emphasis'));
        expect(points.map((n) => textOf(n))).toEqual(
          value.sections.filter((s) => filled(s.title)).flatMap((s) => s.points.map(oneLine).filter(Boolean)),
        );

        const actorFacts = (a: Actor) =>
          ['person', a.role, `${a.mentions} mention${a.mentions === 1 ? '' : 's'}`]
            .filter((f): f is string => f !== null && filled(f))
            .map(oneLine)
            .join(', ');
        expect(itemsOf(tree, 'Key actors')).toEqual(
          actors.filter((a) => filled(a.name)).map((a) => `${oneLine(a.name)} — ${actorFacts(a)}`),
        );

        const kept = claims.filter((c) => filled(c.text));
        const notes = (c: Claim) =>
          [
            c.source !== null && filled(c.source) && `according to ${oneLine(c.source)}`,
            c.hedgeCues.some(filled) && `hedged: ${c.hedgeCues.map(oneLine).filter(Boolean).join(', ')}`,
          ].filter(Boolean);
        expect(itemsOf(tree, 'Key claims')).toEqual(
          kept.map((c) => {
            const tail = notes(c).length ? ` (${oneLine(notes(c).join('; '))})` : '';
            return `${oneLine(c.text)}${tail} ↗`;
          }),
        );
        // A web address in a claim becomes a link as in any GFM reader; the claims' own links read "↗".
        const links = sectionOf(tree, 'Key claims').flatMap((n) =>
          allNodes(n).filter((m) => m.type === 'link' && textOf(m) === '↗'),
        );
        expect(links.map((l) => (l.type === 'link' ? l.url : ''))).toEqual(
          kept.map((c) =>
            textFragmentLinker(article.canonicalUrl, `${article.title}\n${article.text}`)(oneLine(c.text)),
          ),
        );
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
