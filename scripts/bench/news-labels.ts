/**
 * Blind readings of the header of all 181 pages of the article-extraction benchmark
 * (`news-blind-labels.json`): first the 47 that are not in plain English (Korean, Portuguese,
 * Russian, Italian, Indonesian, Japanese, German, and English news pages without a language tag),
 * then the other 134, English news from many sites (those carry the reader's `confidence` and a
 * `note` where a field was open to question). Helpers that saw only the saved HTML and its address,
 * neither Dossier's output nor any other tool's, read each page's headline, authors and
 * publication day as a reader would, the day on the page's own calendar. `bench:extract` scores
 * Dossier and Readability against them with `bench:identity`'s matching rules.
 */
import { readFileSync } from 'node:fs';
import { normalise } from './identity-match';

interface NewsLabel {
  id: string;
  title: string;
  authors: string[];
  /** The publication day the page shows or declares (`YYYY-MM-DD`), or null. */
  published: string | null;
  isArticle: boolean;
}

/** What an extractor shows in the header, for one page. */
export interface HeaderReading {
  title: string | null;
  authors: string[];
  day: string | null;
}

const LABELS: NewsLabel[] = JSON.parse(
  readFileSync(new URL('./news-blind-labels.json', import.meta.url), 'utf8'),
) as NewsLabel[];

/** The labelled pages' ids. */
export const labelledIds = new Set(LABELS.map((label) => label.id));

/**
 * Shares of the labelled articles where the reading agrees with the reader: the title exactly,
 * the first labelled author among the reading's, the publication day; and the share given a
 * wrong day, of those with a labelled day.
 */
export function scoreHeaders(readings: Map<string, HeaderReading>) {
  let title = 0;
  let author = 0;
  let authored = 0;
  let date = 0;
  let wrong = 0;
  let dated = 0;
  const articles = LABELS.filter((label) => label.isArticle && readings.has(label.id));
  for (const label of articles) {
    const reading = readings.get(label.id) as HeaderReading;
    if (reading.title && normalise(reading.title) === normalise(label.title)) title++;
    if (label.authors.length) {
      authored++;
      if (reading.authors.map(normalise).includes(normalise(label.authors[0]))) author++;
    }
    if (label.published) {
      dated++;
      if (reading.day === label.published) date++;
      else if (reading.day) wrong++;
    }
  }
  const share = (n: number, of: number) => (of ? n / of : 0);
  return {
    pages: articles.length,
    title: share(title, articles.length),
    author: share(author, authored),
    date: share(date, dated),
    wrongDate: share(wrong, dated),
  };
}
