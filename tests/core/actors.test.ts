import { describe, expect, it } from 'vitest';
import { type ActorTruth, scoreActors } from '../../scripts/bench/actor-score';
import { buildCountryTable } from '../../scripts/country-table';
import { buildPlaceTable } from '../../scripts/place-table';
import { COUNTRIES } from '../../utils/core/actors/country-table';
import { PLACE_NAMES } from '../../utils/core/actors/place-names';
import { isAnalysable } from '../../utils/core/outline/analysable';
import { analyseArticle } from '../../utils/core/outline/analyse-article';
import type { Actor, Section } from '../../utils/core/types';
import { asArticle, extractFile, extractNews, FIXTURES, readJson, SEED, seedExpected } from '../helpers/fixtures';

/** Analyses a few paragraphs as an article body with the given headings. */
function actorsOf(paragraphs: string[], sections: Section[] = []): Actor[] {
  const text = paragraphs.join('\n\n');
  return analyseArticle({
    title: 'A report',
    site: 'Example News',
    authors: ['Jo Writer'],
    text,
    sections,
    language: 'en',
  }).actors;
}
const named = (actors: Actor[], name: string) => actors.find((a) => a.name === name);

describe('key actors of the seed article', () => {
  for (const page of Object.keys(seedExpected.pages)) {
    it(`${page}: every required actor found and merged, the first 12 all listed`, async () => {
      const article = asArticle(await extractFile(`${SEED}${page}`, seedExpected.url, seedExpected.capturedAt));
      const score = scoreActors(article.actors, seedExpected.actors);
      expect(score.missed).toEqual([]);
      expect(score.wrong).toEqual([]);
      const names = article.actors.map((a) => a.name);
      for (const alias of ['Doha', 'Washington', 'Israeli', 'Qatari', 'American', 'US', 'President Trump']) {
        expect(names).not.toContain(alias);
      }
      expect(named(article.actors, 'Qatar')?.aliases).toEqual(expect.arrayContaining(['Doha', 'Qatari']));
      expect(named(article.actors, 'United States')?.aliases).toEqual(expect.arrayContaining(['US', 'American']));
      expect(named(article.actors, 'Steve Witkoff')).toMatchObject({ kind: 'person', role: 'US envoy' });
      expect(named(article.actors, 'Netanyahu')).toMatchObject({ kind: 'person', role: 'Israeli Prime Minister' });
      expect(named(article.actors, 'Trump')?.aliases).toContain('President Trump');
    });
  }

  it('ranks by salience: the countries the article is about come first', async () => {
    const article = asArticle(
      await extractFile(`${SEED}polistratics-jsonld.html`, seedExpected.url, seedExpected.capturedAt),
    );
    expect(article.actors.slice(0, 3).map((a) => a.name)).toEqual(
      expect.arrayContaining(['Qatar', 'United States', 'Israel']),
    );
    expect(article.actors[0].salience).toBeGreaterThan(article.actors.at(-1)?.salience ?? 0);
  });
});

