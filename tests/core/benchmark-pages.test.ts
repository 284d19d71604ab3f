import { describe, expect, it } from 'vitest';
import { extractNews, newsAddresses } from '../helpers/fixtures';

describe('the 181 news pages of the article-extraction benchmark', () => {
  it('all get an answer, and all but a few are read as articles with a title and text', async () => {
    const refused: string[] = [];
    for (const [id, { url }] of Object.entries(newsAddresses())) {
      const result = await extractNews(`${id}.html.gz`);
      if (!result.isArticle) refused.push(url);
      else expect(result.title && result.text.length > 100, url).toBe(true);
    }
    // One page is an 84-word item with no article markup and no date; anything more is a regression.
    expect(refused.length, refused.join('\n')).toBeLessThanOrEqual(2);
  }, 120_000);
});
