import type { BodyText } from '../outline/body-sentences';

/** Words too common to say what an article is about. */
const COMMON = new Set(
  (
    'that this with from have been were will would could should there their they them than then what when which while ' +
    'also into over such more most some only other about after before between both each even many much very just ' +
    'these those where whose being does doing made make makes upon within without across against among under still ' +
    'must might may said says part '
  ).split(' '),
);

/** The content words of a text: lower case, four letters or more, not common. */
export const contentWords = (text: string): string[] =>
  (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.has(w));

/**
 * How central a sentence is to its article: the mean frequency, across the body, of its content
 * words (the SumBasic idea). "Guarantees", "truce" and "ceasefire" recur in a ceasefire piece;
 * "concert" and "pragmatism" do not.
 */
function centrality(words: string[], frequency: Map<string, number>, top: number): number {
  const distinct = [...new Set(words)];
  if (distinct.length === 0) return 0;
  const sum = distinct.reduce((total, w) => total + (frequency.get(w) ?? 0), 0);
  return sum / distinct.length / top;
}

/** "Guarantees" and "guarantee" are one topic word. */
export const stem = (word: string) => word.replace(/(?:ies|es|s)$/, '');

/**
 * How much a sentence speaks to the article's own headings (Edmundson's title-word cue): the
 * author's outline names the topics, so "security guarantees" under "Power, Pressure, and
 * Guarantees" is on topic. A third of a point per heading word, at most one point.
 */
function headingWordsIn(text: string, headingWords: Set<string>): number {
  const shared = new Set(
    contentWords(text)
      .map(stem)
      .filter((w) => headingWords.has(w)),
  );
  return Math.min(1, shared.size / 3);
}

/**
 * What an article is about, in words: how often each content word recurs across its sentences,
 * and which words its headings use. A sentence built from those words is central to it.
 */
export class TopicWords {
  private readonly frequency = new Map<string, number>();
  private readonly top: number;
  private readonly headingWords: Set<string>;

  constructor(body: BodyText) {
    for (const s of body.sentences) {
      for (const w of new Set(contentWords(s.text))) this.frequency.set(w, (this.frequency.get(w) ?? 0) + 1);
    }
    this.top = Math.max(1, ...[...this.frequency.values()].sort((a, b) => b - a).slice(0, 10));
    this.headingWords = new Set(body.headings.flatMap((h) => contentWords(h).map(stem)));
  }

  /** Up to about four points: three for centrality, one for heading words. */
  score(sentence: string): number {
    const words = contentWords(sentence);
    return 3 * centrality(words, this.frequency, this.top) + headingWordsIn(sentence, this.headingWords);
  }
}
