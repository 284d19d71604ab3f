import { describe, expect, it } from 'vitest';
import { hedgeCues } from '../../utils/core/claims/hedges';

// Real sentences of the news pages in tests/fixtures/news/ (the article-extraction benchmark, MIT),
// each as two blind readers labelled it in tests/fixtures/hedges/sentences.json.
describe('hedge cues and their literal uses', () => {
  it('reads verbs of belief, expectation and inference', () => {
    expect(hedgeCues('Edmunds expects 16.6 million vehicles will be sold this year.')).toEqual(['expects']);
    expect(
      hedgeCues('The population in the Rukban camp has fluctuated and currently is estimated at around 40,000.'),
    ).toEqual(['estimated']);
    expect(hedgeCues('“They think they know better about education than us,” he said.')).toEqual(['think']);
    expect(
      hedgeCues(
        'Images of bullet casings left on the ground afterwards, as well as the resulting high death toll, indicate that they used live ammunition.',
      ),
    ).toEqual(['indicate']);
  });

  it('reads a condition whose outcome is guessed, and not a rule or an idiom', () => {
    expect(
      hedgeCues(
        'He now faces a maximum sentence of 175 years in prison in the US if convicted of all the charges against him there.',
      ),
    ).toEqual(['if']);
    expect(
      hedgeCues('It would keep him off-balance, especially if further investigation uncovers even more corruption.'),
    ).toEqual(['would', 'if']);
    expect(
      hedgeCues('“The beauty of China is that if they want something to be done, they can do it,” Prakash said.'),
    ).toEqual([]);
  });

  it('reads epistemic adverbs, adjectives and nouns', () => {
    expect(
      hedgeCues(
        'Sweden has dropped its investigation into a 2010 rape allegation against WikiLeaks co-founder Julian Assange after a review of the evidence.',
      ),
    ).toEqual(['allegation']);
    expect(
      hedgeCues('"They help extend our reach by letting people who maybe don’t own a console or PC join in."'),
    ).toEqual(['maybe']);
  });

  it('passes over an expectation met, a habit, a generic "you", the month May, a negated inference and an idiom', () => {
    for (const sentence of [
      'But they have struggled with his approach, which has repeatedly escalated tensions, prolonging the trade fight far longer than most expected.',
      'The medical staff did not get a heads up that a "VIP" guest was coming, as they typically would.',
      'You could get creative or just use a jar lifter which is a nifty set of tongs made specifically to fit over mason jars.',
      'However, Swedish prosecutors decided to reopen the investigation in May after he was hauled out of the Ecuadorean Embassy in London.',
      'Indiana State Police reported at least 5,000 people entered the Statehouse through public entrances, but the agency didn’t estimate how many total were on the grounds.',
      "With a range of up to 4km and battery life of 30 minutes, it's pretty hard to believe it's priced at $399.",
      'You’ll iterate and adapt so you can make everything convert at the highest rate possible.',
    ])
      expect(hedgeCues(sentence), sentence).toEqual([]);
  });

  it('gives a question no hedge: it asserts nothing', () => {
    expect(hedgeCues('Could an astronaut lost in space use gravity to get around?')).toEqual([]);
  });
});
