import { stemOf } from './change-words';
import { wordsOf } from './comparable-text';
import { bigrams, dice } from './dice';

/** A block shorter than this is a line, a caption or a label, not a paragraph. */
const PARAGRAPH_WORDS = 20;
/** Words of its own a paragraph must bring to be new content, not the old one reworded. */
const OWN_WORDS = 8;

const blocksOf = (text: string) => text.split(/\n\s*\n/).filter((block) => block.trim());

/**
 * The paragraphs of `text` that `other` has nothing like: no paragraph of `other` shares half of
 * its word pairs, and at least eight of its longer words appear nowhere in `other`, in any form.
 * A paragraph moved, split or reworded is not one of them.
 */
export function newBlocks(text: string, other: string): string[] {
  const otherBlocks = blocksOf(other);
  const otherPairs = otherBlocks.map(bigrams);
  const otherStems = new Set(wordsOf(other).map(stemOf));
  return blocksOf(text).filter((block) => {
    const words = wordsOf(block);
    if (words.length < PARAGRAPH_WORDS) return false;
    const pairs = bigrams(block);
    if (otherPairs.some((o) => dice(pairs, o) >= 0.5)) return false;
    const own = new Set(words.filter((w) => w.length >= 4 && !otherStems.has(stemOf(w))));
    return own.size >= OWN_WORDS;
  });
}
