import { describe, expect, it } from 'vitest';
import { isTitleCase, splitSentences } from '../../utils/core/text/sentences';

describe('sentences', () => {
  it('does not end a sentence at "Mr.", "Jan." or "U.S." before a name', () => {
    expect(splitSentences('The U.S. envoy met Mr. Smith on Jan. 5 in Doha. He left on Sunday.')).toEqual([
      'The U.S. envoy met Mr. Smith on Jan. 5 in Doha.',
      'He left on Sunday.',
    ]);
    expect(splitSentences('Gen. Smith briefed the U.S. Senate. It said nothing.')).toEqual([
      'Gen. Smith briefed the U.S. Senate.',
      'It said nothing.',
    ]);
  });

  it('does not end a sentence at "a.m." before a zone or a name, and does before a new sentence', () => {
    expect(splitSentences('Investors will hear the plan at 10 a.m. Eastern time on Tuesday. Shares rose.')).toEqual([
      'Investors will hear the plan at 10 a.m. Eastern time on Tuesday.',
      'Shares rose.',
    ]);
    expect(splitSentences('The polls closed at 8 p.m. The count began at once.')).toHaveLength(2);
  });

  it('ends a sentence at "U.S." when a new sentence starts after it', () => {
    expect(splitSentences('Talks moved to the U.S. The next round is in Cairo.')).toEqual([
      'Talks moved to the U.S.',
      'The next round is in Cairo.',
    ]);
  });

  it('falls back to English for a malformed language tag instead of failing', () => {
    expect(splitSentences('One claim here. Another one there.', 'en_US')).toHaveLength(2);
  });

  it('tells a headline set as a paragraph from prose', () => {
    expect(isTitleCase('How Doha and Washington’s Partnership Is Shaping the Latest Push for Peace')).toBe(true);
    expect(isTitleCase('Qatar is one of the few states with access to Hamas.')).toBe(false);
  });
});
