import { en } from 'chrono-node';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { findDateIn, parseVisibleDate, shownZone } from '../../utils/core/dates/parse-date';
import { urlDate } from '../../utils/core/dates/url-date';
import { readJsonLdArticle } from '../../utils/core/metadata/json-ld';
import { readPageDates } from '../helpers/page-dates';

const NOW = new Date('2025-10-01T12:00:00Z');
const page = (head: string, body: string, lang = 'en') =>
  parseHTML(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

/** Published and updated days of a page, as `publishedAt.slice(0, 10)` would show them. */
function days(doc: Document, url = 'https://example.com/post') {
  const dates = readPageDates(doc, NOW, url, doc.documentElement.getAttribute('lang'));
  return {
    published: dates.published?.iso.slice(0, 10) ?? null,
    updated: dates.updated?.iso.slice(0, 10) ?? null,
    dates,
  };
}
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
/** A post: headline, header, then anything placed between the header and the body, then the body. */
const post = (header: string, between = '') =>
  `<main><h1>How the harbour was rebuilt</h1>${header}${between}<p>${'The harbour was rebuilt over three winters by the town. '.repeat(8)}</p></main>`;

describe('the day is the page’s day', () => {
  it('keeps the offset the page wrote: 06:00 on 4 May in Bangkok is 4 May, not 3 May', () => {
    const { published, dates } = days(
      page('<meta property="article:published_time" content="2020-05-04T06:00+07:00">', post('')),
    );
    expect(published).toBe('2020-05-04');
    expect(dates.published).toEqual({ iso: '2020-05-04T06:00:00.000+07:00', source: 'meta', precision: 'instant' });
  });

  it('takes the permalink’s day over a UTC instant one day off it: 02:41Z is still the 18th in New York', () => {
    const head = '<meta property="article:published_time" content="2025-09-19T02:41:41+00:00">';
    expect(days(page(head, post('')), 'https://example.com/2025/09/18/a-post').published).toBe('2025-09-18');
    // Two days apart is no time zone, and a page without a day in its address keeps the instant.
    expect(days(page(head, post('')), 'https://example.com/2025/09/17/a-post').published).toBe('2025-09-19');
    expect(days(page(head, post(''))).published).toBe('2025-09-19');
  });

  it('takes the day a <time> shows over its UTC instant one day off: 04:13Z on the 24th written "February 23"', () => {
    const header = (text: string) => `<p>By Jane Doe <time datetime="2026-02-24T04:13:00Z">${text}</time></p>`;
    const later = new Date('2026-03-01T00:00:00Z');
    const read = (text: string) =>
      readPageDates(page('', post(header(text))), later, 'https://example.com/post', 'en').published;
    expect(read('February 23, 2026')).toEqual({ iso: '2026-02-23', source: 'time', precision: 'day' });
    // The same day, or a text that is no date, leaves the instant as written.
    expect(read('February 24, 2026')?.iso).toBe('2026-02-24T04:13:00.000Z');
    expect(read('Read the story')?.iso).toBe('2026-02-24T04:13:00.000Z');
  });

  it('reads a JSON-LD date late in the evening west of Greenwich as that evening’s day', () => {
    const doc = page(
      ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2024-03-09T22:15:00-05:00' }),
      post(''),
    );
    expect(days(doc).published).toBe('2024-03-09');
  });

  it('takes the day the header shows before the machine’s: "Sep 18" beside 02:41Z or 22:02Z on the 19th', () => {
    const at = (instant: string) =>
      days(
        page(
          ld({ '@type': 'BlogPosting', headline: 'x', datePublished: instant }),
          post('<p>Sep 18, 2025 · 6 min read</p>'),
        ),
      );
    // 02:41Z on the 19th is the evening of the 18th in New York; 22:02Z is a rebuild's time.
    expect(at('2025-09-19T02:41:00Z').dates.published).toEqual({
      iso: '2025-09-18',
      source: 'visible-text',
      precision: 'day',
    });
    expect(at('2025-09-19T22:02:58Z').published).toBe('2025-09-18');
    // The same day shown keeps the machine's instant; a later one may be an unlabelled update.
    expect(at('2025-09-18T15:00:00Z').dates.published?.iso).toBe('2025-09-18T15:00:00.000Z');
    expect(at('2025-09-17T15:00:00Z').dates.published?.iso).toBe('2025-09-17T15:00:00.000Z');
  });

  it('reads the day a header shows with its clock and zone over a machine instant written with a wrong offset', () => {
    // The page shows 10:31 pm CST on the 19th (04:31Z on the 20th); its JSON-LD wrote the UTC clock with -06:00.
    const doc = page(
      ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2019-11-20T04:31:13-06:00' }),
      post('<p>Chris Davies - Nov 19, 2019, 10:31 pm CST</p>'),
    );
    expect(days(doc).published).toBe('2019-11-19');
  });

  it('reads the instant JavaScript writes into JSON-LD ("Tue Nov 19 2019 03:05:46 GMT+0000") on the permalink’s day', () => {
    const doc = page(
      ld({ '@type': 'NewsArticle', headline: 'x', datePublished: 'Tue Nov 19 2019 03:05:46 GMT+0000' }),
      post(''),
    );
    expect(days(doc).dates.published).toEqual({
      iso: '2019-11-19T03:05:46.000Z',
      source: 'json-ld',
      precision: 'instant',
    });
    expect(days(doc, 'https://news.example/sites/lee/2019/11/18/duvet-lung/').published).toBe('2019-11-18');
  });
});

describe('JSON-LD in its shapes', () => {
  it('finds an article nested in a WebPage’s mainEntity, and the WebPage’s date when the article has none', () => {
    const nested = ld({
      '@type': 'WebPage',
      mainEntity: { '@type': 'BlogPosting', headline: 'x', datePublished: '2023-02-01' },
    });
    expect(days(page(nested, post(''))).published).toBe('2023-02-01');
    const onPage = ld({
      '@graph': [
        { '@type': 'WebPage', datePublished: '2023-02-02', dateModified: '2023-03-01' },
        { '@type': 'Article', headline: 'x' },
      ],
    });
    expect(days(page(onPage, post('')))).toMatchObject({ published: '2023-02-02', updated: '2023-03-01' });
  });

  it('resolves an author given as an @id reference', () => {
    const graph = ld({
      '@graph': [
        { '@type': 'Article', headline: 'x', author: { '@id': '#jane' } },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
      ],
    });
    expect(readJsonLdArticle(page(graph, ''))?.authors).toEqual(['Jane Doe']);
  });

  it('does not take a listing’s posts for the page’s article', () => {
    const blog = ld({
      '@type': 'Blog',
      blogPost: [{ '@type': 'BlogPosting', headline: 'a', datePublished: '2021-01-01' }],
    });
    expect(readJsonLdArticle(page(blog, ''))).toBeNull();
  });
});

describe('meta tags by their many names', () => {
  it.each([
    ['<meta name="parsely-pub-date" content="2022-06-07T10:00:00Z">', '2022-06-07'],
    ['<meta name="sailthru.date" content="2022-06-07 10:00:00">', '2022-06-07'],
    ['<meta name="DC.date.issued" content="2022-06-07">', '2022-06-07'],
    ['<meta name="citation_publication_date" content="2022/06/07">', '2022-06-07'],
    ['<meta name="pubdate" content="20220607">', '2022-06-07'],
    ['<meta itemprop="datePublished" content="2022-06-07">', '2022-06-07'],
  ])('%s', (head, day) => {
    expect(days(page(head, post(''))).published).toBe(day);
  });

  it('reads a name no list foresees when it says "published" ("w-published-date", "published"), never "publisher"', () => {
    expect(days(page('<meta name="w-published-date" content="2025-05-27T06:03:43Z">', post(''))).published).toBe(
      '2025-05-27',
    );
    expect(days(page('<meta name="published" content="July 17, 2025">', post(''))).published).toBe('2025-07-17');
    expect(days(page('<meta name="article:publisher" content="2025-05-27">', post(''))).published).toBeNull();
  });
});

describe('visible dates that belong to the article', () => {
  it('reads the byline’s date: "Sep 15, 2025", "July 12th, 2024", "15. September 2025"', () => {
    expect(days(page('', post('<p>Jane Doe · Sep 15, 2025 · 4 min read</p>'))).published).toBe('2025-09-15');
    expect(days(page('', post('<div class="meta">Posted on July 12th, 2024 by admin</div>'))).published).toBe(
      '2024-07-12',
    );
    expect(days(page('', post('<p>15. September 2025</p>'), 'de')).published).toBe('2025-09-15');
  });

  it('reads a label that stands in its own element before the date as that date’s kind', () => {
    const doc = page(
      '',
      post(
        '<p><span>Published</span> <time datetime="2024-01-03">Jan 3</time></p><p><span>Last updated:</span> <span>March 4, 2025</span></p>',
      ),
    );
    expect(days(doc)).toMatchObject({ published: '2024-01-03', updated: '2025-03-04' });
  });

  it('takes a page that shows only "Updated" for no publication date, rather than a wrong one', () => {
    expect(days(page('', post('<p>Updated</p><p>January 16, 2025</p>')))).toMatchObject({
      published: null,
      updated: '2025-01-16',
    });
  });

  it('reads labels in the page’s language', () => {
    expect(
      days(page('', post('<p>Aktualisiert am 3. März 2025</p><p>Veröffentlicht am 1. März 2025</p>'), 'de')),
    ).toMatchObject({
      published: '2025-03-01',
      updated: '2025-03-03',
    });
    expect(days(page('', post('<p>Publié le 2 mars 2025</p><p>Mis à jour le 5 mars 2025</p>'), 'fr'))).toMatchObject({
      published: '2025-03-02',
      updated: '2025-03-05',
    });
    expect(days(page('', post('<p>Publicado el 2 de marzo de 2025</p>'), 'es')).published).toBe('2025-03-02');
  });

  it('reads the day an author card shows beside the name, far from the headline and with no label', () => {
    const card = (line: string) =>
      `<main><h1>How the harbour was rebuilt</h1><p>${'The harbour was rebuilt over three winters by the town. '.repeat(8)}</p><div class="card"><p><a href="/team/jane">Jane Doe</a></p>${line}</div></main>`;
    const read = (line: string) =>
      readPageDates(page('', card(line)), NOW, 'https://example.com/post', 'en', ['Jane Doe']);
    expect(read('<p>April 8, 2024</p>').published?.iso).toBe('2024-04-08');
    // A card that says the day is an update gives no publication date; a name alone gives none.
    expect(read('<p>Updated April 8, 2024</p>').published).toBeNull();
    expect(read('').published).toBeNull();
  });

  it('reads a <time> the headline holds', () => {
    const body = `<main><h1><time datetime="2025-09-18T13:21:19+00:00">Sep 18 2025</time> Preparing a transition</h1><p>${'A transition moves packages together. '.repeat(10)}</p></main>`;
    expect(days(page('', body)).published).toBe('2025-09-18');
  });

  it('takes the day the header shows when the metadata dates a later republication', () => {
    const republished = '<meta property="article:published_time" content="2024-08-07T12:01:51Z">';
    expect(days(page(republished, post('<p>Jane Doe · Dec 30, 2013 · 7 min read</p>'))).published).toBe('2013-12-30');
    // A later shown day may be an unlabelled update: the metadata stays. A day earlier is the page's day.
    expect(days(page(republished, post('<p>Jane Doe · Aug 20, 2024</p>'))).published).toBe('2024-08-07');
    expect(days(page(republished, post('<p>Jane Doe · Aug 6, 2024</p>'))).published).toBe('2024-08-06');
  });

  it('never takes a related post’s, a comment’s or the footer’s date', () => {
    const extra =
      '<aside><h3>Related</h3><p>March 3, 2025</p></aside><div class="comments"><p>Sept 1, 2025</p></div><footer>© 2025 · May 1, 2025</footer>';
    expect(days(page('', post('', extra))).published).toBeNull();
  });

  it('never takes an event date in the body for the publication date', () => {
    const body = `<main><h1>The festival returns</h1><p>${'The festival returns on June 5, 2025 with more stages than ever before and new food halls. '.repeat(4)}</p></main>`;
    expect(days(page('', body)).published).toBeNull();
  });

  it('reads a label and its date set in sibling elements with no space between them', () => {
    const box = '<div class="dateline"><p class="label">Published</p><p class="date">Feb 2, 2023</p></div>';
    expect(days(page('', post('', box))).published).toBe('2023-02-02');
  });

  it('reads the date in a short margin aside of the post, never in a sidebar of links', () => {
    const margin = '<article><aside><time datetime="2021-06-06">June 6, 2021</time></aside>';
    const body = `${margin}<h1>A brief intro to git</h1><p>${'Git keeps every version of every file you commit. '.repeat(10)}</p></article>`;
    expect(days(page('', body)).published).toBe('2021-06-06');
    const sidebar = '<aside><a href="/older">An older post</a> <time datetime="2021-05-01">May 1, 2021</time></aside>';
    expect(days(page('', post('', sidebar))).published).toBeNull();
  });

  it('reads the byline an article’s own <footer> holds, never the page’s footer', () => {
    const byline =
      '<article><footer class="author__meta">By <a href="/user/tariqul-ayan">Tariqul Ayan</a> <span class="author__meta-date">March 30, 2023 | 4 min read</span></footer>';
    const body = `${byline}<h1>Remote work: 5 tips to maximize productivity</h1><p>${'Remote workers can easily lose motivation without a routine. '.repeat(10)}</p></article>`;
    expect(days(page('', body)).published).toBe('2023-03-30');
    expect(days(page('', post('', '<footer>Site news · March 30, 2023</footer>'))).published).toBeNull();
  });

  it('takes the header’s day written with its year over a day and month whose year it would have to guess', () => {
    const header = '<p>Lean Startup Week Call for Proposals is Open Until July 31</p><p>Jul 21, 2017 02:19 pm</p>';
    expect(days(page('', post(header))).published).toBe('2017-07-21');
  });

  it('never takes a date inside a sentence of the text that runs up under the headline', () => {
    const header =
      '<p>2025 tax deadlines</p><p>The end of the 2025 tax season for most Americans is April 15, 2025. If you are unable to file before that date, you still have options.</p><p><a href="/extension">An extension</a> gives you an additional six months to October 15, 2025, to submit a complete return if you believe you will owe taxes.</p>';
    expect(days(page('', post(header))).published).toBeNull();
  });

  it('reads the byline under a standfirst of more than a line, and stops at the prose after it', () => {
    const standfirst = `<p>${'HR shared services have become a cornerstone of how organisations run their people operations. '.repeat(3)}</p>`;
    const byline = '<p>Elliot Raba</p><p><span>23.07.2025</span> · <span>6 min read</span></p>';
    expect(days(page('', post(standfirst + byline))).published).toBe('2025-07-23');
    // Two paragraphs of prose are the body: a date after them is no header's.
    expect(days(page('', post(standfirst + standfirst + byline))).published).toBeNull();
  });

  it('reads "Published" titling its field in a post’s details column, never a sidebar’s list of posts', () => {
    const details =
      '<aside class="post-sidebar"><div><h4>Published</h4><div>July 8, 2025</div></div><div><h4>Category</h4><a href="/c/data">Data</a></div></aside>';
    expect(days(page('', post('', details))).published).toBe('2025-07-08');
    // Two such fields are cards of other posts; a table's "Date" column dates its rows.
    const cards =
      '<aside class="sidebar"><h4>Published</h4><p>May 1, 2025</p><h4>Published</h4><p>May 9, 2025</p></aside>';
    expect(days(page('', post('', cards))).published).toBeNull();
    const events =
      '<aside class="sidebar"><h3>Coming up</h3><table><tr><th>Date</th><th>Event</th></tr><tr><td>May 1, 2025</td><td>Expo</td></tr></table></aside>';
    expect(days(page('', post('', events))).published).toBeNull();
  });

  it('takes the day a note says the piece was originally published, over a later republication', () => {
    const note = (text: string) =>
      `<article><h1>Living in a tiny home</h1><p>Chris Carroll</p><p>30 Sep 2022, 11:07am</p><p>${'Tiny homes look fun on TV, but they are not for everyone. '.repeat(8)}</p></article><p>${text}</p>`;
    expect(
      days(page('', note('This article was originally published on 26 Sep 2019 at 4:12pm but has been updated.')))
        .published,
    ).toBe('2019-09-26');
    // A note without a day, or dating something else, changes nothing.
    expect(days(page('', note('This article was originally published in 2019 by our sister title.'))).published).toBe(
      '2022-09-30',
    );
    expect(days(page('', note('The study was first published on 3 March 2021 in The Lancet.'))).published).toBe(
      '2022-09-30',
    );
  });

  it('reads an update label glued to the name or the date before it as the update’s', () => {
    for (const line of [
      '<p>Jonathan JonesLast Updated Nov 6, 2024</p>',
      '<p>By Rhonda Krause UpdatedJanuary 25, 2025</p>',
    ]) {
      const { published, updated } = days(page('', post(line)));
      expect({ published, updated }).toEqual({
        published: null,
        updated: line.includes('Nov') ? '2024-11-06' : '2025-01-25',
      });
    }
    // A <time> whose own text says "Updated" is the update; the labelled first day is the publication.
    const npr =
      '<p><time datetime="2022-11-11T20:23:00-05:00">Updated November 11, 2022</time></p><p>Originally published</p><p>November 9, 2022</p>';
    expect(days(page('', post(npr)))).toMatchObject({ published: '2022-11-09', updated: '2022-11-11' });
    // A bare "Updated" after a <time> with no text of its own labels the date after it, not that one.
    const bare =
      '<p><time datetime="2025-03-03"></time></p><p><span>Updated</span> <time datetime="2025-04-01">April 1, 2025</time></p>';
    expect(days(page('', post(bare)))).toMatchObject({ published: '2025-03-03', updated: '2025-04-01' });
  });

  it('never takes a run of days in the header for the publication day: that is an event', () => {
    const header = '<p>1. CES</p><p>Date</p><p>: January 6-9, 2025</p><p>Location: Las Vegas</p>';
    expect(days(page('', post(header))).published).toBeNull();
  });
});

describe('sanity', () => {
  it('refuses dates after the capture time (plus a day) and before 1995', () => {
    expect(days(page('<meta property="article:published_time" content="2031-01-01">', post(''))).published).toBeNull();
    expect(
      days(page('<meta property="article:published_time" content="1970-01-01T00:00:00Z">', post(''))).published,
    ).toBeNull();
  });

  it('drops an update that is not after the publication', () => {
    const head =
      '<meta property="article:published_time" content="2024-05-02T10:00:00Z"><meta property="article:modified_time" content="2024-05-01T10:00:00Z">';
    expect(days(page(head, post('')))).toMatchObject({ published: '2024-05-02', updated: null });
  });
});

describe('dates in the URL, as a last resort', () => {
  it('reads a day from the path, never a month alone', () => {
    expect(urlDate('https://example.com/2020/05/04/a-story')?.iso).toBe('2020-05-04');
    expect(urlDate('https://example.com/news/20200504/a-story')?.iso).toBe('2020-05-04');
    expect(urlDate('https://example.com/2020/05/a-story')).toBeNull();
    expect(urlDate('https://example.com/2020/13/45/a-story')).toBeNull();
    expect(urlDate('https://example.com/blog/2023/october/03/how-wine-is-made')?.iso).toBe('2023-10-03');
    expect(days(page('', post('')), 'https://blog.example.org/2025/09/19/what-we-learned').dates.published).toEqual({
      iso: '2025-09-19',
      source: 'url',
      precision: 'day',
    });
  });

  it('settles the order of an ambiguous shown day by the address’s day, and only then', () => {
    const shown = post('<p class="post-date">03/10/2023</p>');
    expect(days(page('', shown), 'https://example.com/blog/2023/october/03/how-wine-is-made').published).toBe(
      '2023-10-03',
    );
    expect(days(page('', shown), 'https://example.com/blog/how-wine-is-made').published).toBe('2023-03-10');
  });
});

describe('dates in words and numbers, in the page’s language', () => {
  it.each([
    ['15/09/2025', 'en-GB', '2025-09-15'],
    ['09/15/2025', 'en-US', '2025-09-15'],
    ['03/04/2025', 'en-US', '2025-03-04'],
    ['03/04/2025', 'fr', '2025-04-03'],
    ['15.09.2025', 'de', '2025-09-15'],
    ['2 settembre 2025', 'it', '2025-09-02'],
    ['2 de setembro de 2025', 'pt', '2025-09-02'],
    ['2 september 2025', 'nl', '2025-09-02'],
    ['vor 2 Tagen', 'de', '2025-09-29'],
    ['il y a 3 jours', 'fr', '2025-09-28'],
  ])('%s (%s) is %s', (text, language, day) => {
    expect(parseVisibleDate(text, NOW, language)?.iso.slice(0, 10)).toBe(day);
  });

  it('finds a date inside a byline line, and none in a line without one', () => {
    expect(findDateIn('By Jane Doe | Sep 15, 2025 | 5 min read', NOW, 'en')?.iso).toBe('2025-09-15');
    expect(findDateIn('Subscribe now for 5 dollars', NOW, 'en')).toBeNull();
    expect(findDateIn('© 2024 Example Media', NOW, 'en')).toBeNull();
    // A clock time alone is no day: chrono would date it today.
    expect(findDateIn('By FlowGuard on 04-ago-2021 5:11:10', NOW, 'en')).toBeNull();
    expect(parseVisibleDate('at 10:00 am', NOW, 'en')).toBeNull();
  });

  it('spares chrono the lines of an English page that cannot hold a day or a time, and still reads those that do', () => {
    const parse = vi.spyOn(Object.getPrototypeOf(en.casual), 'parse');
    try {
      for (const line of ['16 min read', '$1,000 at the store', 'Nutrition 2025', '1. Self-Portraiture'])
        expect(findDateIn(line, NOW, 'en')).toBeNull();
      // A year is no clock, so no zone is looked for after it.
      expect(shownZone('September 4, 2025', NOW, 'en')).toBeNull();
      expect(parse).not.toHaveBeenCalled();
      expect(findDateIn('Posted 3 weeks ago', NOW, 'en')?.iso).toBe('2025-09-10');
      expect(findDateIn('Published in 2 days', NOW, 'en-US')?.iso).toBe('2025-10-03');
      expect(findDateIn('Saturday, 27th Sept 2025', NOW, 'en-GB')?.iso).toBe('2025-09-27');
      expect(parseVisibleDate('today', NOW, 'en')?.iso).toBe('2025-10-01');
      expect(shownZone('Dec. 23, 2024, 1:24 PM EST', NOW, 'en')).toBe(-300);
      expect(shownZone('Updated 23 December 2024, 13:24 CET', NOW, null)).toBe(60);
    } finally {
      parse.mockRestore();
    }
  });
});
