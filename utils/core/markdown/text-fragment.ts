/**
 * A link that opens `url` scrolled to `sentence` and highlighted: a URL text fragment
 * (`#:~:text=start,end`). Long sentences are given by their first and last words, as browsers
 * match a range; the characters the syntax uses (`-`, `,`, `&`) are percent-encoded.
 */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** Words at each end of a long sentence: enough to be unique, short enough for any browser. */
const EDGE_WORDS = 4;

export function textFragmentLink(url: string, sentence: string): string {
  const base = url.split('#')[0];
  const words = sentence.trim().replace(/\s+/g, ' ').split(' ');
  const fragment =
    words.length <= EDGE_WORDS * 2
      ? encode(words.join(' '))
      : `${encode(words.slice(0, EDGE_WORDS).join(' '))},${encode(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${fragment}`;
}
