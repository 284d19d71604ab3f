import { isTitleCase, splitSentences } from '../text/sentences';
import type { Section } from '../types';

/** One sentence of the article body, with where it stands. */
export interface BodySentence {
  text: string;
  /** The title of the section it sits under; null before the first heading. */
  section: string | null;
  /** Index of its paragraph or list item among the body's blocks. */
  block: number;
  /** Does it open its paragraph or list item (after any "Label:")? */
  opensBlock: boolean;
  /** Is it in the first two body blocks, where an article says what it is about? */
  lead: boolean;
  /** Is it in title case: a headline or standfirst set as a paragraph, neither naming nor asserting? */
  headline: boolean;
}

export interface BodyText {
  sentences: BodySentence[];
  /** The section titles: they weigh an actor's salience but never create one. */
  headings: string[];
}

/** Short words a "Label:" may hold in lower case ("Conduit to Hamas", "Spoilers Within Both Camps"). */
const LABEL_SMALL_WORDS = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|vs\.?|with|within)$/;

/**
 * The "Label: " that opens a "Label: explanation" item, or "" when there is none. The label is
 * one of the section's known points, or up to eight title-case words before a colon.
 */
function labelOf(block: string, points: string[]): string {
  for (const point of points) if (block.startsWith(`${point}:`)) return `${point}:`;
  const match = /^([^.:!?]{2,80}):\s+/u.exec(block);
  if (!match) return '';
  const words = match[1].split(/\s+/);
  const titleCase = words.every((w) => /^[\p{Lu}\p{N}“"'(]/u.test(w) || LABEL_SMALL_WORDS.test(w));
  return words.length <= 8 && titleCase ? match[0] : '';
}

/**
 * The body of an article as sentences, from its plain text and section outline (both plain
 * data, so a saved article can be analysed again without its page). Headings are recognised by
 * their titles and left out; list labels are cut off their explanations; list numbers dropped.
 */
export function readBodySentences(text: string, sections: Section[], language: string | null): BodyText {
  const sentences: BodySentence[] = [];
  let next = 0;
  let current: Section | null = null;
  let bodyBlocks = 0;
  text.split(/\n{2,}/).forEach((raw, block) => {
    if (next < sections.length && raw === sections[next].title) {
      current = sections[next];
      next += 1;
      return;
    }
    const withoutMarker = raw.replace(/^\d{1,3}\.\s+/, '');
    const body = withoutMarker.slice(labelOf(withoutMarker, current?.points ?? []).length);
    const lead = bodyBlocks < 2;
    bodyBlocks += 1;
    splitSentences(body, language).forEach((sentence, i) => {
      sentences.push({
        text: sentence,
        section: current?.title ?? null,
        block,
        opensBlock: i === 0,
        lead,
        headline: isTitleCase(sentence),
      });
    });
  });
  return { sentences, headings: sections.map((s) => s.title) };
}
