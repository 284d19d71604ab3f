import { describe, expect, it } from 'vitest';
import type { ChangeKind } from '../../utils/core/library/change-reason';
import { reasonText } from '../../utils/core/library/change-text';
import { judgeClaimChange } from '../../utils/core/library/claim-change';
import { diffClaims } from '../../utils/core/library/claim-diff';
import { claimOf } from '../helpers/fixtures';

const claim = claimOf;

// Sentences written for these tests, in the manner of wire copy.
const SUBSTANTIVE: Array<[ChangeKind, string, string, string]> = [
  [
    'figure',
    'At least 12 people were killed in the strike on the market, the health ministry said.',
    'At least 15 people were killed in the strike on the market, the health ministry said.',
    'the figure changed: 12 → 15',
  ],
  [
    'figure',
    'She confessed to thirty-one thefts, but only twelve were ever confirmed by the police.',
    'She confessed to 31 thefts, but only 14 were ever confirmed by the police.',
    'the figure changed: twelve → 14',
  ],
  [
    'date',
    'The talks between the two delegations will resume on Monday in Cairo.',
    'The talks between the two delegations will resume on Tuesday in Cairo.',
    'the date changed: Monday → Tuesday',
  ],
  [
    'date',
    'The treaty was signed in March 2019 after three years of negotiation.',
    'The treaty was signed in March 2018 after three years of negotiation.',
    'the date changed: 2019 → 2018',
  ],
  [
    'negation',
    'The minister said the government would raise fuel taxes next year.',
    'The minister said the government would not raise fuel taxes next year.',
    'a negation was added: not',
  ],
  [
    'modality',
    'The central bank will cut interest rates at its meeting in March.',
    'The central bank may cut interest rates at its meeting in March.',
    'how firmly it is said changed: will → may',
  ],
  [
    'modality',
    'The ceasefire collapsed after the shelling of the northern districts.',
    'The ceasefire reportedly collapsed after the shelling of the northern districts.',
    'it is now hedged: reportedly',
  ],
  [
    'quote',
    'The president called the agreement “a historic step” for the whole region.',
    'The president called the agreement “a historic mistake” for the whole region.',
    'the quoted words changed: step → mistake',
  ],
  [
    'name',
    'The proposal was drafted by Egypt and presented to both parties on Sunday.',
    'The proposal was drafted by Qatar and presented to both parties on Sunday.',
    'a name changed: Egypt → Qatar',
  ],
  [
    'content',
    'Most of the passengers were from France and Spain, and two children were among the seriously injured.',
    'Most of the passengers were from France and Spain.',
    'information was removed: children seriously injured',
  ],
  [
    'content',
    'The company reported higher profits for the third quarter in a row.',
    'The company reported higher profits for the third quarter in a row, driven by strong demand for cloud services.',
    'new information: driven strong demand cloud services',
  ],
];

