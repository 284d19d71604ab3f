import { diffWords } from 'diff';

/** A run of a sentence's words, as it stands in both versions or only in one. */
export interface WordPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

/** One place where the versions differ: the words taken out and those put in, and where. */
export interface Hunk {
  removed: string;
  added: string;
  /** Offsets of the removed words in the old text and of the added words in the new. */
  at: { before: number; after: number };
}

const segmenters = new Map<string, Intl.Segmenter>();
/** Word boundaries as the language draws them, so that Japanese or Thai text splits into words. */
function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, found);
  }
  return found;
}

/**
 * The word-level difference between two versions of a sentence, with jsdiff (`diffWords`, Myers'
 * algorithm over words, white space attached to the words it separates): the parts a reader sees
 * struck and inserted. Scripts written without spaces are split into words by `Intl.Segmenter`.
 */
export function wordDiff(before: string, after: string, language = 'en'): WordPart[] {
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(before + after);
  const parts = diffWords(before, after, unspaced ? { intlSegmenter: segmenter(language) } : {});
  return parts.map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** The places where two versions differ: each run of removed and added parts between same ones. */
export function hunksOf(parts: WordPart[]): Hunk[] {
  const hunks: Hunk[] = [];
  let before = 0;
  let after = 0;
  let open: Hunk | null = null;
  for (const part of parts) {
    if (part.change === 'same') {
      open = null;
      before += part.text.length;
      after += part.text.length;
      continue;
    }
    if (!open) {
      open = { removed: '', added: '', at: { before, after } };
      hunks.push(open);
    }
    if (part.change === 'removed') {
      open.removed += part.text;
      before += part.text.length;
    } else {
      open.added += part.text;
      after += part.text.length;
    }
  }
  return hunks;
}

/**
 * The parts as a reader sees them marked: where old words are struck right before the new ones
 * that replace them, a space keeps them apart ("~~12~~ **15**", not "~~12~~**15**").
 */
export function markedParts(parts: WordPart[]): WordPart[] {
  return parts.flatMap((part, i) => {
    const next = parts[i + 1];
    const apart =
      part.change === 'removed' && next?.change === 'added' && !/\s$/.test(part.text) && !/^\s/.test(next.text);
    return apart ? [part, { text: ' ', change: 'same' as const }] : [part];
  });
}
