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
});