const COSMETIC: Array<[ChangeKind, string, string]> = [
  [
    'spelling',
    'The agency officialy confirmed the closure of the border crossing.',
    'The agency officially confirmed the closure of the border crossing.',
  ],
  [
    'spelling',
    'The rebels claims to control the airport and the main road north.',
    'The rebels claim to control the airport and the main road north.',
  ],
  [
    'punctuation',
    'However the border remains closed to most traffic, officials said.',
    'However, the border remains closed to most traffic, officials said.',
  ],
  [
    'punctuation',
    'The talks were led by the Prime Minister of the country himself.',
    'The talks were led by the prime minister of the country himself.',
  ],
  [
    'grammar',
    'The protesters gathered outside of the parliament building on Friday evening.',
    'The protesters gathered outside the parliament building on Friday evening.',
  ],
  [
    'order',
    'On Friday thousands of protesters gathered in the capital.',
    'Thousands of protesters gathered in the capital on Friday.',
  ],
  [
    'spelling',
    'It is the club’s 5th national cup title since the league was founded.',
    'It is the club’s fifth national cup title since the league was founded.',
  ],
  [
    'paraphrase',
    'Exports rose on strong demand in the US and Canada, the ministry said.',
    'Exports rose on strong demand in the United States and Canada, the ministry said.',
  ],
  [
    'paraphrase',
    'Unemployment fell to 4.2% in October, the statistics office said.',
    'Unemployment fell to 4.2 percent in October, the statistics office said.',
  ],
  [
    'paraphrase',
    'Mr. Okafor said the company would appeal the ruling next month.',
    'Okafor said the company would appeal the ruling next month.',
  ],
  [
    'spelling',
    'The quake struck at 03:42 local time, waking residents across the valley.',
    'The quake struck at 3:42 local time, waking residents across the valley.',
  ],
  [
    'paraphrase',
    'The survey covered 340 thousand households in all of the country’s regions.',
    'The survey covered 340,000 households in all of the country’s regions.',
  ],
  [
    'spelling',
    'Many nineteenth-century newspapers are too fragile to be scanned, the library warned.',
    'Many 19th-century newspapers are too fragile to be scanned, the library warned.',
  ],
  [
    'paraphrase',
    'The province forecast a deficit of $312m as it spends more on health care.',
    'The province forecast a deficit of $312 million as it spends more on health care.',
  ],
  [
    'paraphrase',
    'The crash happened at about 14:30 on the highway east of the pass, police said.',
    'The crash happened at about 2:30 p.m. on the highway east of the pass, police said.',
  ],
  [
    'paraphrase',
    'The statement was released at 07:00 on Friday by the energy regulator.',
    'The statement was released at 7 a.m. on Friday by the energy regulator.',
  ],
  [
    'paraphrase',
    'Firefighters spent a third day battling the blaze north of the city on Tues. as temperatures rose.',
    'Firefighters spent a third day battling the blaze north of the city on Tuesday as temperatures rose.',
  ],
  [
    'paraphrase',
    'The charity estimated that 6.1m households and R120m in wages were affected this winter.',
    'The charity estimated that 6.1 million households and R120 million in wages were affected this winter.',
  ],
  [
    'paraphrase',
    'The ministry said it will release emergency seed supplies to farmers.',
    'The ministry said it would release emergency seed supplies to farmers.',
  ],
  [
    'paraphrase',
    'Officials said the storm might reach the coast by the weekend.',
    'Officials said the storm may reach the coast by the weekend.',
  ],
  [
    'paraphrase',
    'The auditor found payments made to a supplier that did not exist.',
    'The auditor found payments made to a non-existent supplier.',
  ],
  [
    'paraphrase',
    'The ministry announced the decision today, ending weeks of speculation.',
    'The ministry announced the decision on Saturday, ending weeks of speculation.',
  ],
  [
    'paraphrase',
    'The government said it would look into the allegations made by the opposition.',
    'The government said it would examine the allegations made by the opposition.',
  ],
];

