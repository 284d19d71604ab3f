import { NAME_PARTICLES } from './lexicon';
import { joined, type Token } from './tokens';
import { isConnector, isOrganisationWord, isTitle } from './word-classes';

/** Does the sentence open right before `token`, allowing for opening quotes and brackets? */
export const opensSentence = (sentence: string, token: Token) =>
  /^[\s"“‘'([—–-]*$/.test(sentence.slice(0, token.start));

/**
 * The capitalised runs of a sentence: names of one or more words, which may hold connectors
 * ("Department of Justice", "Ursula von der Leyen") but no punctuation, and end at a possessive.
 */
export function capitalisedRuns(sentence: string, tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i += 1;
      continue;
    }
    let j = i;
    // A possessive ends a name ("Qatar’s role"), except before an office: "U.S. Attorney’s Office".
    const continues = (t: Token, next: Token) => !t.possessive || isOrganisationWord(next);
    while (j + 1 < tokens.length && continues(tokens[j], tokens[j + 1]) && joined(sentence, tokens[j], tokens[j + 1])) {
      if (tokens[j + 1].cap) {
        j += 1;
        continue;
      }
      // "of", "for" and "and" join only inside organisation and title names ("Bank of England",
      // "Secretary of State"), so that "Israel for the US" stays two names; particles join any name.
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && isConnector(tokens[k]) && joined(sentence, tokens[k - 1], tokens[k]))
        k += 1;
      const run = tokens.slice(i, j + 1);
      const institutional = run.some((t) => isOrganisationWord(t) || isTitle(t));
      const connectors = tokens.slice(j + 1, k);
      const particlesOnly = connectors.every((t) => NAME_PARTICLES.has(t.word));
      // "and" continues an institution's name up to another institution word ("Department of
      // Health and Human Services", "Customs and Border Protection"); otherwise it joins two
      // names ("Kevin King and Timothy Weeks", "Homeland Security and Alex Azar").
      const conjunction = connectors.some((t) => t.word === 'and' || t.word === '&');
      if (conjunction) {
        let end = k;
        while (end + 1 < tokens.length && tokens[end + 1].cap && joined(sentence, tokens[end], tokens[end + 1]))
          end += 1;
        if (!run.some(isOrganisationWord) || !isOrganisationWord(tokens[end])) break;
      }
      if (
        k > j + 1 &&
        k < tokens.length &&
        tokens[k].cap &&
        joined(sentence, tokens[k - 1], tokens[k]) &&
        (institutional || particlesOnly)
      ) {
        j = k;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}
