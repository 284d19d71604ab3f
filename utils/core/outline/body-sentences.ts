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
  /**
   * Who speaks it, in a transcript or an interview whose paragraphs open with the speaker's name
   * ("Nelson Mandela: …", "SMITH: …", given as "Smith"); null elsewhere.
   */
  speaker: string | null;
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

/** A speaker's name as a label: one to four capitalised words, or a surname in capitals ("SMITH"). */
const SPEAKER_NAME = /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|bin|al)){0,3})$/u;

/** A name in capitals as a name is written: "JAMES ABOUREZK" is "James Abourezk"; others stay. */
const nameCase = (name: string) =>
  /\p{Ll}/u.test(name)
    ? name
    : name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, gap, c) => gap + c.toUpperCase());

/**
 * The labels that open two paragraphs or more and read as a person's or an outlet's name: the
 * turns of a transcript or an interview. A section's "Label: explanation" points are not.
 */
function speakerLabels(blocks: string[], points: Set<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const label = labelOf(block, []);
    const name = label.replace(/:\s*$/, '');
    if (name.length > 1 && SPEAKER_NAME.test(name) && !points.has(name))
      counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
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
  const blocks = text.split(/\n{2,}/);
  const speakers = speakerLabels(blocks, new Set(sections.flatMap((s) => s.points)));
  blocks.forEach((raw, block) => {
    if (next < sections.length && raw === sections[next].title) {
      current = sections[next];
      next += 1;
      return;
    }
    const withoutMarker = raw.replace(/^\d{1,3}\.\s+/, '');
    const label = labelOf(withoutMarker, current?.points ?? []);
    const body = withoutMarker.slice(label.length);
    const speaker = speakers.has(label) ? nameCase(label.replace(/:\s*$/, '')) : null;
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
        speaker,
      });
    });
  });
  return { sentences, headings: sections.map((s) => s.title) };
}