describe('a claim’s change, judged as a reader would', () => {
  it.each(SUBSTANTIVE)('changes what it says when %s changes: %s', (kind, before, after, reason) => {
    const change = judgeClaimChange(claim(before), claim(after));
    expect(change.substantive).toBe(true);
    expect(change.reason.kind).toBe(kind);
    expect(reasonText(change.reason)).toBe(reason);
  });

  it.each(COSMETIC)('is a copy-edit when only %s changes: %s', (kind, before, after) => {
    const change = judgeClaimChange(claim(before), claim(after));
    expect(change.substantive).toBe(false);
    expect(change.reason.kind).toBe(kind);
  });

  it('reads a new source as substantive, and the same source spelt differently as not', () => {
    const text = 'The army withdrew from the town overnight, officials said.';
    const added = judgeClaimChange(claim(text), claim(text.replace('officials', 'UN officials'), 'the UN'));
    expect(added).toMatchObject({ substantive: true, reason: { kind: 'source', after: 'the UN' } });
    expect(reasonText(added.reason)).toBe('a source was added: the UN');
    const same = judgeClaimChange(claim(text, 'Zelenskiy'), claim(`${text} `, 'Zelensky'));
    expect(same.substantive).toBe(false);
  });

  it('reads a year added to a date the article already dates as wording, and a new year as a date', () => {
    const before = 'The council will vote on the plan on March 5, officials said.';
    const after = 'The council will vote on the plan on March 5, 2024, officials said.';
    const articles = (text: string) => ({ before: `The plan was published in 2024. ${text}`, after: '' });
    expect(judgeClaimChange(claim(before), claim(after), { articles: articles(before) }).substantive).toBe(false);
    const elsewhere = { before: `The plan was published in 2023. ${before}`, after: '' };
    expect(judgeClaimChange(claim(before), claim(after), { articles: elsewhere }).reason).toMatchObject({
      kind: 'date',
      after: '2024',
    });
  });

  it('tells a new source from the same source described another way', () => {
    const text = (who: string) => `${who} said the road to the border would stay closed until Friday.`;
    const judge = (a: string, b: string, article = '') =>
      judgeClaimChange(claim(text(a), a), claim(text(b), b), { articles: { before: article, after: '' } });
    expect(judge('Police', 'Witnesses').reason.kind).toBe('source');
    expect(judge('US officials', 'Israeli officials').reason.kind).toBe('source');
    expect(judge('The agency', 'The UNHCR', 'The UN refugee agency, UNHCR, counted arrivals.').substantive).toBe(false);
    expect(judge('A statement released by the company', 'The company').substantive).toBe(false);
  });

  it('reads a pronoun given the name of a person the article names as the same source', () => {
    const before = claim('He said the government had issued 46 new licences during the year.');
    const after = claim('Mwelwa-Banda said the government had issued 46 new licences during the year.', 'Mwelwa-Banda');
    const articles = { before: `Minister Chanda Mwelwa-Banda opened the fair. ${before.text}`, after: '' };
    expect(judgeClaimChange(before, after, { articles }).substantive).toBe(false);
    // Named for the first time, the source is news.
    expect(judgeClaimChange(before, after, { articles: { before: before.text, after: '' } }).reason.kind).toBe(
      'source',
    );
  });

  it('reads words moved between sentences as moved, not added or lost', () => {
    const before = 'Growing tropical crops is rarer here. A greenhouse in the south has grown bananas for decades.';
    const after = 'Growing tropical crops is rarer, although a greenhouse in the south has grown bananas for decades.';
    const moved = judgeClaimChange(claim('A greenhouse in the south has grown bananas for decades.'), claim(after), {
      articles: { before, after },
    });
    expect(moved.substantive).toBe(false);
    const lost = judgeClaimChange(
      claim('The union spoke at a rally outside the plant, where workers carried banners and blew whistles.'),
      claim('The union spoke at a rally outside the plant.'),
      {
        articles: {
          before: '',
          after: 'The union spoke at a rally outside the plant. Workers carried banners and blew whistles.',
        },
      },
    );
    expect(lost.substantive).toBe(false);
  });

  it('marks the words that changed, the old ones removed and the new ones added', () => {
    const { parts } = judgeClaimChange(
      claim('At least 12 people were killed in the strike on the market, the health ministry said.'),
      claim('At least 15 people were killed in the strike on the market, the health ministry said.'),
    );
    expect(parts.filter((p) => p.change !== 'same')).toEqual([
      { text: '12', change: 'removed' },
      { text: '15', change: 'added' },
    ]);
  });

  it('splits Japanese into words to mark them', () => {
    const { parts } = judgeClaimChange(claim('これは日本語の文です。'), claim('これは英語の文です。'), {
      language: 'ja',
    });
    expect(parts.filter((p) => p.change !== 'same').map((p) => p.text)).toEqual(['日本語', '英語']);
  });
});

describe('matching the claims of two versions', () => {
  it('reads a sentence split in two as one claim revised, not one removed and two added', () => {
    const before = [
      claim('The storm flooded the coastal road, and the bridge to the island was closed for repairs.'),
      claim('Residents were told to stay indoors until the water receded from the streets.'),
    ];
    const after = [
      claim('The storm flooded the coastal road.'),
      claim('The bridge to the island was closed for repairs.'),
      claim('Residents were told to stay indoors until the water receded from the streets.'),
    ];
    const diff = diffClaims(before, after);
    expect(diff).toMatchObject({ added: [], removed: [], unchanged: 1 });
    expect(diff.changed).toHaveLength(1);
    const change = judgeClaimChange(diff.changed[0].before, diff.changed[0].after);
    expect(change.substantive).toBe(false);
  });

  it('matches a sentence whose clauses were turned around', () => {
    const diff = diffClaims(
      [claim('After the vote in parliament on Tuesday, the coalition agreed to extend the mission.')],
      [claim('The coalition agreed to extend the mission after the parliament vote on Tuesday.')],
    );
    expect(diff.changed).toHaveLength(1);
    expect(judgeClaimChange(diff.changed[0].before, diff.changed[0].after).substantive).toBe(false);
  });
});
