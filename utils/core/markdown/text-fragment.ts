/**
 * A link that opens `url` scrolled to `sentence` and highlighted: a URL text fragment
 * (`#:~:text=start,end`). A browser highlights from the first match of `start` to the next match
 * of `end`, so a long sentence is given by its first words (as many as it takes for them to
 * occur once in `context`, the article's title and text) and its last words (as many as it takes
 * for them not to occur earlier in the sentence). The syntax's own characters (`-`, `,`, `&`)
 * are percent-encoded.
 */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** The fewest words at each end: enough to be distinctive, few enough for a short link. */
const EDGE_WORDS = 5;

/** How many times `phrase` occurs in `text` (both lower case), counting no further than two. */
function occurrences(text: string, phrase: string): number {
  const first = text.indexOf(phrase);
  if (first < 0) return 0;
  return text.indexOf(phrase, first + 1) < 0 ? 1 : 2;
}

/**
 * Links to sentences of the article at `url`: `context` (its title and text) is prepared once,
 * since a note links every claim and the article can be long.
 */
export function textFragmentLinker(url: string, context: string): (sentence: string) => string {
  const haystack = context.replace(/\s+/g, ' ').toLowerCase();
  const base = url.split('#')[0];
  return (sentence) => {
    const words = sentence.trim().split(/\s+/);
    const whole = `${base}#:~:text=${encode(words.join(' '))}`;
    const lower = words.join(' ').toLowerCase();
    let start = EDGE_WORDS;
    while (
      start + EDGE_WORDS < words.length &&
      occurrences(haystack, words.slice(0, start).join(' ').toLowerCase()) > 1
    ) {
      start++;
    }
    let end = EDGE_WORDS;
    const endPhrase = () => words.slice(-end).join(' ').toLowerCase();
    while (start + end < words.length && lower.indexOf(endPhrase()) !== lower.length - endPhrase().length) end++;
    if (start + end >= words.length) return whole;
    return `${base}#:~:text=${encode(words.slice(0, start).join(' '))},${encode(words.slice(-end).join(' '))}`;
  };
}
