/** One word of a sentence, with what the actor finder needs to know about it. */
export interface Token {
  /** The word as written, without a possessive ending ("Qatar" for "Qatar’s"). */
  text: string;
  /** The word as a name: dotted acronyms lose their dots ("U.S." → "US"). */
  word: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two to six capitals or digits after a capital: "UN", "WTO", "G20". */
  acronym: boolean;
  /** Written with "’s" or "'s": a name ends here ("Qatar’s role"). */
  possessive: boolean;
}

/** Dotted acronyms ("U.S.") or words with inner hyphens and apostrophes ("O'Brien", "Buy-In"). */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const raw = match[0];
    const possessive = /['’]s$/.test(raw) && raw.length > 2;
    const text = possessive ? raw.slice(0, -2) : raw;
    const word = text.includes('.') ? text.replaceAll('.', '') : text;
    const start = match.index ?? 0;
    tokens.push({
      text,
      word,
      start,
      end: start + raw.length,
      cap: /^\p{Lu}/u.test(word),
      acronym: /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(word),
      possessive,
    });
  }
  return tokens;
}

/** Short forms written with a full stop inside a name: "Gov. Kristi Noem", "St. Louis". */
const SHORT_FORMS = new Set('Gov Sen Rep Dr Mr Mrs Ms Gen Lt Col Capt Sgt Prof Rev Supt Det Adm St Mt Ft'.split(' '));

/** Is the text between two tokens only spaces (or the stop of "Gov."), so that they belong to one name? */
export function joined(sentence: string, a: Token, b: Token): boolean {
  const gap = sentence.slice(a.end, b.start);
  // "Pacific Gas & Electric Co.": an ampersand joins the parts of one name.
  // "Gov. Kristi Noem", "Patrick W. Carlineo", "James P. Kennedy Jr.": a short form or an initial.
  const shortForm = SHORT_FORMS.has(a.word) || /^\p{Lu}$/u.test(a.word);
  return /^[ \u00a0]+(?:&[ \u00a0]+)?$/.test(gap) || (shortForm && /^\.[ \u00a0]+$/.test(gap));
}
