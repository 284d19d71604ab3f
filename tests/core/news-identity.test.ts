import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../scripts/load-page';
import { extractPage } from '../../utils/core/extract/pipeline';
import { FIXTURES } from '../helpers/fixtures';

// News pages of the article-extraction benchmark (fetched 18–20 November 2019), with the header a
// reader who never saw Dossier's output read off each page (see tests/fixtures/news/SOURCE.md).
const NOW = new Date('2019-11-20T12:00:00Z');
const files = readdirSync(`${FIXTURES}news/html`);

async function header(prefix: string, url: string) {
  const file = files.find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no news fixture ${prefix}`);
  const page = extractPage(await loadPage(`${FIXTURES}news/html/${file}`), { url, now: NOW });
  if (!page.isArticle) throw new Error(`${prefix} was refused: ${page.reason}`);
  return page;
}

describe('the header of news pages from around the world', () => {
  it('puts a UTC publication instant on the clock the page writes its times in ("9:07 pm EST")', async () => {
    const page = await header(
      'a6968f42',
      'https://www.ctpost.com/news/article/Deval-Patrick-takes-nascent-2020-campaign-to-14847854.php',
    );
    // JSON-LD says 02:07:18Z on the 20th; the page shows "Updated 12:24 am EST, Wednesday, November 20".
    expect(page.published?.iso).toBe('2019-11-19T21:07:18.000-05:00');
    expect(page.updated?.iso.slice(0, 10)).toBe('2019-11-20');
    const late = await header(
      'ecb46e3e',
      'https://www.timesunion.com/sports/article/Nelson-s-OT-goal-lifts-Isles-14848099.php',
    );
    expect(late.published?.iso.slice(0, 10)).toBe('2019-11-19');
  });

  it('reads a Russian byline ("Текст: Венера Ерофеева") whose itemprop holds two properties', async () => {
    const page = await header(
      '3c6d3381',
      'http://www.wday.ru/articles/mastera-vkusa-i-krasotyi-23-samyih-krutyih-fudblogera-po-versii-wday-ru-id119898',
    );
    expect(page.authors).toEqual(['Венера Ерофеева']);
  });

  it('keeps the closing guillemet of a quoted headline', async () => {
    const page = await header(
      'c82b3d1d',
      'http://www.wday.ru/articles/53-letnyaya-model-posmotri-na-krasotku-kotoraya-prevratilas-v-staruhu-id120424',
    );
    expect(page.title).toBe('53-летняя модель: «Посмотри на красотку, которая превратилась в старуху»');
  });

  it('takes the name alone out of "Jeff Foust Monday, November 18, 2019" and "Analysis by Chris Cillizza, CNN Editor-at-large"', async () => {
    expect((await header('c00962aa', 'https://www.thespacereview.com/article/3834/1')).authors).toEqual(['Jeff Foust']);
    const cnn = await header(
      'ef4e67b6',
      'https://www.cnn.com/2019/11/18/politics/donald-trump-health-walter-reed/index.html',
    );
    expect(cnn.authors).toEqual(['Chris Cillizza']);
  });
  it('takes the H1 for the headline although a class of its header styles captions', async () => {
    const page = await header('d48aeb9c', 'https://www.wired.com/story/instagram-business-accounts-analytics/');
    // og:title: "Chasing Instagram Analytics, My Friend Became a Grocery Store".
    expect(page.title).toBe('Why My Friend Became a Grocery Store on Instagram');
  });

  it('takes the H1 the page marks itemprop="headline" when its titles were rewritten for search', async () => {
    const page = await header(
      '851498a2',
      'https://slate.com/culture/2019/11/john-ford-science-fiction-fantasy-books.html',
    );
    expect(page.title).toBe('The Disappearance of John M. Ford');
  });

  it('keeps what follows a bar in the headline when the metadata titles show it too', async () => {
    const page = await header(
      '94fbcc26',
      'https://www.inexhibit.com/marker/milan-design-week-2018-michael-anastassiades-light-installation-flos/',
    );
    expect(page.title).toBe('Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS');
  });

  it('reads no author out of the topics a "Filed Under:" label lists beside the dateline', async () => {
    const page = await header(
      'c467d507',
      'https://detroit.cbslocal.com/2019/11/19/michigan-officials-6th-fatality-linked-to-eastern-equine-encephalitis-reported/',
    );
    expect(page.authors).not.toContain('Eastern Equine Encephalitis');
  });

  it('dates a piece on the day its header shows, a day before the machine’s UTC or mis-offset instant', async () => {
    const day = async (prefix: string, url: string) => (await header(prefix, url)).published?.iso.slice(0, 10);
    // "Posted Nov 18, 8:19 PM" beside JSON-LD 01:19Z on the 19th.
    expect(
      await day(
        '3f65af7b',
        'https://www.nj.com/entertainment/2019/11/florida-man-exists-south-dakota-hold-my-beer-meth-were-on-it.html',
      ),
    ).toBe('2019-11-18');
    // "Nov 19, 2019, 10:31 pm CST" beside JSON-LD "2019-11-20T04:31:13-06:00" (the UTC clock with the local offset).
    expect(
      await day(
        '06ee193d',
        'https://www.slashgear.com/the-vw-id-space-vizzion-is-a-weird-ev-sports-wagon-with-a-secret-message-19600475/',
      ),
    ).toBe('2019-11-19');
    // "November 18, 2019" beside 04:50Z on the 19th.
    expect(
      await day('d1c57d78', 'https://spacenews.com/nasa-adds-five-companies-to-commercial-lunar-lander-program/'),
    ).toBe('2019-11-18');
  });

  it('reads JSON-LD written as JavaScript’s date text, on the permalink’s day', async () => {
    const page = await header(
      'a078b365',
      'https://www.forbes.com/sites/brucelee/2019/11/18/how-this-mans-bedding-gave-him-feather-duvet-lung/',
    );
    // "Tue Nov 19 2019 03:05:46 GMT+0000", under /2019/11/18/.
    expect(page.published?.iso.slice(0, 10)).toBe('2019-11-18');
  });
});