describe('key actors of hand-labelled news pages (trade, local politics, courts, legislature, government)', () => {
  const truth = readJson<{ pages: Record<string, ActorTruth & { topic: string }> }>(
    new URL('../fixtures/actors-ground-truth.json', import.meta.url).pathname,
  );
  let right = 0;
  let listed = 0;
  let found = 0;
  let required = 0;
  for (const [file, page] of Object.entries(truth.pages)) {
    it(`${page.topic}: precision and recall at least 0.85`, async () => {
      const article = asArticle(await extractNews(file));
      const score = scoreActors(article.actors, page);
      expect(score.recall, `missed: ${score.missed.join(', ')}`).toBeGreaterThanOrEqual(0.85);
      expect(score.precision, `wrong: ${score.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.85);
      const shown = Math.min(12, article.actors.length);
      right += shown - score.wrong.length;
      listed += shown;
      found += page.required.length - score.missed.length;
      required += page.required.length;
    });
  }
  it('all together: precision and recall at least 0.9', () => {
    expect(listed).toBeGreaterThan(0);
    expect(right / listed).toBeGreaterThanOrEqual(0.9);
    expect(found / required).toBeGreaterThanOrEqual(0.9);
  });
});

describe('how actors are read', () => {
  it('reads no actor from a reference list: no "Google Scholar", no "Stubbs B. Physical"', async () => {
    const review = asArticle(
      await extractFile(
        `${FIXTURES}analysis/4063.html.gz`,
        'https://pmc.ncbi.nlm.nih.gov/articles/PMC11298280/',
        '2026-03-20T00:00:00Z',
      ),
    );
    const names = review.actors.map((a) => a.name);
    expect(names).not.toContain('Google Scholar');
    expect(names.some((n) => /^Stubbs\b/.test(n))).toBe(false);
  });

  it('reads a transcript’s speakers from the names that open their turns, and gives each turn its speaker', async () => {
    const argument = asArticle(
      await extractFile(
        `${FIXTURES}analysis/GUM_court_loan.html`,
        'https://www.supremecourt.gov/oral_arguments/argument_transcripts/2022/22-506_5426.pdf',
        '2026-01-01T00:00:00Z',
      ),
    );
    expect(named(argument.actors, 'John Roberts')).toMatchObject({ kind: 'person' });
    expect(named(argument.actors, 'John Roberts')?.aliases).toContain('Chief Justice John Roberts');
    const opening = argument.claims.find(
      (c) => c.text.startsWith('We’ll hear argument') || c.text.startsWith("We'll hear argument"),
    );
    expect(opening?.source).toBe('John Roberts');
  });

  it('lists no word that numbers what follows it ("Case 22-506", "Case No.") as an actor', async () => {
    const argument = asArticle(
      await extractFile(
        `${FIXTURES}analysis/GUM_court_loan.html`,
        'https://www.supremecourt.gov/oral_arguments/argument_transcripts/2022/22-506_5426.pdf',
        '2026-01-01T00:00:00Z',
      ),
    );
    expect(argument.actors.map((a) => a.name)).not.toContain('Case');
  });

  it('lists no concept as an actor, and no sentence opener inside a name', () => {
    // Sentences of WCXB development pages (CC-BY-4.0): 4257, 4253 and 4256.
    const actors = actorsOf([
      'Choosing a customer relationship management (CRM) platform is one of the highest‑impact decisions you’ll make in 2026.',
      'Since it’s part of the larger Zoho ecosystem, it integrates smoothly with tools like Zoho Inventory and Zoho CRM, making it ideal if you want everything in one place.',
      'The CRM market has never been more crowded — or more capable.',
      'Unlike Zoho, Salesforce charges for every seat, and Salesforce sells its add-ons apart.',
    ]);
    expect(actors.map((a) => a.name)).not.toContain('CRM');
    expect(actors.map((a) => a.name)).not.toContain('Unlike Zoho');
    expect(named(actors, 'Salesforce')?.kind).toBe('organisation');
  });

  it('keeps the city where things happen as a place of its own, and a country named only as a nationality low', () => {
    // Sentences of the English Wikipedia's "Antonín Dvořák" as GUM gives them (gum-dev, bio, CC-BY-SA 3.0).
    const actors = actorsOf([
      'After Bedřich Smetana, he was the next Czech Romantic-era composer to achieve worldwide recognition.',
      'The first public performances of his works were in Prague in 1872 and, with special success, in 1873, when he was aged 31.',
      "Dvořák's first piece of a religious nature, his setting of Stabat Mater, was premiered in Prague in 1880.",
      'He submitted a score of his First Symphony to a prize competition in Germany, but did not win.',
      'But shortfalls in payment of his salary led him to leave the United States and return to Bohemia in 1895.',
    ]);
    expect(named(actors, 'Prague')).toMatchObject({ kind: 'place' });
    expect(named(actors, 'Czechia')?.aliases ?? []).not.toContain('Prague');
    // "a Czech composer" gives a nationality; "a composer from the Czech Republic" names the country.
    const nationality = named(
      actorsOf(['He was the next Czech composer to achieve worldwide recognition.']),
      'Czechia',
    );
    const country = named(
      actorsOf(['He was the next composer from the Czech Republic to achieve worldwide recognition.']),
      'Czechia',
    );
    expect(nationality?.salience).toBeLessThan(country?.salience ?? 0);
  });

  it('types an institution by its own words, not by the "he" of a biography that follows it', () => {
    // Sentences of the English Wikipedia's "Yuen Ren Chao" as GUM gives them (gum-dev, bio, CC-BY-SA 3.0).
    const actors = actorsOf([
      'Born in Tianjin with ancestry in Changzhou, Jiangsu province, Chao went to the United States with a Boxer Indemnity Scholarship in 1910 to study mathematics and physics at Cornell University, where he was a classmate and lifelong friend of Hu Shih, the leader of the New Culture Movement.',
      'He then became interested in philosophy, and earned a Ph.D. in philosophy from Harvard University in 1918 with a dissertation entitled "Continuity: Study in Methodology".',
    ]);
    expect(named(actors, 'Cornell University')).toMatchObject({ kind: 'organisation' });
  });

  it('types a cited author as a person ("Klingberg et al., 2005")', () => {
    // A sentence of GUM's "games" article (gum-dev, academic; CC-BY, via GUM).
    const actors = actorsOf([
      "Other studies specifically investigate the use of digital games in the school context and suggest potential for digital game use to improve of student's attention span at preschool age (Rueda, Checa, & Cómbita, 2012), to improve overall intelligence capacity of elementary school children (Miller & Robertson, 2010), and to better performance of working memory ability (Klingberg et al., 2005; Thorell, Lindqvist, Nutley, Bohlin, & Klingberg, 2009).",
    ]);
    expect(named(actors, 'Klingberg')).toMatchObject({ kind: 'person' });
  });

  it('reads a surname that is also a capital as the person\'s, but not "Washington, D.C."', () => {
    // Sentences of the English Wikipedia's "Pierre Charles L'Enfant" as GUM gives them (gum-dev, bio, CC-BY-SA 3.0).
    const actors = actorsOf([
      "Pierre Charles L'Enfant was a French-born American military engineer who designed the basic plan for Washington, D.C.",
      "L'Enfant served on General George Washington's staff at Valley Forge.",
      "While there, the Marquis de Lafayette commissioned L'Enfant to paint a portrait of Washington.",
      "After the war, L'Enfant designed the badge of the Society of the Cincinnati, an organization of former officers of the Continental Army, shaped as an eagle, at the request of Washington.",
    ]);
    const washington = named(actors, 'George Washington');
    expect(washington).toMatchObject({ kind: 'person' });
    expect(washington?.aliases).toContain('Washington');
    // The full name in the lead counts twice and each lone "Washington" once; the city is not him.
    expect(washington?.salience).toBe(4);
  });

  it('gives a name with no evidence of its kind the kind most of the article’s names have', () => {
    // Sentences of Wikivoyage's "Coron" as GUM gives them (gum-dev, voyage, CC-BY-SA 3.0).
    const actors = actorsOf([
      'Coron is in the province of Palawan, Philippines on Busuanga Island.',
      'Coron is both the name of the largest town on the island of Busuanga, and the name of a different, smaller island just offshore.',
      'There are also attractions on Coron Island itself.',
      'On June 17, 1950, Busuanga was officially created as a separate municipality from Coron and in 1954, Coron was further reduced by the official creation of the Municipality of Linapacan.',
      'In the past, Coron was virtually unknown outside of Palawan.',
    ]);
    expect(named(actors, 'Busuanga')).toMatchObject({ kind: 'place' });
  });

  it('keeps a capital written with its country ("Baghdad, Iraq") as the city, once and in passing', () => {
    // Sentences of the English Wikipedia's "Zaha Hadid" as GUM gives them (gum-dev, bio, CC-BY-SA 3.0).
    const actors = actorsOf([
      'Her father Muhammad al-Hajj Husayn Hadid was a wealthy industrialist from Mosul.',
      'Hadid studied mathematics as an undergraduate at the American University of Beirut before moving, in 1972, to London.',
      'Hadid was born on 31 October 1950 in Baghdad, Iraq, to an upper-class Iraqi family.',
    ]);
    expect(named(actors, 'Baghdad')).toMatchObject({ kind: 'place' });
    expect(named(actors, 'Iraq')?.aliases ?? []).not.toContain('Baghdad');
  });

  it('merges an organisation with its acronym, and a surname with the full name', () => {
    const actors = actorsOf([
      'The World Trade Organization (WTO) ruled against the tariffs on Monday, said trade lawyer David Okafor.',
      'Okafor said the WTO ruling would be appealed. The WTO declined to comment.',
    ]);
    expect(named(actors, 'World Trade Organization')).toMatchObject({ kind: 'organisation', mentions: 3 });
    expect(named(actors, 'World Trade Organization')?.aliases).toContain('WTO');
    expect(named(actors, 'David Okafor')).toMatchObject({ kind: 'person', mentions: 2, role: 'trade lawyer' });
    expect(actors.map((a) => a.name)).not.toContain('Okafor');
  });

  it('reads "the Commission" as the European Commission once it is named, and a role before a name', () => {
    const actors = actorsOf([
      'Commission President Ursula von der Leyen said the European Commission would propose new rules.',
      'The Commission has faced criticism from Poland and Hungary over the plan.',
    ]);
    expect(named(actors, 'Ursula von der Leyen')).toMatchObject({ kind: 'person', role: 'Commission President' });
    expect(named(actors, 'European Commission')?.mentions).toBe(2);
    expect(named(actors, 'Poland')?.kind).toBe('country');
  });

  it('takes a role from apposition and a title with "of"', () => {
    const actors = actorsOf([
      'Maria Lopez, the city council president, said the vote would go ahead.',
      'Secretary of State Mike Pompeo called for calm.',
    ]);
    expect(named(actors, 'Maria Lopez')?.role).toBe('city council president');
    expect(named(actors, 'Mike Pompeo')?.role).toBe('Secretary of State');
  });

  it('finds actors in the body only: not in headings, list labels, the site or the byline', () => {
    const actors = actorsOf(
      ['Hezbollah Ties', 'Conduit to Hamas: Qatar talks to the group directly, officials in Doha said.'],
      [{ level: 2, title: 'Hezbollah Ties', points: ['Conduit to Hamas'] }],
    );
    const names = actors.map((a) => a.name);
    expect(names).toContain('Qatar');
    expect(names).not.toContain('Hezbollah');
    expect(names).not.toContain('Hamas');
    expect(names).not.toContain('Conduit');
    expect(actorsOf(['Example News reported that Jo Writer met Nigeria’s president.']).map((a) => a.name)).toEqual([
      'Nigeria',
    ]);
  });

  it('keeps capitalised common words and sentence openers out', () => {
    const actors = actorsOf([
      'Optimism is warranted. Despite the talks, optimism faded on Monday in January.',
      'Getting there will take time, the ceasefire remains fragile and the Ceasefire Framework is vague.',
    ]);
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it('maps a capital that speaks for its country to it, when the country is named too; the scene stays a place', () => {
    expect(
      named(actorsOf(['Qatar said it would wait, and Doha insisted that talks would resume.']), 'Qatar')?.aliases,
    ).toContain('Doha');
    // The capital where the talks are held, in the lead, is the story's place.
    const scene = actorsOf(['Talks in Doha stalled, and Qatar said it would wait.']);
    expect(named(scene, 'Doha')?.kind).toBe('place');
    expect(named(scene, 'Qatar')?.aliases).not.toContain('Doha');
    const noCountry = actorsOf(['Talks in Doha stalled as mediators waited in Doha for a reply.']);
    expect(named(noCountry, 'Doha')?.kind).toBe('place');
  });

  it('reads regions named after countries as places: Northern Ireland is not Ireland', () => {
    const actors = actorsOf(['Voters in Northern Ireland and in Ireland went to the polls in large numbers.']);
    expect(named(actors, 'Northern Ireland')?.kind).toBe('place');
    expect(named(actors, 'Ireland')?.mentions).toBe(1);
  });
});

describe('the country table', () => {
  it('is the generated form of the world-countries data (rerun scripts/build-country-table.ts if not)', () => {
    expect(COUNTRIES).toEqual(buildCountryTable());
  });

  it('has the names, demonyms and capitals newsrooms use', () => {
    const us = COUNTRIES.find((c) => c.name === 'United States');
    expect(us?.aliases).toEqual(expect.arrayContaining(['US', 'USA', 'America']));
    expect(us?.demonyms).toEqual(['American', 'Americans']);
    expect(us?.capitals).toContain('Washington');
    // Two-letter codes that are English words are not names.
    expect(COUNTRIES.flatMap((c) => c.aliases)).not.toContain('IT');
  });
});

describe('the place table', () => {
  it('is the generated form of the GeoNames cities and the listed divisions (rerun scripts/build-place-table.ts if not)', () => {
    expect([...PLACE_NAMES]).toEqual(buildPlaceTable());
  });

  it('holds states, regions and large cities, and no small town', () => {
    for (const place of ['California', 'Queensland', 'Scotland', 'Prague', 'San Francisco', 'Lagos'])
      expect(PLACE_NAMES.has(place), place).toBe(true);
    expect(PLACE_NAMES.has('Dulwich')).toBe(false);
  });

  it('types a known place as a place, and the last name of people named in full as a person', () => {
    // Sentences of the English Wikipedia's "Daniel Bernoulli" as GUM gives them (gum-dev, bio, CC-BY-SA 3.0).
    const actors = actorsOf([
      'Daniel Bernoulli was born in Groningen, in the Netherlands, into a family of distinguished mathematicians.',
      'After a brief period in Frankfurt the family moved to Basel, in Switzerland.',
      'Daniel was a son of Johann Bernoulli and a nephew of Jacob Bernoulli.',
      'Johann Bernoulli also plagiarized some key ideas from Daniel Bernoulli’s book Hydrodynamica.',
      'In Basel, Bernoulli taught medicine and later physics.',
    ]);
    expect(named(actors, 'Basel')?.kind).toBe('place');
    expect(named(actors, 'Frankfurt')?.kind ?? 'place').toBe('place');
    // "Bernoulli" alone fits three people: it stays apart, but it is a person's name.
    expect(named(actors, 'Bernoulli')?.kind ?? 'person').toBe('person');
    expect(named(actors, 'Daniel Bernoulli')?.kind).toBe('person');
  });
});

/** "Die elektronische Patientenakte": German text on a page that declares lang="en". */
const GERMAN_PAGE = '57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2.html.gz';

describe('which articles are analysed', () => {
  it('reads English prose, and leaves text in other languages alone even under lang="en"', async () => {
    const seed = asArticle(
      await extractFile(`${SEED}polistratics-jsonld.html`, seedExpected.url, seedExpected.capturedAt),
    );
    expect(isAnalysable('en', seed.text)).toBe(true);
    expect(isAnalysable(null, seed.text)).toBe(true);
    expect(isAnalysable('de', seed.text)).toBe(false);
    // A German article on a site whose theme says lang="en": its nouns are not actors.
    const german = asArticle(await extractNews(GERMAN_PAGE));
    expect(german.language).toBe('en');
    expect(isAnalysable(german.language, german.text)).toBe(false);
    expect(german.actors).toEqual([]);
    expect(german.claims).toEqual([]);
  });
});
