import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatter } from '../../utils/core/markdown/front-matter';
import { textFragmentLink } from '../../utils/core/markdown/text-fragment';

/** The YAML between the `---` lines, parsed. */
const readBack = (note: string) => parse(note.replace(/^---\n/, '').replace(/---\n$/, ''));

describe('front matter', () => {
  it('reads back exactly, whatever the strings hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.string({ unit: 'grapheme' })), (title, actors) => {
        const note = frontMatter({ title, actors, reading_time: 6 });
        expect(readBack(note)).toEqual({ title, actors, reading_time: 6 });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the awkward cases a title can hold', () => {
    const title = '--- Qatar: "the #1 broker" | `US` [talks]\nحماس 🕊️';
    expect(readBack(frontMatter({ title, tags: ['dossier'] }))).toEqual({ title, tags: ['dossier'] });
  });
});

describe('links to a sentence on its page', () => {
  it('gives short sentences whole and long ones by their ends, with the syntax characters encoded', () => {
    expect(textFragmentLink('https://example.com/a#top', 'Hamas, for its part, has responded.')).toBe(
      'https://example.com/a#:~:text=Hamas%2C%20for%20its%20part%2C%20has%20responded.',
    );
    expect(
      textFragmentLink(
        'https://example.com/a',
        'The 60-day truce proposal, which includes provisions for phased withdrawal, is under consideration.',
      ),
    ).toBe(
      'https://example.com/a#:~:text=The%2060%2Dday%20truce%20proposal%2C,withdrawal%2C%20is%20under%20consideration.',
    );
  });
});
